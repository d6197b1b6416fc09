package io.kamdesk.bootstrap.identity;

import io.kamdesk.adapter.in.rest.security.Argon2PasswordHasher;
import io.kamdesk.application.identity.port.out.LoginFailures;
import io.kamdesk.application.identity.port.out.MenuRepository;
import io.kamdesk.application.identity.port.out.PasswordHasher;
import io.kamdesk.application.identity.port.out.PermissionCatalog;
import io.kamdesk.application.identity.port.out.RoleRepository;
import io.kamdesk.application.identity.port.out.SecurityAuditLog;
import io.kamdesk.application.identity.port.out.SecurityEvents;
import io.kamdesk.application.identity.port.out.SessionRepository;
import io.kamdesk.application.identity.port.out.UserRepository;
import io.kamdesk.application.identity.port.out.ViewerLookup;
import io.kamdesk.application.identity.service.AssignRoleService;
import io.kamdesk.application.identity.service.ChangeOwnPasswordService;
import io.kamdesk.application.identity.service.CreateFirstSuperAdminService;
import io.kamdesk.application.identity.service.CreateRoleService;
import io.kamdesk.application.identity.service.CreateUserService;
import io.kamdesk.application.identity.service.CurrentUserQueryService;
import io.kamdesk.application.identity.service.DeleteRoleService;
import io.kamdesk.application.identity.service.DeleteUserService;
import io.kamdesk.application.identity.service.FindViewerService;
import io.kamdesk.application.identity.service.LogInService;
import io.kamdesk.application.identity.service.LogOutService;
import io.kamdesk.application.identity.service.MenuQueryService;
import io.kamdesk.application.identity.service.PurgeSecurityRecordsService;
import io.kamdesk.application.identity.service.RefreshSessionService;
import io.kamdesk.application.identity.service.RoleQueryService;
import io.kamdesk.application.identity.service.SecurityState;
import io.kamdesk.application.identity.service.SessionRevoker;
import io.kamdesk.application.identity.service.SessionSettings;
import io.kamdesk.application.identity.service.SessionsService;
import io.kamdesk.application.identity.service.UpdateRoleService;
import io.kamdesk.application.identity.service.UpdateUserService;
import io.kamdesk.application.identity.service.UserQueryService;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.bootstrap.shared.KamDeskProperties;
import io.kamdesk.domain.identity.LoginThrottlePolicy;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The identity area's use cases, built from its out-ports. */
@Configuration(proxyBeanMethods = false)
class IdentityWiring {

    @Bean
    SessionSettings sessionSettings(KamDeskProperties properties) {
        var security = properties.security();
        return new SessionSettings(security.accessTokenLifetime(), security.refreshTokenLifetime());
    }

    @Bean
    LoginThrottlePolicy loginThrottlePolicy(KamDeskProperties properties) {
        var throttle = properties.security().loginThrottle();
        return new LoginThrottlePolicy(throttle.accountMaxFailures(), throttle.accountWindow(),
                throttle.addressMaxFailures(), throttle.addressWindow());
    }

    @Bean
    PasswordHasher passwordHasher() {
        return new Argon2PasswordHasher();
    }

    @Bean
    FindViewerService findViewerService(ViewerLookup viewers) {
        return new FindViewerService(viewers);
    }

    @Bean
    SecurityState securityState(SecurityEvents events, ViewerLookup viewers, SessionRepository sessions,
            SessionSettings settings) {
        return new SecurityState(events, viewers, sessions, settings);
    }

    @Bean
    SessionRevoker sessionRevoker(SessionRepository sessions, SecurityEvents events, SecurityState state,
            SecurityAuditLog audit, Transactions transactions, Clock clock) {
        return new SessionRevoker(sessions, events, state, audit, transactions, clock);
    }

    @Bean
    LogInService logInService(UserRepository users, SessionRepository sessions, LoginFailures failures,
            PasswordHasher hasher, SecurityAuditLog audit, Transactions transactions, LoginThrottlePolicy throttle,
            SessionSettings settings, Clock clock) {
        return new LogInService(users, sessions, failures, hasher, audit, transactions, throttle, settings, clock);
    }

