package io.kamdesk.application.crm.port.in;

import io.kamdesk.domain.identity.Viewer;

/** Turns a prospect into a customer (or updates the customer with the same e-mail), keeps the owner as KAM, marks the prospect qualified and links the two. */
public interface ConvertProspectUseCase {

    CustomerView convertProspect(Viewer actor, long prospectId);
}
