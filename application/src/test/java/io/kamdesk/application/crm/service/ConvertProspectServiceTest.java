package io.kamdesk.application.crm.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.application.crm.port.in.ConvertProspectUseCase;
import io.kamdesk.application.crm.port.in.CustomerView;
import io.kamdesk.application.crm.testing.CrmFakes;
import io.kamdesk.domain.crm.Customer;
import io.kamdesk.domain.crm.CustomerDetails;
import io.kamdesk.domain.crm.CustomerStatus;
import io.kamdesk.domain.crm.Prospect;
import io.kamdesk.domain.crm.ProspectDetails;
import io.kamdesk.domain.crm.ProspectStatus;
import io.kamdesk.domain.crm.StatusChange;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.ConflictException;
import io.kamdesk.domain.shared.DomainException;
import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.PhoneNumber;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Refusal;
import io.kamdesk.domain.shared.Subject;
import io.kamdesk.domain.shared.Violation;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConvertProspectServiceTest {

    private final CrmFakes fakes = new CrmFakes();
    private final ConvertProspectUseCase service = new ConvertProspectService(fakes.prospects(), fakes.customers(),
            fakes.kams(), fakes.transactions(), fakes.calendar(), fakes.settings());

    private final Viewer jane = fakes.givenSalesPerson("jane");
    private final Viewer john = fakes.givenSalesPerson("john");
    private final Viewer manager = fakes.givenManager("maria");
    private final Prospect janes = fakes.givenProspect(jane.userId(), new ProspectDetails("Rahim Traders",
            "Rahim Group", EmailAddress.of("Rahim@Traders.example"), PhoneNumber.of("01712345678"), "Motijheel",
            Money.of("12000"), "Rahim", "referral", null, "wants 100 Mbps"), ProspectStatus.CONTACTED);

    {
        fakes.clock().advance(Duration.ofHours(1));
    }

    @Test
    void convertProspect_noCustomerWithItsEmail_createsAnActiveCustomerWithTheOwnerAsKam() {
        // given: jane's contacted prospect and no customer yet

        CustomerView view = service.convertProspect(jane, janes.id());

        assertThat(view.name()).isEqualTo("Rahim Traders");
        assertThat(view.companyName()).isEqualTo("Rahim Group");
        assertThat(view.email()).isEqualTo("rahim@traders.example");
        assertThat(view.phone()).isEqualTo("01712345678");
        assertThat(view.address()).isEqualTo("Motijheel");
        assertThat(view.linkId()).isNull();
        assertThat(view.monthlyRevenue()).isEqualTo(Money.ZERO);
        assertThat(view.potentialRevenue()).isEqualTo(Money.of("12000"));
        assertThat(view.calculatedMonthlyRevenue()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(view.status()).isEqualTo("Active");
        assertThat(view.joinedOn()).isEqualTo(fakes.today());
        assertThat(view.leftOn()).isNull();
        assertThat(view.kam()).isEqualTo(new CustomerView.Kam(jane.userId(), "jane", "jane@kamdesk.test"));
        assertThat(view.customerNumber()).isEqualTo("KTL-RAHIMTRA-" + view.id());
        assertThat(fakes.customers().all()).hasSize(1);
    }

    @Test
    void convertProspect_ownerDeactivatedSince_makesTheConvertingUserTheKam() {
        fakes.kams().deactivate(jane.userId());

        CustomerView view = service.convertProspect(manager, janes.id());

        assertThat(view.kam().id()).isEqualTo(manager.userId());
    }

    @Test
    void convertProspect_anyProspect_marksItQualifiedLinkedAndRecordsTheChange() {
        // given: jane's contacted prospect

        CustomerView view = service.convertProspect(jane, janes.id());

        Prospect converted = fakes.prospects().find(janes.id()).orElseThrow();
        Instant now = fakes.clock().instant();
        assertThat(converted.status()).isEqualTo(ProspectStatus.QUALIFIED);
        assertThat(converted.customerId()).contains(view.id());
        assertThat(converted.updatedAt()).isEqualTo(now);
        assertThat(fakes.prospects().statusChanges(janes.id())).containsExactly(
                new StatusChange(ProspectStatus.CONTACTED, ProspectStatus.QUALIFIED, jane.userId(), now));
    }

    @Test
    void convertProspect_byManager_keepsTheProspectsOwnerAsKam() {
        // given: jane's prospect, converted by a manager

        CustomerView view = service.convertProspect(manager, janes.id());

        assertThat(view.kam().id()).isEqualTo(jane.userId());
        assertThat(fakes.customers().find(view.id()).orElseThrow().kamId()).contains(jane.userId());
        assertThat(fakes.prospects().statusChanges(janes.id())).singleElement()
                .extracting(StatusChange::changedBy).isEqualTo(manager.userId());
    }

    @Test
    void convertProspect_alreadyQualified_recordsNoStatusChange() {
        Prospect qualified = fakes.givenProspect(jane.userId(), janes.details(), ProspectStatus.QUALIFIED);

        service.convertProspect(jane, qualified.id());

        assertThat(fakes.prospects().find(qualified.id()).orElseThrow().isConverted()).isTrue();
        assertThat(fakes.prospects().statusChanges(qualified.id())).isEmpty();
    }

    @Test
    void convertProspect_customerWithTheSameEmailInAnotherCase_updatesItInsteadOfDuplicating() {
        Customer existing = fakes.givenCustomer(jane.userId(), new CustomerDetails("Rahim & Sons",
                "Old Company", EmailAddress.of("RAHIM@traders.EXAMPLE"), PhoneNumber.of("01900000000"),
                "Old address", "LNK-7", Money.of("5000"), Money.of("1000")));

        CustomerView view = service.convertProspect(jane, janes.id());

        assertThat(view.id()).isEqualTo(existing.id());
        assertThat(fakes.customers().all()).hasSize(1);
        Customer updated = fakes.customers().find(existing.id()).orElseThrow();
        assertThat(updated.details().name()).isEqualTo("Rahim Traders");
        assertThat(updated.details().companyName()).isEqualTo("Rahim Group");
        assertThat(updated.details().phone()).isEqualTo(PhoneNumber.of("01712345678"));
        assertThat(updated.details().address()).isEqualTo("Motijheel");
        assertThat(updated.details().linkId()).isEqualTo("LNK-7");
        assertThat(updated.details().monthlyRevenue()).isEqualTo(Money.of("5000"));
        assertThat(updated.details().potentialRevenue()).isEqualTo(Money.of("12000"));
        assertThat(updated.customerNumber()).isEqualTo(existing.customerNumber());
        assertThat(updated.updatedAt()).isEqualTo(fakes.clock().instant());
        assertThat(fakes.prospects().find(janes.id()).orElseThrow().customerId()).contains(existing.id());
    }

    @Test
    void convertProspect_existingCustomerWithoutProspectCompanyOrAddress_keepsTheCustomers() {
        Prospect bare = fakes.givenProspect(jane, "Karim", "karim@example.com", "01811111111");
        Customer existing = fakes.givenCustomer(jane.userId(), new CustomerDetails("Karim", "Karim Net",
                EmailAddress.of("karim@example.com"), PhoneNumber.of("01900000000"), "Uttara", null, null, null));

        service.convertProspect(jane, bare.id());

        Customer updated = fakes.customers().find(existing.id()).orElseThrow();
        assertThat(updated.details().companyName()).isEqualTo("Karim Net");
        assertThat(updated.details().address()).isEqualTo("Uttara");
        assertThat(updated.details().phone()).isEqualTo(PhoneNumber.of("01811111111"));
    }

    @Test
    void convertProspect_salesPersonWhoseEmailBelongsToAnotherKamsCustomer_isAConflictAndChangesNothing() {
        Customer johns = fakes.givenCustomer(john.userId(), "Rahim Elsewhere", "rahim@traders.example");

        // when / then
        assertThatThrownBy(() -> service.convertProspect(jane, janes.id()))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((DomainException) e).refusal()).isEqualTo(Refusal.CUSTOMER_OF_ANOTHER_KAM))
                .extracting(e -> ((ConflictException) e).refusal()).isEqualTo(Refusal.CUSTOMER_OF_ANOTHER_KAM);
        assertThat(fakes.customers().find(johns.id())).contains(johns);
        Prospect unchanged = fakes.prospects().find(janes.id()).orElseThrow();
        assertThat(unchanged.isConverted()).isFalse();
        assertThat(unchanged.status()).isEqualTo(ProspectStatus.CONTACTED);
        assertThat(fakes.prospects().statusChanges(janes.id())).isEmpty();
    }

    @Test
    void convertProspect_salesPersonWhoseEmailBelongsToAnUnassignedCustomer_isAConflict() {
        fakes.givenCustomer(null, "Rahim Elsewhere", "rahim@traders.example");

        // when / then
        assertThatThrownBy(() -> service.convertProspect(jane, janes.id()))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).refusal()).isEqualTo(Refusal.CUSTOMER_OF_ANOTHER_KAM);
    }

    @Test
    void convertProspect_managerWhoseEmailBelongsToAnotherKamsCustomer_updatesItAndHandsItToTheOwner() {
        Customer johns = fakes.givenCustomer(john.userId(), "Rahim Elsewhere", "rahim@traders.example");

        CustomerView view = service.convertProspect(manager, janes.id());

        assertThat(view.id()).isEqualTo(johns.id());
        assertThat(view.kam().id()).isEqualTo(jane.userId());
        assertThat(fakes.customers().all()).hasSize(1);
    }

    @Test
    void convertProspect_withoutEmailOrPhone_isAFieldErrorOnBoth() {
        Prospect bare = fakes.givenProspect(jane, "Walk-in", null, null);

        // when / then
        assertThatThrownBy(() -> service.convertProspect(jane, bare.id()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).isEqualTo(Map.of(
                        "email", List.of(Violation.of(Reason.REQUIRED_TO_CONVERT)),
                        "phone", List.of(Violation.of(Reason.REQUIRED_TO_CONVERT)))));
        assertThat(fakes.customers().all()).isEmpty();
        assertThat(fakes.prospects().find(bare.id()).orElseThrow().isConverted()).isFalse();
    }

    @Test
    void convertProspect_withEmailButNoPhone_isAFieldErrorOnPhone() {
        Prospect noPhone = fakes.givenProspect(jane, "Walk-in", "walkin@example.com", null);

        // when / then
        assertThatThrownBy(() -> service.convertProspect(jane, noPhone.id()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("phone"));
    }

    @Test
    void convertProspect_twice_isAConflictTheSecondTime() {
        service.convertProspect(jane, janes.id());

        // when / then
        assertThatThrownBy(() -> service.convertProspect(jane, janes.id()))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((DomainException) e).refusal()).isEqualTo(Refusal.PROSPECT_ALREADY_CONVERTED))
                .extracting(e -> ((ConflictException) e).refusal()).isEqualTo(Refusal.PROSPECT_ALREADY_CONVERTED);
        assertThat(fakes.customers().all()).hasSize(1);
    }

    @Test
    void convertProspect_anotherKamsProspectUnderScopeOwn_isNotFound() {
        // given: jane's prospect

        // when / then
        assertThatThrownBy(() -> service.convertProspect(john, janes.id()))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.subject()).isEqualTo(Subject.PROSPECT));
        assertThat(fakes.customers().all()).isEmpty();
    }

    @Test
    void convertProspect_justAfterMidnightInDhaka_joinsOnTheDhakaDate() {
        // given: 00:10 on 11 March in Dhaka, still 10 March in UTC
        fakes.clock().set(Instant.parse("2025-03-10T18:10:00Z"));

        CustomerView view = service.convertProspect(jane, janes.id());

        assertThat(view.joinedOn()).isEqualTo(LocalDate.parse("2025-03-11"));
        assertThat(fakes.customers().find(view.id()).orElseThrow().status()).isEqualTo(CustomerStatus.ACTIVE);
    }
}
