package io.kamdesk.application.crm.port.in;

import io.kamdesk.domain.identity.Viewer;

/** Changes a prospect the caller may see; {@code replace} (PUT) requires the name. Status changes are recorded in the history. */
public interface UpdateProspectUseCase {

    ProspectView updateProspect(Viewer actor, long prospectId, ProspectCommand input, boolean replace);
}
