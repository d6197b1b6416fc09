package io.kamdesk.application.crm.port.in;

import io.kamdesk.domain.identity.Viewer;

/** Creates a prospect owned by the caller (or, for users who see every record, by the sales_person named). */
public interface CreateProspectUseCase {

    ProspectView createProspect(Viewer actor, ProspectCommand input);
}
