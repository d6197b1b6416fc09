package io.kamdesk.application.crm.port.in;

import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.domain.identity.Viewer;

/** Reads prospects within the caller's scope. */
public interface ListProspectsUseCase {

    void listProspects(ListProspectsQuery query, ResultSink<ProspectView> sink);

    /** With its status history; another KAM's prospect is not found. */
    ProspectView getProspect(Viewer viewer, long prospectId);
}
