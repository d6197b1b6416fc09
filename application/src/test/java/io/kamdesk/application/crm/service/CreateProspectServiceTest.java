package io.kamdesk.application.crm.service;

import static io.kamdesk.application.crm.testing.CrmInputs.prospect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import io.kamdesk.application.crm.port.in.CreateProspectUseCase;
import io.kamdesk.application.crm.port.in.ProspectView.StatusChangeView;
import io.kamdesk.application.crm.port.in.ProspectView;
import io.kamdesk.application.crm.testing.CrmFakes;
import io.kamdesk.domain.crm.Prospect;
import io.kamdesk.domain.crm.ProspectStatus;
import io.kamdesk.domain.crm.StatusChange;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.DomainException;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.NotPermittedException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Refusal;
import io.kamdesk.domain.shared.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CreateProspectServiceTest {

    private final CrmFakes fakes = new CrmFakes();
    private final CreateProspectUseCase service = new CreateProspectService(fakes.prospects(), fakes.kams(),
            fakes.transactions(), fakes.calendar());

    private final Viewer jane = fakes.givenSalesPerson("jane");
    private final Viewer john = fakes.givenSalesPerson("john");
    private final Viewer manager = fakes.givenManager("maria");

    private static InvalidInputException invalid(Throwable thrown) {
        return (InvalidInputException) thrown;
    }

    @Test
    void createProspect_allFields_storesThemOwnedByTheCreatorWithStatusNew() {
        var input = prospect().name(" Rahim Traders ").companyName("Rahim Group").email("Rahim@Traders.Example")
                .phone("+880 1712-345678").address("Motijheel, Dhaka").potentialRevenue("12000.5")
                .contactPerson("Rahim").source("referral").followUpDate(LocalDate.parse("2025-03-20"))
                .notes("wants 100 Mbps").build();

        ProspectView view = service.createProspect(jane, input);

        assertThat(view.name()).isEqualTo("Rahim Traders");
        assertThat(view.companyName()).isEqualTo("Rahim Group");
        assertThat(view.email()).isEqualTo("rahim@traders.example");
        assertThat(view.phone()).isEqualTo("+880 1712-345678");
        assertThat(view.address()).isEqualTo("Motijheel, Dhaka");
        assertThat(view.potentialRevenue()).hasToString("12000.50");
        assertThat(view.contactPerson()).isEqualTo("Rahim");
        assertThat(view.source()).isEqualTo("referral");
        assertThat(view.followUpDate()).isEqualTo(LocalDate.parse("2025-03-20"));
        assertThat(view.notes()).isEqualTo("wants 100 Mbps");
        assertThat(view.status()).isEqualTo("new");
        assertThat(view.salesPersonId()).isEqualTo(jane.userId());
        assertThat(view.customerId()).isNull();
        assertThat(view.statusHistory()).isEmpty();
        assertThat(view.createdAt()).isEqualTo(fakes.clock().instant());
        Prospect stored = fakes.prospects().find(view.id()).orElseThrow();
        assertThat(stored.ownerId()).contains(jane.userId());
        assertThat(stored.status()).isEqualTo(ProspectStatus.NEW);
    }

    @Test
    void createProspect_onlyAName_defaultsTheRest() {
        var input = prospect().name("Rahim Traders").build();

        ProspectView view = service.createProspect(jane, input);

        assertThat(view.email()).isNull();
        assertThat(view.phone()).isNull();
        assertThat(view.companyName()).isEmpty();
        assertThat(view.potentialRevenue()).isEqualTo(Money.ZERO);
        assertThat(view.followUpDate()).isNull();
    }

    @Test
    void createProspect_blankEmailAndPhone_storesNone() {
        var input = prospect().name("Rahim Traders").email("  ").phone("").build();

        ProspectView view = service.createProspect(jane, input);

        assertThat(view.email()).isNull();
        assertThat(view.phone()).isNull();
    }

    @Test
    void createProspect_managerNamingAnotherActiveKam_isOwnedByThatKam() {
        var input = prospect().name("Rahim Traders").salesPerson(john.userId()).build();

        ProspectView view = service.createProspect(manager, input);

        assertThat(view.salesPersonId()).isEqualTo(john.userId());
        assertThat(fakes.prospects().find(view.id()).orElseThrow().ownerId()).contains(john.userId());
    }

    @Test
    void createProspect_managerNamingNobody_isOwnedByTheManager() {
        var input = prospect().name("Rahim Traders").build();

        ProspectView view = service.createProspect(manager, input);

        assertThat(view.salesPersonId()).isEqualTo(manager.userId());
    }

    @Test
    void createProspect_salesPersonNamingThemselves_isAccepted() {
        var input = prospect().name("Rahim Traders").salesPerson(jane.userId()).build();

        ProspectView view = service.createProspect(jane, input);

        assertThat(view.salesPersonId()).isEqualTo(jane.userId());
    }

    @Test
    void createProspect_salesPersonNamingSomeoneElse_isNotPermittedAndStoresNothing() {
        var input = prospect().name("Rahim Traders").salesPerson(john.userId()).build();

        // when / then
        assertThatThrownBy(() -> service.createProspect(jane, input))
                .isInstanceOf(NotPermittedException.class)
                .satisfies(e -> assertThat(((DomainException) e).refusal()).isEqualTo(Refusal.ASSIGN_TO_SELF_ONLY))
                .extracting(e -> ((NotPermittedException) e).refusal()).isEqualTo(Refusal.ASSIGN_TO_SELF_ONLY);
        assertThat(fakes.prospects().all()).isEmpty();
    }

    @Test
    void createProspect_managerNamingAnUnknownUser_isAFieldErrorOnSalesPerson() {
        var input = prospect().name("Rahim Traders").salesPerson(999L).build();

        // when / then
        assertThatThrownBy(() -> service.createProspect(manager, input))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .isEqualTo(Map.of("salesPerson", List.of(Violation.of(Reason.NO_ACTIVE_USER, 999L)))));
        assertThat(fakes.prospects().all()).isEmpty();
    }

    @Test
    void createProspect_managerNamingAnInactiveUser_isAFieldErrorOnSalesPerson() {
        long retired = fakes.givenInactiveUser("retired");
        var input = prospect().name("Rahim Traders").salesPerson(retired).build();

        // when / then
        assertThatThrownBy(() -> service.createProspect(manager, input))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("salesPerson"));
    }

    @Test
    void createProspect_managerNamingNobody_ownsItThemselves() {
        // given: a prospect must have an owner; the form's empty choice (null or "") means "not chosen"
        var input = prospect().name("Rahim Traders").salesPerson(null).build();

        ProspectView view = service.createProspect(manager, input);

        assertThat(view.salesPersonId()).isEqualTo(manager.userId());
    }

    @Test
    void createProspect_withoutName_isAFieldErrorOnName() {
        var input = prospect().companyName("Rahim Group").build();

        // when / then
        assertThatThrownBy(() -> service.createProspect(jane, input))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .isEqualTo(Map.of("name", List.of(Violation.of(Reason.REQUIRED)))));
        assertThat(fakes.prospects().all()).isEmpty();
    }

    @Test
    void createProspect_blankName_isAFieldErrorOnName() {
        var input = prospect().name("   ").build();

        // when / then
        assertThatThrownBy(() -> service.createProspect(jane, input))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .isEqualTo(Map.of("name", List.of(Violation.of(Reason.BLANK)))));
    }

    @Test
    void createProspect_invalidEmailPhoneAndRevenueWithoutName_reportsEveryFieldAtOnce() {
        var input = prospect().email("not-an-email").phone("12ab").potentialRevenue("-1").build();

        Throwable thrown = catchThrowable(() -> service.createProspect(jane, input));

        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        assertThat(invalid(thrown).fieldErrors()).containsOnlyKeys("name", "email", "phone", "potentialRevenue");
        assertThat(invalid(thrown).fieldErrors().get("email")).containsExactly(Violation.of(Reason.INVALID_EMAIL));
        assertThat(invalid(thrown).fieldErrors().get("phone")).containsExactly(Violation.of(Reason.INVALID_PHONE));
        assertThat(invalid(thrown).fieldErrors().get("potentialRevenue"))
                .containsExactly(Violation.of(Reason.NEGATIVE));
        assertThat(fakes.prospects().all()).isEmpty();
    }

    @Test
    void createProspect_revenueWithThreeDecimals_isAFieldErrorOnPotentialRevenue() {
        var input = prospect().name("Rahim Traders").potentialRevenue("10.005").build();

        // when / then
        assertThatThrownBy(() -> service.createProspect(jane, input))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .isEqualTo(Map.of("potentialRevenue",
                                List.of(Violation.of(Reason.TOO_MANY_DECIMALS, 2)))));
    }

    @Test
    void createProspect_nameTooLong_isAFieldErrorOnName() {
        var input = prospect().name("x".repeat(256)).build();

        // when / then
        assertThatThrownBy(() -> service.createProspect(jane, input))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .isEqualTo(Map.of("name", List.of(Violation.of(Reason.TOO_LONG, 255)))));
    }

    @Test
    void createProspect_followUpYesterdayInDhakaWhileStillTodayInUtc_isRefused() {
        // given: 00:30 on 2 March in Dhaka, still 1 March in UTC
        fakes.clock().set(Instant.parse("2025-03-01T18:30:00Z"));
        var input = prospect().name("Rahim Traders").followUpDate(LocalDate.parse("2025-03-01")).build();

        // when / then
        assertThatThrownBy(() -> service.createProspect(jane, input))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .isEqualTo(Map.of("followUpDate", List.of(Violation.of(Reason.DATE_IN_PAST)))));
        assertThat(fakes.prospects().all()).isEmpty();
    }

    @Test
    void createProspect_followUpTodayInDhaka_isAccepted() {
        fakes.clock().set(Instant.parse("2025-03-01T18:30:00Z"));
        var input = prospect().name("Rahim Traders").followUpDate(LocalDate.parse("2025-03-02")).build();

        ProspectView view = service.createProspect(jane, input);

        assertThat(view.followUpDate()).isEqualTo(LocalDate.parse("2025-03-02"));
    }

    @Test
    void createProspect_statusGiven_isAppliedAndRecordedInTheHistory() {
        var input = prospect().name("Rahim Traders").status("Contacted").build();

        ProspectView view = service.createProspect(jane, input);

        Instant now = fakes.clock().instant();
        assertThat(view.status()).isEqualTo("contacted");
        assertThat(view.statusHistory()).containsExactly(
                new StatusChangeView("new", "contacted", jane.userId(), "jane", now));
        assertThat(fakes.prospects().statusChanges(view.id())).containsExactly(
                new StatusChange(ProspectStatus.NEW, ProspectStatus.CONTACTED, jane.userId(), now));
        assertThat(fakes.prospects().find(view.id()).orElseThrow().status()).isEqualTo(ProspectStatus.CONTACTED);
    }

    @Test
    void createProspect_statusNewGiven_recordsNoHistory() {
        var input = prospect().name("Rahim Traders").status("new").build();

        ProspectView view = service.createProspect(jane, input);

        assertThat(view.status()).isEqualTo("new");
        assertThat(view.statusHistory()).isEmpty();
    }

    @Test
    void createProspect_unknownStatus_isAFieldErrorOnStatus() {
        var input = prospect().name("Rahim Traders").status("won").build();

        // when / then
        assertThatThrownBy(() -> service.createProspect(jane, input))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .isEqualTo(Map.of("status", List.of(Violation.of(Reason.INVALID_CHOICE, "won",
                                List.of("new", "contacted", "qualified", "lost"))))));
    }

    @Test
    void createProspect_byManagerForAKam_recordsTheManagerAsWhoChangedTheStatus() {
        var input = prospect().name("Rahim Traders").salesPerson(john.userId()).status("qualified").build();

        ProspectView view = service.createProspect(manager, input);

        assertThat(view.salesPersonId()).isEqualTo(john.userId());
        assertThat(view.statusHistory()).extracting(StatusChangeView::changedBy, StatusChangeView::changedByUsername)
                .containsExactly(tuple(manager.userId(), "maria"));
    }

    @Test
    void createProspect_success_runsInOneCommittedTransaction() {
        var input = prospect().name("Rahim Traders").status("lost").build();

        service.createProspect(jane, input);

        assertThat(fakes.transactions().committed()).isOne();
        assertThat(fakes.transactions().rolledBack()).isZero();
    }
}
