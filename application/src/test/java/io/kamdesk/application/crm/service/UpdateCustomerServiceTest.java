package io.kamdesk.application.crm.service;

import static io.kamdesk.application.crm.testing.CrmInputs.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.application.crm.port.in.CustomerView;
import io.kamdesk.application.crm.port.in.UpdateCustomerUseCase;
import io.kamdesk.application.crm.testing.CrmFakes;
import io.kamdesk.domain.crm.Customer;
import io.kamdesk.domain.crm.CustomerDetails;
import io.kamdesk.domain.crm.CustomerStatus;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.NotPermittedException;
import io.kamdesk.domain.shared.PhoneNumber;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Refusal;
import io.kamdesk.domain.shared.Subject;
import io.kamdesk.domain.shared.Violation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UpdateCustomerServiceTest {

    private final CrmFakes fakes = new CrmFakes();
    private final UpdateCustomerUseCase service = new UpdateCustomerService(fakes.customers(), fakes.kams(),
            fakes.transactions(), fakes.calendar());

    private final Viewer jane = fakes.givenSalesPerson("jane");
    private final Viewer john = fakes.givenSalesPerson("john");
    private final Viewer manager = fakes.givenManager("maria");
    private final LocalDate joined = fakes.today();
    private final Customer janes = fakes.givenCustomer(jane.userId(), new CustomerDetails("Acme Inc", "Acme Group",
            EmailAddress.of("ops@acme.example"), PhoneNumber.of("01712345678"), "Gulshan 1", "LNK-1",
            Money.of("5000"), Money.of("8000")));
    private final Customer johns = fakes.givenCustomer(john.userId(), new CustomerDetails("Zeta Net", "",
            EmailAddress.of("noc@zeta.example"), PhoneNumber.of("01812345678"), "", "LNK-2", null, null));

    {
        fakes.clock().advance(Duration.ofDays(3));
    }

    private Customer stored(long id) {
        return fakes.customers().find(id).orElseThrow();
    }

    @Test
    void updateCustomer_patchWithMonthlyRevenueOnly_changesOnlyIt() {
        var input = customer().monthlyRevenue("6500.5").build();

        CustomerView view = service.updateCustomer(jane, janes.id(), input, false);

        assertThat(view.monthlyRevenue()).hasToString("6500.50");
        assertThat(view.name()).isEqualTo("Acme Inc");
        assertThat(view.companyName()).isEqualTo("Acme Group");
        assertThat(view.email()).isEqualTo("ops@acme.example");
        assertThat(view.phone()).isEqualTo("01712345678");
        assertThat(view.address()).isEqualTo("Gulshan 1");
        assertThat(view.linkId()).isEqualTo("LNK-1");
        assertThat(view.potentialRevenue()).isEqualTo(Money.of("8000"));
        assertThat(view.status()).isEqualTo("Active");
        assertThat(view.joinedOn()).isEqualTo(joined);
        assertThat(view.kam().id()).isEqualTo(jane.userId());
        assertThat(view.updatedAt()).isEqualTo(fakes.clock().instant());
    }

    @Test
    void updateCustomer_newName_keepsTheCustomerNumber() {
        var input = customer().name("Acme Renamed").build();

        CustomerView view = service.updateCustomer(jane, janes.id(), input, false);

        assertThat(view.name()).isEqualTo("Acme Renamed");
        assertThat(view.customerNumber()).isEqualTo(janes.customerNumber());
    }

    @Test
    void updateCustomer_clearingTheLinkId_removesIt() {
        var input = customer().linkId(null).build();

        CustomerView view = service.updateCustomer(jane, janes.id(), input, false);

        assertThat(view.linkId()).isNull();
    }

    @Test
    void updateCustomer_anotherKamsCustomerUnderScopeOwn_isNotFoundAndChangesNothing() {
        var input = customer().monthlyRevenue("1").build();

        // when / then
        assertThatThrownBy(() -> service.updateCustomer(jane, johns.id(), input, false))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.subject()).isEqualTo(Subject.CUSTOMER));
        assertThat(stored(johns.id())).isEqualTo(johns);
    }

    @Test
    void updateCustomer_managerOnAnyonesCustomer_isAccepted() {
        var input = customer().address("Banani").build();

        CustomerView view = service.updateCustomer(manager, johns.id(), input, false);

        assertThat(view.address()).isEqualTo("Banani");
    }

    @Test
    void updateCustomer_activeToLost_setsTheLeavingDateToToday() {
        var input = customer().status("Lost").build();

        CustomerView view = service.updateCustomer(jane, janes.id(), input, false);

        assertThat(view.status()).isEqualTo("Lost");
        assertThat(view.leftOn()).isEqualTo(fakes.today());
        assertThat(view.joinedOn()).isEqualTo(joined);
    }

    @Test
    void updateCustomer_activeToInactiveJustAfterMidnightInDhaka_leavesOnTheDhakaDate() {
        // given: 00:20 on 1 April in Dhaka, 31 March in UTC
        fakes.clock().set(Instant.parse("2025-03-31T18:20:00Z"));
        var input = customer().status("inactive").build();

        CustomerView view = service.updateCustomer(jane, janes.id(), input, false);

        assertThat(view.leftOn()).isEqualTo(LocalDate.parse("2025-04-01"));
    }

    @Test
    void updateCustomer_lostBackToActive_clearsTheLeavingDate() {
        service.updateCustomer(jane, janes.id(), customer().status("Lost").build(), false);
        fakes.clock().advance(Duration.ofDays(10));

        CustomerView view = service.updateCustomer(jane, janes.id(), customer().status("Active").build(), false);

        assertThat(view.status()).isEqualTo("Active");
        assertThat(view.leftOn()).isNull();
        assertThat(stored(janes.id()).leftOn()).isEmpty();
    }

    @Test
    void updateCustomer_inactiveToLost_keepsTheFirstLeavingDate() {
        service.updateCustomer(jane, janes.id(), customer().status("Inactive").build(), false);
        LocalDate firstLeft = fakes.today();
        fakes.clock().advance(Duration.ofDays(10));

        CustomerView view = service.updateCustomer(jane, janes.id(), customer().status("Lost").build(), false);

        assertThat(view.status()).isEqualTo("Lost");
        assertThat(view.leftOn()).isEqualTo(firstLeft);
    }

    @Test
    void updateCustomer_sameStatusSentAgain_keepsTheLeavingDate() {
        service.updateCustomer(jane, janes.id(), customer().status("Lost").build(), false);
        LocalDate left = fakes.today();
        fakes.clock().advance(Duration.ofDays(10));

        CustomerView view = service.updateCustomer(jane, janes.id(), customer().status("Lost").name("Acme").build(),
                false);

        assertThat(view.leftOn()).isEqualTo(left);
    }

    @Test
    void updateCustomer_unknownStatus_isAFieldErrorOnStatus() {
        var input = customer().status("Gone").build();

        // when / then
        assertThatThrownBy(() -> service.updateCustomer(jane, janes.id(), input, false))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("status"));
        assertThat(stored(janes.id())).isEqualTo(janes);
    }

    @Test
    void updateCustomer_newJoiningDate_isKept() {
        var input = customer().joinedOn(LocalDate.parse("2023-05-01")).build();

        CustomerView view = service.updateCustomer(jane, janes.id(), input, false);

        assertThat(view.joinedOn()).isEqualTo(LocalDate.parse("2023-05-01"));
    }

    @Test
    void updateCustomer_nullJoiningDate_isAFieldError() {
        var input = customer().joinedOn(null).build();

        // when / then
        assertThatThrownBy(() -> service.updateCustomer(jane, janes.id(), input, false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .isEqualTo(Map.of("joinedOn", List.of(Violation.of(Reason.NULL)))));
    }

    @Test
    void updateCustomer_salesPersonHandingItToAnotherKam_isNotPermitted() {
        var input = customer().assignedSalesPerson(john.userId()).build();

        // when / then
        assertThatThrownBy(() -> service.updateCustomer(jane, janes.id(), input, false))
                .isInstanceOf(NotPermittedException.class)
                .extracting(e -> ((NotPermittedException) e).refusal()).isEqualTo(Refusal.ASSIGN_TO_SELF_ONLY);
        assertThat(stored(janes.id()).kamId()).contains(jane.userId());
    }

    @Test
    void updateCustomer_salesPersonSendingNobody_staysItsKam() {
        // given: a form's empty KAM choice from someone who may only keep customers for themselves
        var input = customer().assignedSalesPerson(null).build();

        CustomerView view = service.updateCustomer(jane, janes.id(), input, false);

        assertThat(view.kam().id()).isEqualTo(jane.userId());
    }

    @Test
    void updateCustomer_salesPersonSendingThemselvesAsKam_isAccepted() {
        var input = customer().assignedSalesPerson(jane.userId()).address("Banani").build();

        CustomerView view = service.updateCustomer(jane, janes.id(), input, false);

        assertThat(view.kam().id()).isEqualTo(jane.userId());
        assertThat(view.address()).isEqualTo("Banani");
    }

    @Test
    void updateCustomer_managerHandingItToAnotherKam_reassignsIt() {
        var input = customer().assignedSalesPerson(john.userId()).build();

        CustomerView view = service.updateCustomer(manager, janes.id(), input, false);

        assertThat(view.kam().id()).isEqualTo(john.userId());
        assertThat(fakes.customers().findVisibleForUpdate(jane, janes.id())).isEmpty();
    }

    @Test
    void updateCustomer_managerUnassigningIt_leavesItWithoutKam() {
        var input = customer().assignedSalesPerson(null).build();

        CustomerView view = service.updateCustomer(manager, janes.id(), input, false);

        assertThat(view.kam()).isNull();
    }

    @Test
    void updateCustomer_managerHandingItToAnInactiveUser_isAFieldErrorOnAssignedSalesPerson() {
        long retired = fakes.givenInactiveUser("retired");
        var input = customer().assignedSalesPerson(retired).build();

        // when / then
        assertThatThrownBy(() -> service.updateCustomer(manager, janes.id(), input, false))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("assignedSalesPerson"));
    }

    @Test
    void updateCustomer_resendingTheCurrentKamWhoIsNoLongerActive_isAccepted() {
        fakes.kams().deactivate(john.userId());
        var input = customer().assignedSalesPerson(john.userId()).address("Mirpur").build();

        CustomerView view = service.updateCustomer(manager, johns.id(), input, false);

        assertThat(view.kam().id()).isEqualTo(john.userId());
        assertThat(view.address()).isEqualTo("Mirpur");
    }

    @Test
    void updateCustomer_putWithoutNameEmailOrPhone_requiresAllThree() {
        var input = customer().address("Banani").build();

        // when / then
        assertThatThrownBy(() -> service.updateCustomer(jane, janes.id(), input, true))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).isEqualTo(
                        Map.of("name", List.of(Violation.of(Reason.REQUIRED)),
                                "email", List.of(Violation.of(Reason.REQUIRED)),
                                "phone", List.of(Violation.of(Reason.REQUIRED)))));
        assertThat(stored(janes.id())).isEqualTo(janes);
    }

    @Test
    void updateCustomer_putWithNameEmailAndPhone_isAccepted() {
        var input = customer().name("Acme Inc").email("billing@acme.example").phone("01799999999").build();

        CustomerView view = service.updateCustomer(jane, janes.id(), input, true);

        assertThat(view.email()).isEqualTo("billing@acme.example");
        assertThat(view.phone()).isEqualTo("01799999999");
    }

    @Test
    void updateCustomer_patchWithoutNameEmailOrPhone_keepsThem() {
        var input = customer().address("Banani").build();

        CustomerView view = service.updateCustomer(jane, janes.id(), input, false);

        assertThat(view.name()).isEqualTo("Acme Inc");
        assertThat(view.email()).isEqualTo("ops@acme.example");
        assertThat(view.phone()).isEqualTo("01712345678");
    }

    @Test
    void updateCustomer_blankEmail_isAFieldErrorOnEmail() {
        var input = customer().email("").build();

        // when / then
        assertThatThrownBy(() -> service.updateCustomer(jane, janes.id(), input, false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .isEqualTo(Map.of("email", List.of(Violation.of(Reason.BLANK)))));
    }

    @Test
    void updateCustomer_ownEmailInAnotherCaseAndOwnLinkId_isNotADuplicate() {
        var input = customer().email("OPS@ACME.EXAMPLE").linkId("LNK-1").build();

        CustomerView view = service.updateCustomer(jane, janes.id(), input, false);

        assertThat(view.email()).isEqualTo("ops@acme.example");
        assertThat(view.linkId()).isEqualTo("LNK-1");
    }

    @Test
    void updateCustomer_emailOfAnotherCustomer_isAFieldErrorOnEmail() {
        var input = customer().email("NOC@zeta.example").build();

        // when / then
        assertThatThrownBy(() -> service.updateCustomer(jane, janes.id(), input, false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .isEqualTo(Map.of("email", List.of(Violation.of(Reason.TAKEN, Subject.CUSTOMER)))));
    }

    @Test
    void updateCustomer_linkIdOfAnotherCustomer_isAFieldErrorOnLinkId() {
        var input = customer().linkId("LNK-2").build();

        // when / then
        assertThatThrownBy(() -> service.updateCustomer(jane, janes.id(), input, false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .isEqualTo(Map.of("linkId", List.of(Violation.of(Reason.TAKEN, Subject.CUSTOMER)))));
        assertThat(stored(janes.id()).details().linkId()).isEqualTo("LNK-1");
    }

    @Test
    void updateCustomer_severalProblems_reportsThemAllAtOnce() {
        var input = customer().email("not-an-email").phone("abc").monthlyRevenue("-5").status("Gone").build();

        // when / then
        assertThatThrownBy(() -> service.updateCustomer(jane, janes.id(), input, false))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("email", "phone", "monthlyRevenue", "status"));
    }

    @Test
    void updateCustomer_customerWithoutKamUnderScopeOwn_isNotFound() {
        Customer unassigned = fakes.givenCustomer(null, "Orphan Ltd", "orphan@example.com");
        var input = customer().address("x").build();

        // when / then
        assertThatThrownBy(() -> service.updateCustomer(jane, unassigned.id(), input, false))
                .isInstanceOf(NotFoundException.class);
        assertThat(stored(unassigned.id()).status()).isEqualTo(CustomerStatus.ACTIVE);
    }
}
