package io.kamdesk.domain.crm;

import io.kamdesk.domain.shared.ConflictException;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Refusal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A company a KAM hopes to sell to. Owned by the KAM who created it; its status changes are kept as
 * history; once converted it is linked to its customer and stays {@code qualified}.
 */
public final class Prospect {

    private final Long id;
    private final ProspectDetails details;
    private final ProspectStatus status;
    private final Long ownerId;
    private final Long customerId;
    private final Instant createdAt;
    private final Instant updatedAt;

    private Prospect(Long id, ProspectDetails details, ProspectStatus status, Long ownerId, Long customerId,
            Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.details = Objects.requireNonNull(details);
        this.status = Objects.requireNonNull(status);
        this.ownerId = ownerId;
        this.customerId = customerId;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
    }

    /** A new prospect, status {@code new}, owned by {@code ownerId}. */
    public static Prospect create(ProspectDetails details, long ownerId, LocalDate today, Instant now) {
        requireFollowUpNotPast(details.followUpDate(), today);
        return new Prospect(null, details, ProspectStatus.NEW, ownerId, null, now, now);
    }

    public static Prospect restore(long id, ProspectDetails details, ProspectStatus status, Long ownerId,
            Long customerId, Instant createdAt, Instant updatedAt) {
        return new Prospect(id, details, status, ownerId, customerId, createdAt, updatedAt);
    }

    /** New details; a follow-up date that is set or changed may not lie in the past. */
    public Prospect revise(ProspectDetails newDetails, LocalDate today, Instant now) {
        if (!Objects.equals(newDetails.followUpDate(), details.followUpDate())) {
            requireFollowUpNotPast(newDetails.followUpDate(), today);
        }
        return new Prospect(id, newDetails, status, ownerId, customerId, createdAt, now);
    }

    /**
     * Moves the prospect to another status, answering the history entry (empty when unchanged).
     * A converted prospect stays {@code qualified}.
     */
    public Optional<StatusChange> statusChangeTo(ProspectStatus newStatus, long changedBy, Instant now) {
        if (newStatus == status) {
            return Optional.empty();
        }
        if (isConverted()) {
            throw new ConflictException(Refusal.CONVERTED_PROSPECT_STATUS_FIXED);
        }
        return Optional.of(new StatusChange(status, newStatus, changedBy, now));
    }

    public Prospect withStatus(ProspectStatus newStatus, Instant now) {
        return new Prospect(id, details, newStatus, ownerId, customerId, createdAt, now);
    }

    /** Hands the prospect to another KAM (only users who see every record may). */
    public Prospect reassign(long newOwnerId, Instant now) {
        return new Prospect(id, details, status, newOwnerId, customerId, createdAt, now);
    }

    /** Marks the prospect converted into {@code customer}: qualified and linked. */
    public Prospect convertedInto(long convertedCustomerId, Instant now) {
        if (isConverted()) {
            throw new ConflictException(Refusal.PROSPECT_ALREADY_CONVERTED);
        }
        return new Prospect(id, details, ProspectStatus.QUALIFIED, ownerId, convertedCustomerId, createdAt, now);
    }

    private static void requireFollowUpNotPast(LocalDate followUp, LocalDate today) {
        if (followUp != null && followUp.isBefore(today)) {
            throw InvalidInputException.of("followUpDate", Reason.DATE_IN_PAST);
        }
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("the prospect has not been stored yet");
        }
        return id;
    }

    public Prospect withId(long newId) {
        return new Prospect(newId, details, status, ownerId, customerId, createdAt, updatedAt);
    }

    public ProspectDetails details() {
        return details;
    }

    public ProspectStatus status() {
        return status;
    }

    public Optional<Long> ownerId() {
        return Optional.ofNullable(ownerId);
    }

    public Optional<Long> customerId() {
        return Optional.ofNullable(customerId);
    }

    public boolean isConverted() {
        return customerId != null;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
