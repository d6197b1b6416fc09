package io.kamdesk.application.crm.port.in;

import io.kamdesk.application.shared.Upserted;
import io.kamdesk.domain.identity.Viewer;
import java.util.List;

/**
 * Records many customers at once, each inserted or updated by its e-mail (required). Every customer
 * meets the rules of a single create or update: validation, unique e-mail and link id, KAM
 * assignment and scope (another KAM's customer is refused, not touched). Inputs later in the list see
 * the effect of earlier ones with the same e-mail. Writes go to the database in bulk.
 */
public interface UpsertCustomersUseCase {

    /** One result per input, in the inputs' order; a refused input writes nothing. */
    List<Upserted> upsertCustomers(Viewer actor, List<CustomerCommand> inputs);
}
