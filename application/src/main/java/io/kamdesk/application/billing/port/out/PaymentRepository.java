package io.kamdesk.application.billing.port.out;

import io.kamdesk.application.billing.port.in.payment.ListPaymentsQuery;
import io.kamdesk.application.billing.port.in.payment.PaymentView;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.domain.billing.Payment;
import io.kamdesk.domain.identity.Viewer;
import java.util.List;
import java.util.Optional;

/**
 * The payment ledger. Payments are added and voided, never changed otherwise; reads that take a viewer
 * answer only payments of bills the viewer may see.
 */
public interface PaymentRepository {

    /** Stores a new payment (its id is the store's), answering the id. */
    long insert(Payment payment);

    /** Stores new payments in bulk. */
    void insertAll(List<Payment> payments);

    /** Stores that a payment was voided. */
    void markVoid(Payment voided);

    Optional<Payment> findVisibleForUpdate(Viewer viewer, long id);

    Optional<PaymentView> findView(Viewer viewer, long id);

    void list(ListPaymentsQuery query, ResultSink<PaymentView> sink);
}
