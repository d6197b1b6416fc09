package io.kamdesk.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.application.billing.port.in.BillSortField;
import io.kamdesk.application.billing.port.in.BillView;
import io.kamdesk.application.billing.port.in.ListBillsQuery;
import io.kamdesk.application.billing.port.out.BillRepository;
import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.application.shared.SortOrder;
import io.kamdesk.application.shared.testing.CollectingSink;
import io.kamdesk.domain.billing.Bill.BillTerms;
import io.kamdesk.domain.billing.Bill;
import io.kamdesk.domain.billing.BillCharges;
import io.kamdesk.domain.billing.BillStatus;
import io.kamdesk.domain.crm.Customer;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.ConflictException;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Refusal;
import io.kamdesk.domain.shared.Subject;
import io.kamdesk.domain.shared.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link BillRepository} does: a bill is seen by whoever sees its customer (a customer
 * without a KAM is seen only with scope all), the locking read included; filters by customer and
 * status; missing billing dates first going up and last going down; a customer that does not exist
 * refused on the field.
 */
public abstract class BillRepositoryContract extends CrmContract {

    private static final LocalDate MARCH = LocalDate.of(2025, 3, 31);

    private BillRepository bills() {
        return store().bills();
    }

    private List<Long> ids(Viewer viewer, Optional<BillStatus> status, Optional<Long> customer,
            ListSpec<BillSortField> spec) {
        CollectingSink<BillView> sink = new CollectingSink<>();
        bills().list(new ListBillsQuery(viewer, status, customer, Optional.empty(), Optional.empty(),
                Optional.empty(), spec), sink);
        return sink.items().stream().map(BillView::id).toList();
    }

    @Test
    void reads_followTheCustomersKam_includingTheLockingRead() {
        long jane = kam();
        Customer janes = customer(jane, "Janes");
        Customer johns = customer(kam(), "Johns");
        Customer nobodys = customer(null, "Nobodys");
        Bill janesBill = bill(janes.id(), MARCH, BillStatus.ACTIVE);
        Bill johnsBill = bill(johns.id(), MARCH, BillStatus.ACTIVE);
        Bill nobodysBill = bill(nobodys.id(), MARCH, BillStatus.ACTIVE);

        assertThat(ids(own(jane), Optional.empty(), Optional.empty(), ListSpec.everything()))
                .containsExactly(janesBill.id());
        assertThat(bills().findView(own(jane), johnsBill.id())).isEmpty();
        assertThat(bills().findVisibleForUpdate(own(jane), nobodysBill.id())).isEmpty();
        assertThat(bills().findVisibleForUpdate(all(jane), nobodysBill.id())).map(Bill::id)
                .contains(nobodysBill.id());
        assertThat(bills().findView(all(jane), johnsBill.id())).map(BillView::id).contains(johnsBill.id());
    }

    @Test
    void list_byCustomerAndStatus_narrowsToBoth() {
        long jane = kam();
        Customer acme = customer(jane, "Acme");
        Customer zeta = customer(jane, "Zeta");
        Bill acmeActive = bill(acme.id(), MARCH, BillStatus.ACTIVE);
        bill(acme.id(), MARCH.minusMonths(1), BillStatus.INACTIVE);
        bill(zeta.id(), MARCH, BillStatus.ACTIVE);

        List<Long> found = ids(own(jane), Optional.of(BillStatus.ACTIVE), Optional.of(acme.id()),
                ListSpec.everything());

        assertThat(found).containsExactly(acmeActive.id());
    }

    @Test
    void list_byBillingDate_missingDatesFirstGoingUp_andLastGoingDown() {
        long jane = kam();
        Customer acme = customer(jane, "Acme");
        Bill march = bill(acme.id(), MARCH, BillStatus.ACTIVE);
        Bill undated = bill(acme.id(), null, BillStatus.ACTIVE);
        Bill january = bill(acme.id(), MARCH.minusMonths(2), BillStatus.ACTIVE);

        assertThat(ids(own(jane), Optional.empty(), Optional.empty(),
                ordered(SortOrder.ascending(BillSortField.BILLING_DATE))))
                .containsExactly(undated.id(), january.id(), march.id());
        assertThat(ids(own(jane), Optional.empty(), Optional.empty(),
                ordered(SortOrder.descending(BillSortField.BILLING_DATE))))
                .containsExactly(march.id(), january.id(), undated.id());
    }

    @Test
    void insert_customerThatDoesNotExist_isAFieldErrorOnTheCustomer() {
        long id = bills().nextId();
        long nowhere = Long.MAX_VALUE;
        Bill orphan = Bill.issue(id, nowhere, "KTL-BL-CT-" + id, new BillTerms(tag, "", null, MARCH, null, ""),
                BillCharges.of(List.of(), Money.ZERO, Money.ZERO), BillStatus.ACTIVE, store().now());

        assertThatThrownBy(() -> bills().insert(orphan)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).isEqualTo(Map.of("customer",
                        List.of(Violation.of(Reason.UNKNOWN_REFERENCE, nowhere)))));
    }

    @Test
    void update_unknownBill_isNotFound() {
        Bill stored = bill(customer(kam(), "Acme").id(), MARCH, BillStatus.ACTIVE);
        bills().delete(stored.id());

        assertThatThrownBy(() -> bills().update(stored)).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.subject()).isEqualTo(Subject.BILL));
    }

    @Test
    void customerWithBills_hasBills_andIsNotDeleted() {
        Customer acme = customer(kam(), "Acme");
        Customer zeta = customer(kam(), "Zeta");
        bill(acme.id(), MARCH, BillStatus.ACTIVE);

        assertThat(store().customers().hasBills(acme.id())).isTrue();
        assertThat(store().customers().hasBills(zeta.id())).isFalse();
        assertThatThrownBy(() -> store().customers().delete(acme.id()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.CUSTOMER_HAS_BILLS));
    }
}
