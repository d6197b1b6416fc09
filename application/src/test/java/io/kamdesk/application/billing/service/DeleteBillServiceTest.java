package io.kamdesk.application.billing.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.application.billing.port.in.DeleteBillUseCase;
import io.kamdesk.application.billing.port.out.BillableCustomers.BilledCustomer;
import io.kamdesk.application.billing.testing.BillingFakes;
import io.kamdesk.domain.billing.Bill.BillTerms;
import io.kamdesk.domain.billing.Bill;
import io.kamdesk.domain.billing.BillCharges;
import io.kamdesk.domain.billing.BillStatus;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.Subject;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeleteBillServiceTest {

    private final BillingFakes fakes = new BillingFakes();
    private final DeleteBillUseCase service = new DeleteBillService(fakes.bills(), fakes.transactions());

    private final Viewer jane = fakes.givenSalesPerson("jane");
    private final Viewer john = fakes.givenSalesPerson("john");
    private final Viewer manager = fakes.givenManager("maria");
    private final BilledCustomer acme = fakes.givenCustomer(jane.userId(), "Acme Inc", "Acme");
    private final BilledCustomer zeta = fakes.givenCustomer(john.userId(), "Zeta Net", "");
    private final Bill janes = given(acme);
    private final Bill johns = given(zeta);

    private Bill given(BilledCustomer customer) {
        return fakes.givenBill(customer, new BillTerms("", "", null, null, null, ""),
                BillCharges.of(List.of(), Money.ZERO, Money.ZERO), BillStatus.ACTIVE);
    }

    @Test
    void deleteBill_ownCustomersBill_removesIt() {
        // given: jane's bill

        service.deleteBill(jane, janes.id());

        assertThat(fakes.bills().find(janes.id())).isEmpty();
        assertThat(fakes.bills().find(johns.id())).isPresent();
        assertThat(fakes.transactions().committed()).isOne();
    }

    @Test
    void deleteBill_anotherKamsBillUnderScopeOwn_isNotFoundAndKeepsIt() {
        // given: john's bill, out of jane's reach

        // when / then
        assertThatThrownBy(() -> service.deleteBill(jane, johns.id()))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.subject()).isEqualTo(Subject.BILL));
        assertThat(fakes.bills().find(johns.id())).isPresent();
    }

    @Test
    void deleteBill_managerOnAnyonesBill_removesIt() {
        // given: john's bill

        service.deleteBill(manager, johns.id());

        assertThat(fakes.bills().find(johns.id())).isEmpty();
    }

    @Test
    void deleteBill_unknownBill_isNotFound() {
        // given: no bill 999

        // when / then
        assertThatThrownBy(() -> service.deleteBill(manager, 999))
                .isInstanceOf(NotFoundException.class);
        assertThat(fakes.bills().all()).hasSize(2);
    }

    @Test
    void deleteBill_twice_isNotFoundTheSecondTime() {
        service.deleteBill(jane, janes.id());

        // when / then
        assertThatThrownBy(() -> service.deleteBill(jane, janes.id()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void deleteBill_customerPassedToAnotherKam_isNotFoundForTheFormerKam() {
        fakes.customers().reassign(acme.id(), john.userId());

        // when / then
        assertThatThrownBy(() -> service.deleteBill(jane, janes.id()))
                .isInstanceOf(NotFoundException.class);
        assertThat(fakes.bills().find(janes.id())).isPresent();
    }
}
