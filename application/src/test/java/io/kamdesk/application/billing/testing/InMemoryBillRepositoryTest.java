package io.kamdesk.application.billing.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.application.billing.port.out.BillableCustomers.BilledCustomer;
import io.kamdesk.domain.billing.Bill.BillTerms;
import io.kamdesk.domain.billing.Bill;
import io.kamdesk.domain.billing.BillCharges;
import io.kamdesk.domain.billing.BillStatus;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.NotFoundException;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryBillRepositoryTest {

    private static final BillTerms TERMS = new BillTerms("", "", null, null, null, "");
    private static final BillCharges NOTHING = BillCharges.of(List.of(), Money.ZERO, Money.ZERO);

    private final BillingFakes fakes = new BillingFakes();
    private final InMemoryBillRepository bills = fakes.bills();
    private final Viewer jane = fakes.givenSalesPerson("jane");
    private final BilledCustomer acme = fakes.givenCustomer(jane.userId(), "Acme Inc", "Acme");

    private Bill issue(long id, long customerId, String number) {
        return Bill.issue(id, customerId, number, TERMS, NOTHING, BillStatus.ACTIVE, fakes.clock().instant());
    }

    @Test
    void nextId_calledTwice_countsUpFromOne() {
        // given: an empty store

        long first = bills.nextId();
        long second = bills.nextId();

        assertThat(first).isEqualTo(1);
        assertThat(second).isEqualTo(2);
    }

    @Test
    void insert_unknownCustomer_isRefusedLikeAForeignKey() {
        Bill orphan = issue(bills.nextId(), 999, "KTL-BL-XXXXX-1-30112025");

        // when / then
        assertThatThrownBy(() -> bills.insert(orphan)).isInstanceOf(InvalidInputException.class);
        assertThat(bills.all()).isEmpty();
    }

    @Test
    void insert_numberAlreadyTaken_isRefusedLikeAUniqueIndex() {
        bills.insert(issue(bills.nextId(), acme.id(), "KTL-BL-ACMEX-1-30112025"));
        Bill second = issue(bills.nextId(), acme.id(), "KTL-BL-ACMEX-1-30112025");

        // when / then
        assertThatThrownBy(() -> bills.insert(second)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void update_unknownBill_isRefused() {
        Bill neverStored = issue(7, acme.id(), "KTL-BL-ACMEX-7-30112025");

        // when / then
        assertThatThrownBy(() -> bills.update(neverStored)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void snapshot_restored_putsTheBillsBackButKeepsTheSequenceMoving() {
        bills.insert(issue(bills.nextId(), acme.id(), "KTL-BL-ACMEX-1-30112025"));
        Runnable restore = bills.snapshot();
        bills.insert(issue(bills.nextId(), acme.id(), "KTL-BL-ACMEX-2-30112025"));

        restore.run();

        assertThat(bills.all()).extracting(Bill::id).containsExactly(1L);
        assertThat(bills.nextId()).isEqualTo(3);
    }

    @Test
    void findVisibleForUpdate_unassignedCustomersBillUnderScopeOwn_isEmpty() {
        BilledCustomer orphan = fakes.givenCustomer(null, "Orphan Ltd", "");
        Bill bill = fakes.givenBill(orphan, TERMS, NOTHING, BillStatus.ACTIVE);

        // when / then
        assertThat(bills.findVisibleForUpdate(jane, bill.id())).isEmpty();
        assertThat(bills.findVisibleForUpdate(fakes.givenManager("maria"), bill.id())).isPresent();
    }
}