    @Bean
    RefreshSessionService refreshSessionService(SessionRepository sessions, UserRepository users,
            SessionRevoker revoker, SecurityAuditLog audit, Transactions transactions, SessionSettings settings,
            Clock clock) {
        return new RefreshSessionService(sessions, users, revoker, audit, transactions, settings, clock);
    }

    @Bean
    LogOutService logOutService(SessionRevoker revoker) {
        return new LogOutService(revoker);
    }

    @Bean
    SessionsService sessionsService(SessionRepository sessions, SessionRevoker revoker, Clock clock) {
        return new SessionsService(sessions, revoker, clock);
    }

    @Bean
    CurrentUserQueryService currentUserQueryService(UserRepository users) {
        return new CurrentUserQueryService(users);
    }

    @Bean
    CreateFirstSuperAdminService createFirstSuperAdminService(UserRepository users, RoleRepository roles,
            PasswordHasher hasher, Transactions transactions, Clock clock) {
        return new CreateFirstSuperAdminService(users, roles, hasher, transactions, clock);
    }

    @Bean
    CreateUserService createUserService(UserRepository users, RoleRepository roles, PermissionCatalog permissions,
            PasswordHasher hasher, Transactions transactions, Clock clock) {
        return new CreateUserService(users, roles, permissions, hasher, transactions, clock);
    }

    @Bean
    UpdateUserService updateUserService(UserRepository users, RoleRepository roles, PermissionCatalog permissions,
            PasswordHasher hasher, SessionRevoker revoker, Transactions transactions, Clock clock) {
        return new UpdateUserService(users, roles, permissions, hasher, revoker, transactions, clock);
    }

    @Bean
    DeleteUserService deleteUserService(UserRepository users, RoleRepository roles, PermissionCatalog permissions,
            SessionRevoker revoker, Transactions transactions) {
        return new DeleteUserService(users, roles, permissions, revoker, transactions);
    }

    @Bean
    AssignRoleService assignRoleService(UserRepository users, RoleRepository roles, PermissionCatalog permissions,
            SessionRevoker revoker, Transactions transactions, Clock clock) {
        return new AssignRoleService(users, roles, permissions, revoker, transactions, clock);
    }

    @Bean
    ChangeOwnPasswordService changeOwnPasswordService(UserRepository users, PasswordHasher hasher,
            SessionRevoker revoker, Transactions transactions, Clock clock) {
        return new ChangeOwnPasswordService(users, hasher, revoker, transactions, clock);
    }

    @Bean
    UserQueryService userQueryService(UserRepository users, RoleRepository roles) {
        return new UserQueryService(users, roles);
    }

    @Bean
    RoleQueryService roleQueryService(RoleRepository roles, PermissionCatalog permissions) {
        return new RoleQueryService(roles, permissions);
    }

    @Bean
    CreateRoleService createRoleService(RoleRepository roles, PermissionCatalog permissions,
            Transactions transactions, Clock clock) {
        return new CreateRoleService(roles, permissions, transactions, clock);
    }

    @Bean
    UpdateRoleService updateRoleService(RoleRepository roles, UserRepository users, PermissionCatalog permissions,
            SessionRevoker revoker, Transactions transactions, Clock clock) {
        return new UpdateRoleService(roles, users, permissions, revoker, transactions, clock);
    }

    @Bean
    DeleteRoleService deleteRoleService(RoleRepository roles, PermissionCatalog permissions, UserRepository users,
            SessionRevoker revoker, Transactions transactions) {
        return new DeleteRoleService(roles, permissions, users, revoker, transactions);
    }

    @Bean
    MenuQueryService menuQueryService(MenuRepository menu) {
        return new MenuQueryService(menu);
    }

    @Bean
    PurgeSecurityRecordsService purgeSecurityRecordsService(LoginFailures failures, SessionRepository sessions,
            SecurityEvents events, LoginThrottlePolicy throttle, SessionSettings settings, Clock clock) {
        return new PurgeSecurityRecordsService(failures, sessions, events, throttle, settings, clock);
    }
}
