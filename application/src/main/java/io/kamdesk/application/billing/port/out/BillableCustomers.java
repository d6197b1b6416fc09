package io.kamdesk.application.billing.port.out;

import io.kamdesk.domain.identity.Viewer;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The customers bills may be issued to: billing knows customers by id, and what a bill shows of them. */
public interface BillableCustomers {

    /** The customer if it exists and the viewer may see it. */
    Optional<BilledCustomer> findVisible(Viewer viewer, long customerId);

    /** The bulk form of {@link #findVisible(Viewer, long)}: those of the ids that exist and are visible. */
    Map<Long, BilledCustomer> findVisible(Viewer viewer, Collection<Long> customerIds);

    /** {@code kam}: the username of the customer's KAM, or null. */
    record BilledCustomer(long id, String name, String companyName, String email, String phone, String address,
            String kam) {
    }
}
