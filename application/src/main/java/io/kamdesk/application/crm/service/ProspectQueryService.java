package io.kamdesk.application.crm.service;

import io.kamdesk.application.crm.port.in.ListProspectsQuery;
import io.kamdesk.application.crm.port.in.ListProspectsUseCase;
import io.kamdesk.application.crm.port.in.ProspectView;
import io.kamdesk.application.crm.port.out.ProspectRepository;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.domain.identity.Viewer;

/** Reads prospects within the caller's scope. */
public final class ProspectQueryService implements ListProspectsUseCase {

    private final ProspectRepository prospects;

    public ProspectQueryService(ProspectRepository prospects) {
        this.prospects = prospects;
    }

    @Override
    public void listProspects(ListProspectsQuery query, ResultSink<ProspectView> sink) {
        prospects.list(query, sink);
    }

    @Override
    public ProspectView getProspect(Viewer viewer, long prospectId) {
        return ProspectViews.detail(prospects, viewer, prospectId);
    }
}
