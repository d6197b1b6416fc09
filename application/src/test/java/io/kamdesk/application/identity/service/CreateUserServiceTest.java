package io.kamdesk.application.identity.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kamdesk.application.identity.port.in.role.RoleRef;
import io.kamdesk.application.identity.port.in.user.CreateUserCommand;
import io.kamdesk.application.identity.port.in.user.CreateUserUseCase;
import io.kamdesk.application.identity.port.in.user.UserView;
import io.kamdesk.application.identity.testing.IdentityFakes.SeededRoles;
import io.kamdesk.application.identity.testing.IdentityFakes;
import io.kamdesk.domain.identity.DataScope;
import io.kamdesk.domain.identity.Role;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.NotPermittedException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Refusal;
import io.kamdesk.domain.shared.Subject;
import io.kamdesk.domain.shared.Violation;
import java.util.Optional;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

class CreateUserServiceTest {

    private static final String STRONG = "Correct-Horse-9";

    private final IdentityFakes fakes = new IdentityFakes();
    private final SeededRoles seeded = fakes.givenSeededRoles();
    private final CreateUserUseCase service = new CreateUserService(fakes.users(), fakes.roles(), fakes.permissions(),
            fakes.hasher(), fakes.transactions(), fakes.clock());

    private final User boss = fakes.givenUser("boss@example.com", STRONG, seeded.superAdmin());
    private final User ada = fakes.givenUser("ada@example.com", STRONG, seeded.admin());

    private static CreateUserCommand newUser(Viewer actor, String email, String username, Optional<RoleRef> role) {
        return new CreateUserCommand(actor, email, username, "Blue-Lantern-42", "Jane", "Doe", role, true);
    }

    private static CreateUserCommand newUser(Viewer actor, Optional<RoleRef> role) {
        return newUser(actor, "jane@example.com", "jane", role);
    }

    private static InvalidInputException invalid(Runnable action) {
        return catchThrowableOfType(InvalidInputException.class, action::run);
    }

    private static NotPermittedException refused(Runnable action) {
        return catchThrowableOfType(NotPermittedException.class, action::run);
    }

    @Test
    void createUser_noRoleGiven_getsSalesPersonAndAnswersTheFullUser() {
        // given: an admin

        UserView created = service.createUser(newUser(fakes.viewerOf(ada), " Jane@Example.com ", "jane",
                Optional.empty()));

        assertThat(created.email()).isEqualTo("jane@example.com");
        assertThat(created.username()).isEqualTo("jane");
        assertThat(created.firstName()).isEqualTo("Jane");
        assertThat(created.lastName()).isEqualTo("Doe");
        assertThat(created.roleId()).isEqualTo(seeded.salesPerson().id());
        assertThat(created.roleName()).isEqualTo("sales_person");
        assertThat(created.active()).isTrue();
        assertThat(created.createdAt()).isEqualTo(fakes.clock().instant());
        assertThat(fakes.users().findById(created.id())).isPresent();
    }

    @Test
    void createUser_anyUser_storesOnlyTheHashOfThePassword() {
        // given: an admin

        UserView created = service.createUser(newUser(fakes.viewerOf(ada), Optional.empty()));

        User stored = fakes.users().findById(created.id()).orElseThrow();
        assertThat(stored.passwordHash()).isNotEqualTo("Blue-Lantern-42");
        assertThat(fakes.hasher().matches("Blue-Lantern-42", stored.passwordHash())).isTrue();
    }

    @Test
    void createUser_roleByName_getsThatRole() {
        // given: the seeded roles

        UserView created = service.createUser(newUser(fakes.viewerOf(ada), Optional.of(RoleRef.byName("Viewer"))));

        assertThat(created.roleId()).isEqualTo(seeded.viewer().id());
        assertThat(created.roleName()).isEqualTo("viewer");
    }

    @Test
    void createUser_roleById_getsThatRole() {
        // given: the seeded roles

        UserView created = service.createUser(newUser(fakes.viewerOf(ada),
                Optional.of(RoleRef.byId(seeded.salesManager().id()))));

        assertThat(created.roleName()).isEqualTo("sales_manager");
    }

    @Test
    void createUser_explicitlyNoRole_createsAUserWithoutRole() {
        // given: an admin

        UserView created = service.createUser(newUser(fakes.viewerOf(ada), Optional.of(RoleRef.NONE)));

        assertThat(created.roleId()).isNull();
        assertThat(created.roleName()).isNull();
    }

