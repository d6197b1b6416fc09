package io.kamdesk.application.identity.service;

import io.kamdesk.application.identity.port.in.user.CreateFirstSuperAdminCommand;
import io.kamdesk.application.identity.port.in.user.CreateFirstSuperAdminUseCase;
import io.kamdesk.application.identity.port.in.user.FirstSuperAdmin;
import io.kamdesk.application.identity.port.out.PasswordHasher;
import io.kamdesk.application.identity.port.out.RoleRepository;
import io.kamdesk.application.identity.port.out.UserRepository;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.domain.identity.PasswordPolicy;
import io.kamdesk.domain.identity.Role;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Username;
import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.InvalidValueException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;

/**
 * Creates the first super_admin when the database holds no user at all. A configured password must
 * meet the password policy like any other; without one a random password is generated.
 */
public final class CreateFirstSuperAdminService implements CreateFirstSuperAdminUseCase {

    static final String DEFAULT_EMAIL = "admin@kamdesk.local";
    private static final String GENERATED_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int GENERATED_LENGTH = 20;

    private final UserRepository users;
    private final RoleRepository roles;
    private final PasswordHasher hasher;
    private final Transactions transactions;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public CreateFirstSuperAdminService(UserRepository users, RoleRepository roles, PasswordHasher hasher,
            Transactions transactions, Clock clock) {
        this.users = users;
        this.roles = roles;
        this.hasher = hasher;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Optional<FirstSuperAdmin> createIfNoUserExists(CreateFirstSuperAdminCommand command) {
        // Settings are checked only when they are used: a value left in the environment after the first
        // start must not stop later ones.
        return transactions.inTransaction(() -> {
            users.lockFirstUserCreation();
            if (users.anyExists()) {
                return Optional.empty();
            }
            EmailAddress email = configuredEmail(command);
            Username username = usernameOf(email);
            boolean generated = command.password().isEmpty();
            String password = command.password().orElseGet(() -> generatePassword(username, email));
            checkPolicy(password, username, email);
            Role superAdmin = roles.findByName(Role.SUPER_ADMIN)
                    .orElseThrow(() -> new IllegalStateException("the super_admin role is missing from the schema"));
            User admin = users.insert(User.create(email, username, hasher.hash(password), "", "", superAdmin.id(),
                    clock.instant()));
            return Optional.of(new FirstSuperAdmin(admin.email().value(), admin.username().value(),
                    generated ? Optional.of(password) : Optional.empty()));
        });
    }

    private static EmailAddress configuredEmail(CreateFirstSuperAdminCommand command) {
        String raw = command.email().orElse(DEFAULT_EMAIL);
        try {
            return EmailAddress.of(raw);
        } catch (InvalidValueException e) {
            throw InvalidInputException.of("email", e.violations());
        }
    }

    private static Username usernameOf(EmailAddress email) {
        try {
            return Username.of(email.localPart());
        } catch (InvalidValueException e) {
            throw InvalidInputException.of("email", e.violations());
        }
    }

    private static void checkPolicy(String password, Username username, EmailAddress email) {
        var problems = PasswordPolicy.standard().violations(password, username, email);
        if (!problems.isEmpty()) {
            throw InvalidInputException.of("password", problems);
        }
    }

    /** A random password that meets the policy: a random one may by chance contain the username. */
    private String generatePassword(Username username, EmailAddress email) {
        String password;
        do {
            password = randomPassword();
        } while (!PasswordPolicy.standard().violations(password, username, email).isEmpty());
        return password;
    }

    private String randomPassword() {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(GENERATED_ALPHABET.charAt(random.nextInt(GENERATED_ALPHABET.length())));
        }
        return password.toString();
    }
}
