package io.kamdesk.domain.crm;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A company the reseller bills every month. Its KAM is the assigned sales person. Leaving
 * {@code Active} records the leaving date; coming back clears it (the joining date stays).
 */
public final class Customer {

    private final long id;
    private final String customerNumber;
    private final CustomerDetails details;
    private final Long kamId;
    private final CustomerStatus status;
    private final LocalDate joinedOn;
    private final LocalDate leftOn;
    private final Instant createdAt;
    private final Instant updatedAt;

    private Customer(long id, String customerNumber, CustomerDetails details, Long kamId, CustomerStatus status,
            LocalDate joinedOn, LocalDate leftOn, Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.customerNumber = Objects.requireNonNull(customerNumber);
        this.details = Objects.requireNonNull(details);
        this.kamId = kamId;
        this.status = Objects.requireNonNull(status);
        this.joinedOn = Objects.requireNonNull(joinedOn);
        this.leftOn = leftOn;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
    }

    /**
     * A new customer with the id reserved for it. It starts {@code Active}, or in {@code status}
     * when given; joining today unless {@code joinedOn} says otherwise.
     */
    public static Customer create(long id, String numberPrefix, CustomerDetails details, Long kamId,
            CustomerStatus status, LocalDate joinedOn, LocalDate today, Instant now) {
        CustomerStatus initial = status == null ? CustomerStatus.ACTIVE : status;
        LocalDate joined = joinedOn == null ? today : joinedOn;
        LocalDate left = initial == CustomerStatus.ACTIVE ? null : today;
        return new Customer(id, CustomerNumber.of(numberPrefix, details.name(), id), details, kamId, initial, joined,
                left, now, now);
    }

    public static Customer restore(long id, String customerNumber, CustomerDetails details, Long kamId,
            CustomerStatus status, LocalDate joinedOn, LocalDate leftOn, Instant createdAt, Instant updatedAt) {
        return new Customer(id, customerNumber, details, kamId, status, joinedOn, leftOn, createdAt, updatedAt);
    }

    public Customer revise(CustomerDetails newDetails, Instant now) {
        return new Customer(id, customerNumber, newDetails, kamId, status, joinedOn, leftOn, createdAt, now);
    }

    /** A new status; leaving Active sets the leaving date to today, returning clears it. */
    public Customer changeStatus(CustomerStatus newStatus, LocalDate today, Instant now) {
        if (newStatus == status) {
            return this;
        }
        LocalDate left = newStatus == CustomerStatus.ACTIVE ? null : status == CustomerStatus.ACTIVE ? today : leftOn;
        return new Customer(id, customerNumber, details, kamId, newStatus, joinedOn, left, createdAt, now);
    }

    /** A new KAM, or none. */
    public Customer assignKam(Long newKamId, Instant now) {
        return new Customer(id, customerNumber, details, newKamId, status, joinedOn, leftOn, createdAt, now);
    }

    public Customer rejoinDate(LocalDate newJoinedOn, Instant now) {
        return new Customer(id, customerNumber, details, kamId, status, newJoinedOn, leftOn, createdAt, now);
    }

    /** The same customer with the same details, KAM, status and dates, whenever either was written. */
    public boolean sameContentAs(Customer other) {
        return id == other.id && customerNumber.equals(other.customerNumber) && details.equals(other.details)
                && Objects.equals(kamId, other.kamId) && status == other.status && joinedOn.equals(other.joinedOn)
                && Objects.equals(leftOn, other.leftOn);
    }

    public long id() {
        return id;
    }

    public String customerNumber() {
        return customerNumber;
    }

    public CustomerDetails details() {
        return details;
    }

    public Optional<Long> kamId() {
        return Optional.ofNullable(kamId);
    }

    public CustomerStatus status() {
        return status;
    }

    public LocalDate joinedOn() {
        return joinedOn;
    }

    public Optional<LocalDate> leftOn() {
        return Optional.ofNullable(leftOn);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
