package io.kamdesk.application.billing.port.in;

import io.kamdesk.application.shared.Upserted;
import io.kamdesk.domain.identity.Viewer;
import java.util.List;

/**
 * Records many bills at once, each inserted or updated by its natural key: the customer, the billing
 * date, the NTTN capacity and the NTTN company. Every bill meets the rules of a single create or
 * update (the customer within the caller's scope, totals from the charges); drafts later in the list
 * see the effect of earlier ones with the same key. Writes go to the database in bulk.
 */
public interface UpsertBillsUseCase {

    /** One result per draft, in the drafts' order; a refused draft writes nothing. */
    List<Upserted> upsertBills(Viewer actor, List<UpsertBillCommand> drafts);
}
