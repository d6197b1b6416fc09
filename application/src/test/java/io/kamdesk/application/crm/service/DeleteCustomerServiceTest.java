package io.kamdesk.application.crm.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.application.crm.port.in.DeleteCustomerUseCase;
import io.kamdesk.application.crm.testing.CrmFakes;
import io.kamdesk.domain.crm.Customer;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.ConflictException;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.Refusal;
import io.kamdesk.domain.shared.Subject;
import org.junit.jupiter.api.Test;

class DeleteCustomerServiceTest {

    private final CrmFakes fakes = new CrmFakes();
    private final DeleteCustomerUseCase service = new DeleteCustomerService(fakes.customers(), fakes.transactions());

    private final Viewer jane = fakes.givenSalesPerson("jane");
    private final Viewer john = fakes.givenSalesPerson("john");
    private final Viewer manager = fakes.givenManager("maria");
    private final Customer janes = fakes.givenCustomer(jane.userId(), "Acme Inc", "ops@acme.example");

    @Test
    void deleteCustomer_ownCustomerWithoutBills_removesIt() {
        // given: jane's customer, never billed

        service.deleteCustomer(jane, janes.id());

        assertThat(fakes.customers().find(janes.id())).isEmpty();
    }

    @Test
    void deleteCustomer_withBills_isAConflictAndKeepsIt() {
        fakes.customers().givenBills(janes.id());

        // when / then
        assertThatThrownBy(() -> service.deleteCustomer(jane, janes.id()))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).refusal()).isEqualTo(Refusal.CUSTOMER_HAS_BILLS);
        assertThat(fakes.customers().find(janes.id())).contains(janes);
    }

    @Test
    void deleteCustomer_managerOnACustomerWithBills_isAConflictToo() {
        fakes.customers().givenBills(janes.id());

        // when / then
        assertThatThrownBy(() -> service.deleteCustomer(manager, janes.id()))
                .isInstanceOf(ConflictException.class);
        assertThat(fakes.customers().find(janes.id())).isPresent();
    }

    @Test
    void deleteCustomer_anotherKamsCustomerUnderScopeOwn_isNotFoundAndKeepsIt() {
        // given: jane's customer

        // when / then
        assertThatThrownBy(() -> service.deleteCustomer(john, janes.id()))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.subject()).isEqualTo(Subject.CUSTOMER));
        assertThat(fakes.customers().find(janes.id())).isPresent();
    }

    @Test
    void deleteCustomer_anotherKamsCustomerWithBillsUnderScopeOwn_isNotFoundRatherThanAConflict() {
        fakes.customers().givenBills(janes.id());

        // when / then
        assertThatThrownBy(() -> service.deleteCustomer(john, janes.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void deleteCustomer_managerOnAnyonesCustomer_removesIt() {
        // given: jane's customer

        service.deleteCustomer(manager, janes.id());

        assertThat(fakes.customers().all()).isEmpty();
    }

    @Test
    void deleteCustomer_unknownId_isNotFound() {
        // given: no customer 999

        // when / then
        assertThatThrownBy(() -> service.deleteCustomer(manager, 999)).isInstanceOf(NotFoundException.class);
    }
}
