package io.kamdesk.application.billing.port.out;

import io.kamdesk.application.billing.port.in.BillView;
import io.kamdesk.application.billing.port.in.ListBillsQuery;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.domain.billing.Bill;
import io.kamdesk.domain.identity.Viewer;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stored bills. Reads that take a viewer answer only bills of customers the viewer may see. */
public interface BillRepository {

    /** Reserves the id of a bill about to be issued (its number contains it). */
    long nextId();

    /** Reserves the ids of bills about to be issued, all in one round trip. */
    List<Long> nextIds(int count);

    void insert(Bill bill);

    /** Stores new bills in bulk. */
    void insertAll(List<Bill> bills);

    /** Stores revisions of existing bills in bulk (as {@link #update} does, one by one). */
    void updateAll(List<Bill> bills);

    void update(Bill bill);

    void delete(long id);

    Optional<Bill> findVisibleForUpdate(Viewer viewer, long id);

    Optional<BillView> findView(Viewer viewer, long id);

    /**
     * The bill of each key (customer, billing date, NTTN capacity and company) that has one, the
     * oldest when a key has several, locked for update: the key imports update by, so that importing
     * the same sheet twice changes nothing.
     */
    Map<BillKey, Bill> findForUpdateByKeys(Collection<BillKey> keys);

    void list(ListBillsQuery query, ResultSink<BillView> sink);
}
