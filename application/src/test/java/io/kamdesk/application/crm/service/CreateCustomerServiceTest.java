package io.kamdesk.application.crm.service;

import static io.kamdesk.application.crm.testing.CrmInputs.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.application.crm.port.in.CreateCustomerUseCase;
import io.kamdesk.application.crm.port.in.CustomerView;
import io.kamdesk.application.crm.testing.CrmFakes;
import io.kamdesk.application.crm.testing.CrmInputs.CustomerCommandBuilder;
import io.kamdesk.domain.crm.Customer;
import io.kamdesk.domain.crm.CustomerDetails;
import io.kamdesk.domain.crm.CustomerStatus;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.DomainException;
import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.NotPermittedException;
import io.kamdesk.domain.shared.PhoneNumber;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Refusal;
import io.kamdesk.domain.shared.Subject;
import io.kamdesk.domain.shared.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreateCustomerServiceTest {

    private final CrmFakes fakes = new CrmFakes();
    private final CreateCustomerUseCase service = new CreateCustomerService(fakes.customers(), fakes.kams(),
            fakes.transactions(), fakes.calendar(), fakes.settings());

    private final Viewer jane = fakes.givenSalesPerson("jane");
    private final Viewer john = fakes.givenSalesPerson("john");
    private final Viewer manager = fakes.givenManager("maria");

    private static CustomerCommandBuilder acme() {
        return customer().name("Acme Inc").email("ops@acme.example").phone("01712345678");
    }

    @Test
    void createCustomer_requiredFieldsOnly_isActiveJoinedTodayWithANumberAndTheCreatorAsKam() {
        var input = acme().build();

        CustomerView view = service.createCustomer(jane, input);

        assertThat(view.customerNumber()).isEqualTo("KTL-ACMEINCX-" + view.id());
        assertThat(view.name()).isEqualTo("Acme Inc");
        assertThat(view.email()).isEqualTo("ops@acme.example");
        assertThat(view.phone()).isEqualTo("01712345678");
        assertThat(view.companyName()).isEmpty();
        assertThat(view.address()).isEmpty();
        assertThat(view.linkId()).isNull();
        assertThat(view.monthlyRevenue()).isEqualTo(Money.ZERO);
        assertThat(view.potentialRevenue()).isEqualTo(Money.ZERO);
        assertThat(view.calculatedMonthlyRevenue()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(view.status()).isEqualTo("Active");
        assertThat(view.joinedOn()).isEqualTo(LocalDate.parse("2025-03-10"));
        assertThat(view.leftOn()).isNull();
        assertThat(view.kam()).isEqualTo(new CustomerView.Kam(jane.userId(), "jane", "jane@kamdesk.test"));
        assertThat(view.createdAt()).isEqualTo(fakes.clock().instant());
        assertThat(fakes.customers().find(view.id()).orElseThrow().kamId()).contains(jane.userId());
    }

    @Test
    void createCustomer_allFields_storesThem() {
        var input = customer().name("  Acme Inc ").companyName("Acme Group").email("OPS@Acme.Example")
                .phone("+880 1712-345678").address("Gulshan 1").linkId(" LNK-42 ").monthlyRevenue("5000")
                .potentialRevenue("7500.5").joinedOn(LocalDate.parse("2024-01-15")).build();

        CustomerView view = service.createCustomer(jane, input);

        assertThat(view.name()).isEqualTo("Acme Inc");
        assertThat(view.companyName()).isEqualTo("Acme Group");
        assertThat(view.email()).isEqualTo("ops@acme.example");
        assertThat(view.phone()).isEqualTo("+880 1712-345678");
        assertThat(view.address()).isEqualTo("Gulshan 1");
        assertThat(view.linkId()).isEqualTo("LNK-42");
        assertThat(view.monthlyRevenue()).hasToString("5000.00");
        assertThat(view.potentialRevenue()).hasToString("7500.50");
        assertThat(view.joinedOn()).isEqualTo(LocalDate.parse("2024-01-15"));
    }

    @Test
    void createCustomer_twoCustomers_getConsecutiveNumbers() {
        CustomerView first = service.createCustomer(jane, acme().build());

        CustomerView second = service.createCustomer(jane, customer().name("Zeta Net").email("noc@zeta.example")
                .phone("01812345678").build());

        assertThat(second.id()).isEqualTo(first.id() + 1);
        assertThat(second.customerNumber()).isEqualTo("KTL-ZETANETX-" + second.id());
    }

    @Test
    void createCustomer_justAfterMidnightInDhakaWhileUtcIsStillTheDayBefore_joinsOnTheDhakaDate() {
        // given: 00:05 on 1 April in Dhaka, 18:05 on 31 March in UTC
        fakes.clock().set(Instant.parse("2025-03-31T18:05:00Z"));

        CustomerView view = service.createCustomer(jane, acme().build());

        assertThat(view.joinedOn()).isEqualTo(LocalDate.parse("2025-04-01"));
    }

    @Test
    void createCustomer_statusLostGivenJustAfterMidnightInDhaka_leftOnTheDhakaDate() {
        fakes.clock().set(Instant.parse("2025-03-31T18:05:00Z"));
        var input = acme().status("lost").build();

        CustomerView view = service.createCustomer(jane, input);

        assertThat(view.status()).isEqualTo("Lost");
        assertThat(view.leftOn()).isEqualTo(LocalDate.parse("2025-04-01"));
    }

    @Test
    void createCustomer_statusActiveGiven_hasNoLeavingDate() {
        var input = acme().status("Active").build();

        CustomerView view = service.createCustomer(jane, input);

        assertThat(view.status()).isEqualTo("Active");
        assertThat(view.leftOn()).isNull();
    }

    @Test
    void createCustomer_unknownStatus_isAFieldErrorOnStatus() {
        var input = acme().status("Closed").build();

        // when / then
        assertThatThrownBy(() -> service.createCustomer(jane, input))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).isEqualTo(
                        Map.of("status", List.of(Violation.of(Reason.INVALID_CHOICE, "Closed", List.of("Active", "Inactive", "Lost"))))));
        assertThat(fakes.customers().all()).isEmpty();
    }

    @Test
    void createCustomer_salesPersonNamingAnotherKam_isNotPermitted() {
        var input = acme().assignedSalesPerson(john.userId()).build();

        // when / then
        assertThatThrownBy(() -> service.createCustomer(jane, input))
                .isInstanceOf(NotPermittedException.class)
                .satisfies(e -> assertThat(((DomainException) e).refusal()).isEqualTo(Refusal.ASSIGN_TO_SELF_ONLY))
                .extracting(e -> ((NotPermittedException) e).refusal()).isEqualTo(Refusal.ASSIGN_TO_SELF_ONLY);
        assertThat(fakes.customers().all()).isEmpty();
    }

    @Test
    void createCustomer_salesPersonNamingNobody_assignsThemselves() {
        // given: a form's empty KAM choice from someone who may only keep customers for themselves
        var input = acme().assignedSalesPerson(null).build();

        CustomerView view = service.createCustomer(jane, input);

        assertThat(view.kam().id()).isEqualTo(jane.userId());
    }


    @Test
    void createCustomer_salesPersonNamingThemselves_isAccepted() {
        var input = acme().assignedSalesPerson(jane.userId()).build();

        CustomerView view = service.createCustomer(jane, input);

        assertThat(view.kam().id()).isEqualTo(jane.userId());
    }

    @Test
    void createCustomer_managerNamingAnotherKam_assignsThem() {
        var input = acme().assignedSalesPerson(john.userId()).build();

        CustomerView view = service.createCustomer(manager, input);

        assertThat(view.kam()).isEqualTo(new CustomerView.Kam(john.userId(), "john", "john@kamdesk.test"));
    }

    @Test
    void createCustomer_managerNamingNobody_leavesItUnassigned() {
        var input = acme().assignedSalesPerson(null).build();

        CustomerView view = service.createCustomer(manager, input);

        assertThat(view.kam()).isNull();
        assertThat(fakes.customers().find(view.id()).orElseThrow().kamId()).isEmpty();
    }

    @Test
    void createCustomer_managerNamingAnInactiveUser_isAFieldErrorOnAssignedSalesPerson() {
        long retired = fakes.givenInactiveUser("retired");
        var input = acme().assignedSalesPerson(retired).build();

        // when / then
        assertThatThrownBy(() -> service.createCustomer(manager, input))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).isEqualTo(
                        Map.of("assignedSalesPerson",
                                List.of(Violation.of(Reason.NO_ACTIVE_USER, retired)))));
    }

    @Test
    void createCustomer_managerNamingAnUnknownUser_isAFieldErrorOnAssignedSalesPerson() {
        var input = acme().assignedSalesPerson(999L).build();

        // when / then
        assertThatThrownBy(() -> service.createCustomer(manager, input))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("assignedSalesPerson"));
    }

    @Test
    void createCustomer_emailOfAnotherCustomerInAnotherCase_isAFieldErrorOnEmail() {
        fakes.givenCustomer(john.userId(), "Acme Old", "ops@acme.example");
        var input = acme().email("OPS@ACME.EXAMPLE").build();

        // when / then
        assertThatThrownBy(() -> service.createCustomer(jane, input))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .isEqualTo(Map.of("email", List.of(Violation.of(Reason.TAKEN, Subject.CUSTOMER)))));
        assertThat(fakes.customers().all()).hasSize(1);
    }

    @Test
    void createCustomer_linkIdOfAnotherCustomer_isAFieldErrorOnLinkId() {
        fakes.givenCustomer(john.userId(), new CustomerDetails("Zeta Net", null, EmailAddress.of("noc@zeta.example"),
                PhoneNumber.of("01812345678"), null, "LNK-42", null, null));
        var input = acme().linkId("LNK-42").build();

        // when / then
        assertThatThrownBy(() -> service.createCustomer(jane, input))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .isEqualTo(Map.of("linkId", List.of(Violation.of(Reason.TAKEN, Subject.CUSTOMER)))));
    }

    @Test
    void createCustomer_blankLinkIdWhileOthersHaveNone_isAccepted() {
        fakes.givenCustomer(john.userId(), "Zeta Net", "noc@zeta.example");
        var input = acme().linkId("  ").build();

        CustomerView view = service.createCustomer(jane, input);

        assertThat(view.linkId()).isNull();
    }

    @Test
    void createCustomer_nothingSent_requiresNameEmailAndPhone() {
        var input = customer().companyName("Acme Group").build();

        // when / then
        assertThatThrownBy(() -> service.createCustomer(jane, input))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).isEqualTo(
                        Map.of("name", List.of(Violation.of(Reason.REQUIRED)),
                                "email", List.of(Violation.of(Reason.REQUIRED)),
                                "phone", List.of(Violation.of(Reason.REQUIRED)))));
        assertThat(fakes.customers().all()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "' '|ops@acme.example|01712345678|name|BLANK",
            "Acme|' '|01712345678|email|BLANK",
            "Acme|NULL|01712345678|email|BLANK",
            "Acme|ops@acme.example|''|phone|BLANK",
            "Acme|not-an-email|01712345678|email|INVALID_EMAIL",
            "Acme|ops@acme.example|12345|phone|INVALID_PHONE"})
    void createCustomer_blankOrInvalidRequiredField_isAFieldErrorOnIt(String name, String email, String phone,
            String field, Reason reason) {
        var input = customer().name(name).email(email).phone(phone).build();

        // when / then
        assertThatThrownBy(() -> service.createCustomer(jane, input))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).isEqualTo(Map.of(field, List.of(Violation.of(reason)))));
    }

    @ParameterizedTest
    @CsvSource({"monthlyRevenue, -1", "potentialRevenue, -0.01"})
    void createCustomer_negativeRevenue_isAFieldErrorOnIt(String field, String amount) {
        var builder = acme();
        var input = (field.equals("monthlyRevenue") ? builder.monthlyRevenue(amount) : builder.potentialRevenue(amount))
                .build();

        // when / then
        assertThatThrownBy(() -> service.createCustomer(jane, input))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .isEqualTo(Map.of(field, List.of(Violation.of(Reason.NEGATIVE)))));
    }

    @Test
    void createCustomer_nullMonthlyRevenue_isAFieldError() {
        var input = acme().monthlyRevenue(null).build();

        // when / then
        assertThatThrownBy(() -> service.createCustomer(jane, input))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .isEqualTo(Map.of("monthlyRevenue", List.of(Violation.of(Reason.NULL)))));
    }

    @Test
    void createCustomer_nonLatinName_getsAnAllXNumber() {
        var input = acme().name("বাংলা টেলিকম").build();

        CustomerView view = service.createCustomer(jane, input);

        assertThat(view.customerNumber()).isEqualTo("KTL-XXXXXXXX-" + view.id());
        Customer stored = fakes.customers().find(view.id()).orElseThrow();
        assertThat(stored.details().name()).isEqualTo("বাংলা টেলিকম");
        assertThat(stored.status()).isEqualTo(CustomerStatus.ACTIVE);
    }
}
