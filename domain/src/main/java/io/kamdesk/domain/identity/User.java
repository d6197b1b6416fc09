package io.kamdesk.domain.identity;

import io.kamdesk.domain.shared.EmailAddress;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A person who logs in. Holds only the password's hash; the policy for the password itself is
 * {@link PasswordPolicy}, applied before hashing.
 */
public final class User {

    private final Long id;
    private final EmailAddress email;
    private final Username username;
    private final String passwordHash;
    private final String firstName;
    private final String lastName;
    private final Long roleId;
    private final boolean active;
    private final Instant createdAt;
    private final Instant updatedAt;

    private User(Long id, EmailAddress email, Username username, String passwordHash, String firstName,
            String lastName, Long roleId, boolean active, Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.email = Objects.requireNonNull(email, "email");
        this.username = Objects.requireNonNull(username, "username");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.firstName = Objects.requireNonNullElse(firstName, "").strip();
        this.lastName = Objects.requireNonNullElse(lastName, "").strip();
        this.roleId = roleId;
        this.active = active;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A new, active user not yet stored; the repository gives it its id. */
    public static User create(EmailAddress email, Username username, String passwordHash, String firstName,
            String lastName, Long roleId, Instant now) {
        return new User(null, email, username, passwordHash, firstName, lastName, roleId, true, now, now);
    }

    /** Rebuilds a stored user; for the persistence adapter only. */
    public static User restore(long id, EmailAddress email, Username username, String passwordHash,
            String firstName, String lastName, Long roleId, boolean active, Instant createdAt, Instant updatedAt) {
        return new User(id, email, username, passwordHash, firstName, lastName, roleId, active, createdAt, updatedAt);
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("the user has not been stored yet");
        }
        return id;
    }

    public boolean isStored() {
        return id != null;
    }

    public EmailAddress email() {
        return email;
    }

    public Username username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public Optional<Long> roleId() {
        return Optional.ofNullable(roleId);
    }

    public boolean isActive() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** Changes the person's details; the e-mail and username stay unique (checked by the caller). */
    public User updateProfile(EmailAddress newEmail, Username newUsername, String newFirstName, String newLastName,
            Instant now) {
        return new User(id, newEmail, newUsername, passwordHash, newFirstName, newLastName, roleId, active, createdAt,
                now);
    }

    /** A new password, already checked against the policy and hashed. */
    public User changePassword(String newPasswordHash, Instant now) {
        return new User(id, email, username, newPasswordHash, firstName, lastName, roleId, active, createdAt, now);
    }

    /** Gives the user a role, or none with {@code null}. */
    public User assignRole(Long newRoleId, Instant now) {
        return new User(id, email, username, passwordHash, firstName, lastName, newRoleId, active, createdAt, now);
    }

    public User activate(Instant now) {
        return active ? this : new User(id, email, username, passwordHash, firstName, lastName, roleId, true,
                createdAt, now);
    }

    public User deactivate(Instant now) {
        return !active ? this : new User(id, email, username, passwordHash, firstName, lastName, roleId, false,
                createdAt, now);
    }

    public boolean hasRole(Long otherRoleId) {
        return java.util.Objects.equals(roleId, otherRoleId);
    }

    public User withId(long newId) {
        return new User(newId, email, username, passwordHash, firstName, lastName, roleId, active, createdAt, updatedAt);
    }
}
