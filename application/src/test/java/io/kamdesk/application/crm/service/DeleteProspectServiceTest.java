package io.kamdesk.application.crm.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.application.crm.port.in.DeleteProspectUseCase;
import io.kamdesk.application.crm.testing.CrmFakes;
import io.kamdesk.domain.crm.Customer;
import io.kamdesk.domain.crm.Prospect;
import io.kamdesk.domain.crm.ProspectStatus;
import io.kamdesk.domain.crm.StatusChange;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.Subject;
import org.junit.jupiter.api.Test;

class DeleteProspectServiceTest {

    private final CrmFakes fakes = new CrmFakes();
    private final DeleteProspectUseCase service = new DeleteProspectService(fakes.prospects(), fakes.transactions());

    private final Viewer jane = fakes.givenSalesPerson("jane");
    private final Viewer john = fakes.givenSalesPerson("john");
    private final Viewer manager = fakes.givenManager("maria");
    private final Prospect janes = fakes.givenProspect(jane, "Rahim Traders", "rahim@traders.example", null);

    @Test
    void deleteProspect_ownProspect_removesItAndItsHistory() {
        fakes.prospects().recordStatusChange(janes.id(), new StatusChange(ProspectStatus.NEW,
                ProspectStatus.CONTACTED, jane.userId(), fakes.clock().instant()));

        service.deleteProspect(jane, janes.id());

        assertThat(fakes.prospects().find(janes.id())).isEmpty();
        assertThat(fakes.prospects().statusChanges(janes.id())).isEmpty();
    }

    @Test
    void deleteProspect_anotherKamsProspectUnderScopeOwn_isNotFoundAndKeepsIt() {
        // given: jane's prospect

        // when / then
        assertThatThrownBy(() -> service.deleteProspect(john, janes.id()))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.subject()).isEqualTo(Subject.PROSPECT));
        assertThat(fakes.prospects().find(janes.id())).isPresent();
    }

    @Test
    void deleteProspect_managerOnAnyonesProspect_removesIt() {
        // given: jane's prospect

        service.deleteProspect(manager, janes.id());

        assertThat(fakes.prospects().all()).isEmpty();
    }

    @Test
    void deleteProspect_unknownId_isNotFound() {
        // given: no prospect 999

        // when / then
        assertThatThrownBy(() -> service.deleteProspect(manager, 999)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void deleteProspect_convertedProspect_keepsTheCustomerItBecame() {
        Customer customer = fakes.givenCustomer(jane.userId(), "Rahim Traders", "rahim@traders.example");
        fakes.prospects().save(janes.convertedInto(customer.id(), fakes.clock().instant()));

        service.deleteProspect(jane, janes.id());

        assertThat(fakes.prospects().find(janes.id())).isEmpty();
        assertThat(fakes.customers().find(customer.id())).contains(customer);
    }
}
