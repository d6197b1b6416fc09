package io.kamdesk.application.crm.service;

import io.kamdesk.application.crm.port.in.DeleteProspectUseCase;
import io.kamdesk.application.crm.port.out.ProspectRepository;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.domain.identity.Viewer;

/** Deletes a prospect the caller may see; a customer it became stays. */
public final class DeleteProspectService implements DeleteProspectUseCase {

    private final ProspectRepository prospects;
    private final Transactions transactions;

    public DeleteProspectService(ProspectRepository prospects, Transactions transactions) {
        this.prospects = prospects;
        this.transactions = transactions;
    }

    @Override
    public void deleteProspect(Viewer actor, long prospectId) {
        transactions.run(() -> {
            prospects.findVisibleForUpdate(actor, prospectId).orElseThrow(ProspectViews::notFound);
            prospects.delete(prospectId);
        });
    }
}
