package io.kamdesk.application.crm.service;

import static io.kamdesk.application.crm.testing.CrmInputs.prospect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.application.crm.port.in.ProspectView.StatusChangeView;
import io.kamdesk.application.crm.port.in.ProspectView;
import io.kamdesk.application.crm.port.in.UpdateProspectUseCase;
import io.kamdesk.application.crm.testing.CrmFakes;
import io.kamdesk.domain.crm.Prospect;
import io.kamdesk.domain.crm.ProspectDetails;
import io.kamdesk.domain.crm.ProspectStatus;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.ConflictException;
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

class UpdateProspectServiceTest {

    private final CrmFakes fakes = new CrmFakes();
    private final UpdateProspectUseCase service = new UpdateProspectService(fakes.prospects(), fakes.kams(),
            fakes.transactions(), fakes.calendar());

    private final Viewer jane = fakes.givenSalesPerson("jane");
    private final Viewer john = fakes.givenSalesPerson("john");
    private final Viewer manager = fakes.givenManager("maria");
    private final Instant created = fakes.clock().instant();
    private final Prospect janes = fakes.givenProspect(jane.userId(), new ProspectDetails("Rahim Traders",
            "Rahim Group", EmailAddress.of("rahim@traders.example"), PhoneNumber.of("01712345678"), "Motijheel",
            Money.of("12000"), "Rahim", "referral", LocalDate.parse("2025-03-20"), "wants 100 Mbps"),
            ProspectStatus.NEW);

    {
        fakes.clock().advance(Duration.ofHours(2));
    }

    @Test
    void updateProspect_patchWithNotesOnly_changesOnlyTheNotes() {
        var input = prospect().notes("called, will decide next week").build();

        ProspectView view = service.updateProspect(jane, janes.id(), input, false);

        assertThat(view.notes()).isEqualTo("called, will decide next week");
        assertThat(view.name()).isEqualTo("Rahim Traders");
        assertThat(view.companyName()).isEqualTo("Rahim Group");
        assertThat(view.email()).isEqualTo("rahim@traders.example");
        assertThat(view.phone()).isEqualTo("01712345678");
        assertThat(view.address()).isEqualTo("Motijheel");
        assertThat(view.potentialRevenue()).isEqualTo(Money.of("12000"));
        assertThat(view.contactPerson()).isEqualTo("Rahim");
        assertThat(view.source()).isEqualTo("referral");
        assertThat(view.followUpDate()).isEqualTo(LocalDate.parse("2025-03-20"));
        assertThat(view.status()).isEqualTo("new");
        assertThat(view.salesPersonId()).isEqualTo(jane.userId());
        assertThat(view.createdAt()).isEqualTo(created);
        assertThat(view.updatedAt()).isEqualTo(fakes.clock().instant());
        assertThat(view.statusHistory()).isEmpty();
    }

    @Test
    void updateProspect_patchClearingEmailAndFollowUp_clearsThem() {
        var input = prospect().email(null).followUpDate(null).build();

        ProspectView view = service.updateProspect(jane, janes.id(), input, false);

        assertThat(view.email()).isNull();
        assertThat(view.followUpDate()).isNull();
        assertThat(fakes.prospects().find(janes.id()).orElseThrow().details().email()).isNull();
    }

