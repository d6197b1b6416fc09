package io.kamdesk.application.crm.port.in;

import io.kamdesk.domain.identity.Viewer;

/** Deletes a prospect the caller may see. */
public interface DeleteProspectUseCase {

    void deleteProspect(Viewer actor, long prospectId);
}