    @Test
    void createUser_inactive_isStoredInactive() {
        var command = new CreateUserCommand(fakes.viewerOf(ada), "jane@example.com", "jane", "Blue-Lantern-42", "",
                "", Optional.empty(), false);

        UserView created = service.createUser(command);

        assertThat(created.active()).isFalse();
        assertThat(fakes.users().findById(created.id()).orElseThrow().isActive()).isFalse();
    }

    @Test
    void createUser_emailTakenIgnoringCase_isAFieldErrorAndStoresNothing() {
        int before = fakes.users().all().size();

        InvalidInputException error = invalid(() -> service.createUser(newUser(fakes.viewerOf(ada),
                "ADA@example.com", "someone", Optional.empty())));

        assertThat(error.fieldErrors()).containsOnlyKeys("email");
        assertThat(error.fieldErrors().get("email")).containsExactly(Violation.of(Reason.TAKEN, Subject.USER));
        assertThat(fakes.users().all()).hasSize(before);
    }

    @Test
    void createUser_usernameTakenIgnoringCase_isAFieldError() {
        // given: ada exists with username "ada"

        InvalidInputException error = invalid(() -> service.createUser(newUser(fakes.viewerOf(ada),
                "other@example.com", "ADA", Optional.empty())));

        assertThat(error.fieldErrors()).containsOnlyKeys("username");
        assertThat(error.fieldErrors().get("username")).containsExactly(Violation.of(Reason.TAKEN, Subject.USER));
    }

    @Test
    void createUser_unknownRole_isAFieldErrorOnRole() {
        // given: no role named "auditor"

        InvalidInputException error = invalid(() -> service.createUser(newUser(fakes.viewerOf(ada),
                Optional.of(RoleRef.byName("auditor")))));

        assertThat(error.fieldErrors()).containsOnlyKeys("role");
        assertThat(error.fieldErrors().get("role")).containsExactly(Violation.of(Reason.UNKNOWN_ROLE, "auditor"));
    }

    @Test
    void createUser_unknownRoleId_isAFieldErrorOnRole() {
        // given: no role 99

        InvalidInputException error = invalid(() -> service.createUser(newUser(fakes.viewerOf(ada),
                Optional.of(RoleRef.byId(99)))));

        assertThat(error.fieldErrors()).containsOnlyKeys("role");
    }

    @Test
    void createUser_entirelyNumericPassword_isAFieldErrorNamingTheRule() {
        var command = new CreateUserCommand(fakes.viewerOf(ada), "jane@example.com", "jane", "73920461853", "", "",
                Optional.empty(), true);

        InvalidInputException error = invalid(() -> service.createUser(command));

        assertThat(error.fieldErrors()).containsOnlyKeys("password");
        assertThat(error.fieldErrors().get("password")).containsExactly(Violation.of(Reason.PASSWORD_NUMERIC));
        assertThat(fakes.users().findByEmail(EmailAddress.of("jane@example.com"))).isEmpty();
    }

    @Test
    void createUser_passwordContainingTheUsername_isAFieldErrorNamingTheRule() {
        var command = new CreateUserCommand(fakes.viewerOf(ada), "jane@example.com", "marigold", "Marigold-Blue-7",
                "", "", Optional.empty(), true);

        InvalidInputException error = invalid(() -> service.createUser(command));

        assertThat(error.fieldErrors().get("password")).containsExactly(Violation.of(Reason.PASSWORD_LIKE_USERNAME));
    }

    @Test
    void createUser_passwordContainingTheEmailLocalPart_isAFieldErrorNamingTheRule() {
        var command = new CreateUserCommand(fakes.viewerOf(ada), "marigold@example.com", "jdoe", "Marigold-Blue-7",
                "", "", Optional.empty(), true);

        InvalidInputException error = invalid(() -> service.createUser(command));

        assertThat(error.fieldErrors().get("password"))
                .containsExactly(Violation.of(Reason.PASSWORD_LIKE_EMAIL));
    }

    @Test
    void createUser_commonPassword_isAFieldErrorNamingTheRule() {
        var command = new CreateUserCommand(fakes.viewerOf(ada), "jane@example.com", "jane", "Password123", "", "",
                Optional.empty(), true);

        InvalidInputException error = invalid(() -> service.createUser(command));

        assertThat(error.fieldErrors().get("password")).containsExactly(Violation.of(Reason.PASSWORD_COMMON));
    }