    @Test
    void updateProspect_anotherKamsProspectUnderScopeOwn_isNotFoundAndChangesNothing() {
        var input = prospect().notes("mine now").build();

        // when / then
        assertThatThrownBy(() -> service.updateProspect(john, janes.id(), input, false))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.subject()).isEqualTo(Subject.PROSPECT));
        assertThat(fakes.prospects().find(janes.id()).orElseThrow()).isEqualTo(janes);
    }

    @Test
    void updateProspect_unknownId_isNotFound() {
        var input = prospect().notes("x").build();

        // when / then
        assertThatThrownBy(() -> service.updateProspect(manager, 999, input, false))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void updateProspect_managerOnAnyonesProspect_isAccepted() {
        var input = prospect().source("trade fair").build();

        ProspectView view = service.updateProspect(manager, janes.id(), input, false);

        assertThat(view.source()).isEqualTo("trade fair");
        assertThat(view.salesPersonId()).isEqualTo(jane.userId());
    }

    @Test
    void updateProspect_putWithoutName_isAFieldErrorOnName() {
        var input = prospect().notes("only notes").build();

        // when / then
        assertThatThrownBy(() -> service.updateProspect(jane, janes.id(), input, true))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .isEqualTo(Map.of("name", List.of(Violation.of(Reason.REQUIRED)))));
        assertThat(fakes.prospects().find(janes.id()).orElseThrow().details().notes()).isEqualTo("wants 100 Mbps");
    }

    @Test
    void updateProspect_putWithName_isAccepted() {
        var input = prospect().name("Rahim Traders Ltd").build();

        ProspectView view = service.updateProspect(jane, janes.id(), input, true);

        assertThat(view.name()).isEqualTo("Rahim Traders Ltd");
    }

    @Test
    void updateProspect_patchWithBlankName_isAFieldErrorOnName() {
        var input = prospect().name(" ").build();

        // when / then
        assertThatThrownBy(() -> service.updateProspect(jane, janes.id(), input, false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .isEqualTo(Map.of("name", List.of(Violation.of(Reason.BLANK)))));
    }

    @Test
    void updateProspect_statusChanged_isRecordedWithWhoWhenFromAndTo() {
        var input = prospect().status("contacted").build();

        ProspectView view = service.updateProspect(jane, janes.id(), input, false);

        assertThat(view.status()).isEqualTo("contacted");
        assertThat(view.statusHistory()).containsExactly(
                new StatusChangeView("new", "contacted", jane.userId(), "jane", fakes.clock().instant()));
        assertThat(fakes.prospects().find(janes.id()).orElseThrow().status()).isEqualTo(ProspectStatus.CONTACTED);
    }

    @Test
    void updateProspect_twoStatusChanges_historyKeepsBothOldestFirst() {
        service.updateProspect(jane, janes.id(), prospect().status("contacted").build(), false);
        Instant first = fakes.clock().instant();
        fakes.clock().advance(Duration.ofDays(1));

        ProspectView view = service.updateProspect(manager, janes.id(), prospect().status("lost").build(), false);

        assertThat(view.statusHistory()).containsExactly(
                new StatusChangeView("new", "contacted", jane.userId(), "jane", first),
                new StatusChangeView("contacted", "lost", manager.userId(), "maria", fakes.clock().instant()));
    }

    @Test
    void updateProspect_sameStatus_recordsNoHistory() {
        var input = prospect().status("NEW").notes("still new").build();

        ProspectView view = service.updateProspect(jane, janes.id(), input, false);

        assertThat(view.status()).isEqualTo("new");
        assertThat(view.statusHistory()).isEmpty();
        assertThat(fakes.prospects().statusChanges(janes.id())).isEmpty();
    }

    @Test
    void updateProspect_unknownStatus_isAFieldErrorOnStatus() {
        var input = prospect().status("won").build();

        // when / then
        assertThatThrownBy(() -> service.updateProspect(jane, janes.id(), input, false))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("status"));
    }

    @Test
    void updateProspect_managerReassigningToAnotherKam_movesTheProspect() {
        var input = prospect().salesPerson(john.userId()).build();

        ProspectView view = service.updateProspect(manager, janes.id(), input, false);

        assertThat(view.salesPersonId()).isEqualTo(john.userId());
        assertThat(fakes.prospects().findVisibleForUpdate(jane, janes.id())).isEmpty();
        assertThat(fakes.prospects().findVisibleForUpdate(john, janes.id())).isPresent();
    }

    @Test
    void updateProspect_salesPersonReassigningToAnotherKam_isNotPermitted() {
        var input = prospect().salesPerson(john.userId()).notes("for john").build();

        // when / then
        assertThatThrownBy(() -> service.updateProspect(jane, janes.id(), input, false))
                .isInstanceOf(NotPermittedException.class)
                .extracting(e -> ((NotPermittedException) e).refusal()).isEqualTo(Refusal.ASSIGN_TO_SELF_ONLY);
        assertThat(fakes.prospects().find(janes.id()).orElseThrow()).isEqualTo(janes);
    }

    @Test
    void updateProspect_salesPersonSendingThemselvesAsOwner_isAccepted() {
        var input = prospect().salesPerson(jane.userId()).notes("still mine").build();

        ProspectView view = service.updateProspect(jane, janes.id(), input, false);

        assertThat(view.salesPersonId()).isEqualTo(jane.userId());
        assertThat(view.notes()).isEqualTo("still mine");
    }

    @Test
    void updateProspect_managerReassigningToAnInactiveUser_isAFieldErrorOnSalesPerson() {
        long retired = fakes.givenInactiveUser("retired");
        var input = prospect().salesPerson(retired).build();

        // when / then
        assertThatThrownBy(() -> service.updateProspect(manager, janes.id(), input, false))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("salesPerson"));
        assertThat(fakes.prospects().find(janes.id()).orElseThrow().ownerId()).contains(jane.userId());
    }

    @Test
    void updateProspect_managerClearingTheOwner_isAFieldErrorOnSalesPerson() {
        var input = prospect().salesPerson(null).build();

        // when / then
        assertThatThrownBy(() -> service.updateProspect(manager, janes.id(), input, false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .isEqualTo(Map.of("salesPerson", List.of(Violation.of(Reason.NULL)))));
    }

    @Test
    void updateProspect_followUpMovedIntoThePast_isRefused() {
        var input = prospect().followUpDate(fakes.today().minusDays(1)).build();

        // when / then
        assertThatThrownBy(() -> service.updateProspect(jane, janes.id(), input, false))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("followUpDate"));
        assertThat(fakes.prospects().find(janes.id()).orElseThrow().details().followUpDate())
                .isEqualTo(LocalDate.parse("2025-03-20"));
    }

    @Test
    void updateProspect_followUpUnchangedButNowPast_acceptsOtherChanges() {
        // given: the follow-up date has passed since it was set
        fakes.clock().advance(Duration.ofDays(30));
        var input = prospect().notes("missed the call").followUpDate(LocalDate.parse("2025-03-20")).build();

        ProspectView view = service.updateProspect(jane, janes.id(), input, false);

        assertThat(view.notes()).isEqualTo("missed the call");
        assertThat(view.followUpDate()).isEqualTo(LocalDate.parse("2025-03-20"));
    }

    @Test
    void updateProspect_convertedProspectToAnotherStatus_isAConflict() {
        Prospect converted = fakes.prospects().save(janes.convertedInto(5, fakes.clock().instant()));
        var input = prospect().status("lost").build();

        // when / then
        assertThatThrownBy(() -> service.updateProspect(jane, converted.id(), input, false))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).refusal()).isEqualTo(Refusal.CONVERTED_PROSPECT_STATUS_FIXED);
        assertThat(fakes.prospects().find(converted.id()).orElseThrow().status()).isEqualTo(ProspectStatus.QUALIFIED);
        assertThat(fakes.prospects().statusChanges(converted.id())).isEmpty();
    }

    @Test
    void updateProspect_convertedProspectOtherFields_areChangedAndItStaysLinked() {
        Prospect converted = fakes.prospects().save(janes.convertedInto(5, fakes.clock().instant()));
        var input = prospect().notes("became a customer").build();

        ProspectView view = service.updateProspect(jane, converted.id(), input, false);

        assertThat(view.notes()).isEqualTo("became a customer");
        assertThat(view.status()).isEqualTo("qualified");
        assertThat(view.customerId()).isEqualTo(5L);
    }

    @Test
    void updateProspect_invalidEmailAndPhone_reportsBothAndChangesNothing() {
        var input = prospect().email("nope").phone("12").build();

        // when / then
        assertThatThrownBy(() -> service.updateProspect(jane, janes.id(), input, false))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("email", "phone"));
        assertThat(fakes.prospects().find(janes.id()).orElseThrow()).isEqualTo(janes);
    }
}
