package io.kamdesk.application.identity.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.application.identity.port.in.user.CreateFirstSuperAdminCommand;
import io.kamdesk.application.identity.port.in.user.CreateFirstSuperAdminUseCase;
import io.kamdesk.application.identity.port.in.user.FirstSuperAdmin;
import io.kamdesk.application.identity.testing.IdentityFakes;
import io.kamdesk.domain.identity.PasswordPolicy;
import io.kamdesk.domain.identity.Role;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Username;
import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Violation;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CreateFirstSuperAdminServiceTest {

    private static final String STRONG = "Correct-Horse-9";

    private final IdentityFakes fakes = new IdentityFakes();
    private final CreateFirstSuperAdminUseCase service = new CreateFirstSuperAdminService(fakes.users(),
            fakes.roles(), fakes.hasher(), fakes.transactions(), fakes.clock());
    private final Role superAdmin = fakes.givenSuperAdminRole();

    private static CreateFirstSuperAdminCommand configured(String email, String password) {
        return new CreateFirstSuperAdminCommand(Optional.ofNullable(email), Optional.ofNullable(password));
    }

    @Test
    void createIfNoUserExists_emptyDatabase_createsTheConfiguredSuperAdmin() {
        // given: no user yet

        Optional<FirstSuperAdmin> created = service.createIfNoUserExists(configured(" Boss@Example.com ", STRONG));

        assertThat(created).contains(new FirstSuperAdmin("boss@example.com", "boss", Optional.empty()));
        assertThat(fakes.users().all()).singleElement().satisfies(user -> {
            assertThat(user.email()).isEqualTo(EmailAddress.of("boss@example.com"));
            assertThat(user.username()).isEqualTo(Username.of("boss"));
            assertThat(user.roleId()).contains(superAdmin.id());
            assertThat(user.isActive()).isTrue();
            assertThat(user.createdAt()).isEqualTo(fakes.clock().instant());
            assertThat(fakes.hasher().matches(STRONG, user.passwordHash())).isTrue();
        });
        assertThat(fakes.users().firstUserLocks()).isEqualTo(1);
    }

    @Test
    void createIfNoUserExists_noEmailConfigured_usesTheDefaultAdminAddress() {
        // given: only a password is configured

        Optional<FirstSuperAdmin> created = service.createIfNoUserExists(configured(null, STRONG));

        assertThat(created).map(FirstSuperAdmin::email).contains("admin@kamdesk.local");
        assertThat(created).map(FirstSuperAdmin::username).contains("admin");
    }

    @Test
    void createIfNoUserExists_blankSettings_areTreatedAsAbsent() {
        // given: settings present but empty, as an unset environment variable may arrive

        Optional<FirstSuperAdmin> created = service.createIfNoUserExists(configured("  ", ""));

        assertThat(created).map(FirstSuperAdmin::email).contains("admin@kamdesk.local");
        assertThat(created.orElseThrow().generatedPassword()).isPresent();
    }

    @Test
    void createIfNoUserExists_noPasswordConfigured_generatesOneThatMeetsThePolicyAndReturnsIt() {
        // given: only an e-mail is configured

        FirstSuperAdmin created = service.createIfNoUserExists(configured("boss@example.com", null)).orElseThrow();

        String generated = created.generatedPassword().orElseThrow();
        assertThat(generated).hasSize(20);
        assertThat(PasswordPolicy.standard().violations(generated, Username.of("boss"),
                EmailAddress.of("boss@example.com"))).isEmpty();
        User stored = fakes.users().all().getFirst();
        assertThat(fakes.hasher().matches(generated, stored.passwordHash())).isTrue();
        assertThat(created.toString()).doesNotContain(generated);
    }

    @Test
    void createIfNoUserExists_generatedPasswords_differEachTime() {
        var first = new IdentityFakes();
        var second = new IdentityFakes();
        first.givenSuperAdminRole();
        second.givenSuperAdminRole();

        String one = new CreateFirstSuperAdminService(first.users(), first.roles(), first.hasher(),
                first.transactions(), first.clock()).createIfNoUserExists(configured(null, null)).orElseThrow()
                .generatedPassword().orElseThrow();
        String two = new CreateFirstSuperAdminService(second.users(), second.roles(), second.hasher(),
                second.transactions(), second.clock()).createIfNoUserExists(configured(null, null)).orElseThrow()
                .generatedPassword().orElseThrow();

        assertThat(one).isNotEqualTo(two);
    }

    @Test
    void createIfNoUserExists_shortLocalPart_generatedPasswordNeverContainsIt() {
        // given: a three-letter local part, which a random password of 20 characters contains now
        // and then (about once in 1,300 draws); the policy refuses such a password
        int runs = 10_000;

        for (int run = 0; run < runs; run++) {
            var world = new IdentityFakes();
            world.givenSuperAdminRole();
            var create = new CreateFirstSuperAdminService(world.users(), world.roles(), world.hasher(),
                    world.transactions(), world.clock());

            FirstSuperAdmin created = create.createIfNoUserExists(configured("abc@example.com", null)).orElseThrow();

            assertThat(created.generatedPassword().orElseThrow().toLowerCase(Locale.ROOT)).doesNotContain("abc");
        }
    }

    @Test
    void createIfNoUserExists_aUserAlreadyExists_createsNothing() {
        fakes.givenUser("someone@example.com", STRONG);

        Optional<FirstSuperAdmin> created = service.createIfNoUserExists(configured("boss@example.com", STRONG));

        assertThat(created).isEmpty();
        assertThat(fakes.users().all()).extracting(user -> user.email().value())
                .containsExactly("someone@example.com");
    }

    @Test
    void createIfNoUserExists_calledTwice_createsOnlyOnce() {
        service.createIfNoUserExists(configured("boss@example.com", STRONG));

        Optional<FirstSuperAdmin> second = service.createIfNoUserExists(configured("other@example.com", STRONG));

        assertThat(second).isEmpty();
        assertThat(fakes.users().all()).hasSize(1);
    }

    @Test
    void createIfNoUserExists_weakConfiguredPassword_isRefusedNamingTheProblem() {
        // given: a well-known password in the settings

        // when / then
        assertThatThrownBy(() -> service.createIfNoUserExists(configured("boss@example.com", "password1")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .isEqualTo(Map.of("password", List.of(Violation.of(Reason.PASSWORD_COMMON)))))
                .hasMessageNotContaining("password1");
        assertThat(fakes.users().all()).isEmpty();
    }

    @Test
    void createIfNoUserExists_configuredPasswordContainingTheLocalPart_isRefused() {
        // given: a password built on the admin's name

        // when / then
        assertThatThrownBy(() -> service.createIfNoUserExists(configured("boss@example.com", "The-Boss-2025!")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.reasons("password")).containsExactly(Reason.PASSWORD_LIKE_USERNAME));
        assertThat(fakes.users().all()).isEmpty();
    }

    @Test
    void createIfNoUserExists_shortConfiguredPassword_isRefused() {
        // given: a seven-character password

        // when / then
        assertThatThrownBy(() -> service.createIfNoUserExists(configured("boss@example.com", "Ab3$efg")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.reasons("password")).containsExactly(Reason.PASSWORD_TOO_SHORT));
    }

    @Test
    void createIfNoUserExists_invalidConfiguredEmail_isRefusedNamingTheSetting() {
        // given: an e-mail without a domain

        // when / then
        assertThatThrownBy(() -> service.createIfNoUserExists(configured("boss@localhost", STRONG)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.reasons("email")).containsExactly(Reason.INVALID_EMAIL));
        assertThat(fakes.users().all()).isEmpty();
    }

    @Test
    void createIfNoUserExists_localPartThatCannotBeAUsername_isRefusedNamingTheSetting() {
        // given: a valid e-mail whose local part has characters a username may not have

        // when / then
        assertThatThrownBy(() -> service.createIfNoUserExists(configured("o'brien@example.com", STRONG)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.reasons("email")).containsExactly(Reason.INVALID_USERNAME));
        assertThat(fakes.users().all()).isEmpty();
    }

    @Test
    void createIfNoUserExists_superAdminRoleMissing_failsAndCreatesNothing() {
        var bare = new IdentityFakes();
        var create = new CreateFirstSuperAdminService(bare.users(), bare.roles(), bare.hasher(), bare.transactions(),
                bare.clock());

        // when / then
        assertThatThrownBy(() -> create.createIfNoUserExists(configured("boss@example.com", STRONG)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("super_admin");
        assertThat(bare.users().all()).isEmpty();
        assertThat(bare.transactions().rolledBack()).isEqualTo(1);
    }
}