    @Test
    void createUser_missingPassword_isRequired() {
        var command = new CreateUserCommand(fakes.viewerOf(ada), "jane@example.com", "jane", null, "", "",
                Optional.empty(), true);

        InvalidInputException error = invalid(() -> service.createUser(command));

        assertThat(error.fieldErrors().get("password")).containsExactly(Violation.of(Reason.REQUIRED));
    }

    @Test
    void createUser_blankEmailAndUsername_saysRequiredOncePerField() {
        var command = new CreateUserCommand(fakes.viewerOf(ada), "  ", "", "Blue-Lantern-42", "", "",
                Optional.empty(), true);

        InvalidInputException error = invalid(() -> service.createUser(command));

        assertThat(error.fieldErrors().get("email")).containsExactly(Violation.of(Reason.REQUIRED));
        assertThat(error.fieldErrors().get("username")).containsExactly(Violation.of(Reason.REQUIRED));
    }

    @Test
    void createUser_severalBadFields_reportsEveryOneAtOnce() {
        var command = new CreateUserCommand(fakes.viewerOf(ada), "not-an-email", "bad name!", "short", "x".repeat(151),
                "", Optional.of(RoleRef.byName("auditor")), true);

        InvalidInputException error = invalid(() -> service.createUser(command));

        assertThat(error.fieldErrors()).containsOnlyKeys("email", "username", "firstName", "password", "role");
        assertThat(error.fieldErrors().get("email")).containsExactly(Violation.of(Reason.INVALID_EMAIL));
        assertThat(error.reasons("password")).containsExactly(Reason.PASSWORD_TOO_SHORT);
    }

    @Test
    void createUser_adminCreatesASuperAdmin_isRefusedAndStoresNothing() {
        int before = fakes.users().all().size();

        NotPermittedException error = refused(() -> service.createUser(newUser(fakes.viewerOf(ada),
                Optional.of(RoleRef.byName("super_admin")))));

        assertThat(error.refusal()).isEqualTo(Refusal.SUPER_ADMIN_MANAGED_BY_SUPER_ADMIN);
        assertThat(fakes.users().all()).hasSize(before);
    }

    @Test
    void createUser_superAdminCreatesASuperAdmin_isCreated() {
        // given: boss is a super_admin

        UserView created = service.createUser(newUser(fakes.viewerOf(boss), Optional.of(RoleRef.byName("super_admin"))));

        assertThat(created.roleName()).isEqualTo("super_admin");
    }

    @Test
    void createUser_roleWithPermissionsTheActorLacks_isRefusedNamingThem() {
        Role hr = fakes.givenRole(10, "hr", DataScope.ALL, "users:read", "users:create", "customers:read",
                "prospects:read", "bills:read", "dashboard:read");
        User hank = fakes.givenUser("hank@example.com", STRONG, hr);

        NotPermittedException error = refused(() -> service.createUser(newUser(fakes.viewerOf(hank),
                Optional.of(RoleRef.byName("sales_manager")))));

        assertThat(error.refusal()).isEqualTo(Refusal.PERMISSIONS_NOT_HELD);
        assertThat(error.arguments().getFirst()).asInstanceOf(InstanceOfAssertFactories.LIST).contains("bills:delete")
                .doesNotContain("bills:read");
        assertThat(fakes.users().findByEmail(EmailAddress.of("jane@example.com"))).isEmpty();
    }

    @Test
    void createUser_defaultRoleWithPermissionsTheActorLacks_isRefused() {
        Role hr = fakes.givenRole(10, "hr", DataScope.ALL, "users:read", "users:create");
        User hank = fakes.givenUser("hank@example.com", STRONG, hr);

        NotPermittedException error = refused(() -> service.createUser(newUser(fakes.viewerOf(hank), Optional.empty())));

        assertThat(error.refusal()).isEqualTo(Refusal.PERMISSIONS_NOT_HELD);
    }

    @Test
    void createUser_roleWithinTheActorsPermissions_isCreated() {
        Role hr = fakes.givenRole(10, "hr", DataScope.ALL, "users:read", "users:create", "customers:read",
                "prospects:read", "bills:read", "dashboard:read");
        User hank = fakes.givenUser("hank@example.com", STRONG, hr);

        UserView created = service.createUser(newUser(fakes.viewerOf(hank), Optional.of(RoleRef.byName("viewer"))));

        assertThat(created.roleName()).isEqualTo("viewer");
    }
}
