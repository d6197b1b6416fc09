package io.kamdesk.application.billing.port.out;

import io.kamdesk.domain.billing.Bill;
import io.kamdesk.domain.identity.Viewer;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a billing run reads: the customers in the viewer's scope, in id order, and their bills of two months. */
public interface BillingRunSource {

    /** Up to {@code limit} customers after {@code afterId}: those listed (or all) the viewer may see. */
    List<RunCustomer> customers(Viewer viewer, Optional<List<Long>> only, long afterId, int limit);

    int countCustomers(Viewer viewer, Optional<List<Long>> only);

    /** The customers' bills dated from {@code from} to {@code to}, both included, per customer. */
    Map<Long, List<Bill>> bills(Collection<Long> customerIds, LocalDate from, LocalDate to);

    record RunCustomer(long id, String name, String companyName, boolean active) {
    }
}
