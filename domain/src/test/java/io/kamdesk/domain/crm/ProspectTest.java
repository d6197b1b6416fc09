package io.kamdesk.domain.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.domain.shared.ConflictException;
import io.kamdesk.domain.shared.DomainException;
import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.PhoneNumber;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Refusal;
import io.kamdesk.domain.shared.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProspectTest {

    private static final LocalDate TODAY = LocalDate.parse("2025-03-10");
    private static final Instant NOW = Instant.parse("2025-03-10T04:00:00Z");
    private static final Instant LATER = Instant.parse("2025-03-12T04:00:00Z");
    private static final long OWNER = 3;
    private static final long MANAGER = 1;

    private static ProspectDetails details(LocalDate followUp) {
        return new ProspectDetails("Rahim Traders", "Rahim Group", EmailAddress.of("rahim@traders.example"),
                PhoneNumber.of("+8801712345678"), "Motijheel", Money.of("12000"), "Rahim", "referral", followUp,
                "wants 100 Mbps");
    }

    private static Prospect stored(ProspectStatus status, LocalDate followUp) {
        return Prospect.restore(7, details(followUp), status, OWNER, null, NOW, NOW);
    }

    @Test
    void create_details_isNewOwnedAndNotConverted() {
        ProspectDetails details = details(TODAY.plusDays(3));

        Prospect prospect = Prospect.create(details, OWNER, TODAY, NOW);

        assertThat(prospect.status()).isEqualTo(ProspectStatus.NEW);
        assertThat(prospect.ownerId()).contains(OWNER);
        assertThat(prospect.isConverted()).isFalse();
        assertThat(prospect.customerId()).isEmpty();
        assertThat(prospect.details()).isEqualTo(details);
        assertThat(prospect.createdAt()).isEqualTo(NOW);
        assertThat(prospect.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void create_followUpToday_isAccepted() {
        ProspectDetails details = details(TODAY);

        Prospect prospect = Prospect.create(details, OWNER, TODAY, NOW);

        assertThat(prospect.details().followUpDate()).isEqualTo(TODAY);
    }

    @Test
    void create_followUpYesterday_isRefusedOnTheField() {
        ProspectDetails details = details(TODAY.minusDays(1));

        // when / then
        assertThatThrownBy(() -> Prospect.create(details, OWNER, TODAY, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .isEqualTo(Map.of("followUpDate", List.of(Violation.of(Reason.DATE_IN_PAST)))));
    }

    @Test
    void id_notStoredYet_isRefused() {
        Prospect prospect = Prospect.create(details(null), OWNER, TODAY, NOW);

        // when / then
        assertThatThrownBy(prospect::id).isInstanceOf(IllegalStateException.class);
        assertThat(prospect.withId(5).id()).isEqualTo(5);
    }

    @Test
    void revise_followUpMovedIntoThePast_isRefused() {
        Prospect prospect = stored(ProspectStatus.NEW, TODAY.plusDays(2));

        // when / then
        assertThatThrownBy(() -> prospect.revise(details(TODAY.minusDays(1)), TODAY, LATER))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("followUpDate"));
    }

    @Test
    void revise_followUpUnchangedAlthoughNowPast_isAccepted() {
        LocalDate lastWeek = TODAY.minusDays(7);
        Prospect prospect = stored(ProspectStatus.CONTACTED, lastWeek);
        ProspectDetails sameFollowUp = new ProspectDetails("Rahim Traders Ltd", "", null, null, "", null, "", "",
                lastWeek, "called again");

        Prospect revised = prospect.revise(sameFollowUp, TODAY, LATER);

        assertThat(revised.details()).isEqualTo(sameFollowUp);
        assertThat(revised.updatedAt()).isEqualTo(LATER);
        assertThat(revised.status()).isEqualTo(ProspectStatus.CONTACTED);
    }

    @Test
    void revise_pastFollowUpCleared_isAccepted() {
        Prospect prospect = stored(ProspectStatus.NEW, TODAY.minusDays(7));

        Prospect revised = prospect.revise(details(null), TODAY, LATER);

        assertThat(revised.details().followUpDate()).isNull();
    }

    @Test
    void statusChangeTo_anotherStatus_answersTheHistoryEntry() {
        Prospect prospect = stored(ProspectStatus.NEW, null);

        Optional<StatusChange> change = prospect.statusChangeTo(ProspectStatus.CONTACTED, MANAGER, LATER);

        assertThat(change).contains(new StatusChange(ProspectStatus.NEW, ProspectStatus.CONTACTED, MANAGER, LATER));
        assertThat(prospect.status()).isEqualTo(ProspectStatus.NEW);
    }

    @ParameterizedTest
    @EnumSource(ProspectStatus.class)
    void statusChangeTo_sameStatus_answersNothing(ProspectStatus status) {
        Prospect prospect = stored(status, null);

        Optional<StatusChange> change = prospect.statusChangeTo(status, OWNER, LATER);

        assertThat(change).isEmpty();
    }

    @Test
    void withStatus_newStatus_isApplied() {
        Prospect prospect = stored(ProspectStatus.NEW, null);

        Prospect lost = prospect.withStatus(ProspectStatus.LOST, LATER);

        assertThat(lost.status()).isEqualTo(ProspectStatus.LOST);
        assertThat(lost.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void convertedInto_customer_isQualifiedAndLinked() {
        Prospect prospect = stored(ProspectStatus.CONTACTED, null);

        Prospect converted = prospect.convertedInto(17, LATER);

        assertThat(converted.status()).isEqualTo(ProspectStatus.QUALIFIED);
        assertThat(converted.customerId()).contains(17L);
        assertThat(converted.isConverted()).isTrue();
        assertThat(converted.ownerId()).contains(OWNER);
        assertThat(converted.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void convertedInto_alreadyConverted_isAConflict() {
        Prospect converted = stored(ProspectStatus.NEW, null).convertedInto(17, LATER);

        // when / then
        assertThatThrownBy(() -> converted.convertedInto(18, LATER))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).refusal()).isEqualTo(Refusal.PROSPECT_ALREADY_CONVERTED);
    }

    @ParameterizedTest
    @EnumSource(value = ProspectStatus.class, names = {"NEW", "CONTACTED", "LOST"})
    void statusChangeTo_convertedProspectToAnotherStatus_isAConflict(ProspectStatus status) {
        Prospect converted = stored(ProspectStatus.NEW, null).convertedInto(17, LATER);

        // when / then
        assertThatThrownBy(() -> converted.statusChangeTo(status, MANAGER, LATER))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((DomainException) e).refusal()).isEqualTo(Refusal.CONVERTED_PROSPECT_STATUS_FIXED))
                .extracting(e -> ((ConflictException) e).refusal()).isEqualTo(Refusal.CONVERTED_PROSPECT_STATUS_FIXED);
    }

    @Test
    void statusChangeTo_convertedProspectStayingQualified_answersNothing() {
        Prospect converted = stored(ProspectStatus.NEW, null).convertedInto(17, LATER);

        Optional<StatusChange> change = converted.statusChangeTo(ProspectStatus.QUALIFIED, MANAGER, LATER);

        assertThat(change).isEmpty();
    }

    @Test
    void reassign_anotherKam_changesOnlyTheOwner() {
        Prospect prospect = stored(ProspectStatus.CONTACTED, null);

        Prospect reassigned = prospect.reassign(9, LATER);

        assertThat(reassigned.ownerId()).contains(9L);
        assertThat(reassigned.status()).isEqualTo(ProspectStatus.CONTACTED);
        assertThat(reassigned.details()).isEqualTo(prospect.details());
        assertThat(reassigned.id()).isEqualTo(7);
        assertThat(reassigned.updatedAt()).isEqualTo(LATER);
    }
}
