package io.kamdesk.bootstrap.identity;

import io.kamdesk.adapter.in.rest.security.Argon2PasswordHasher;
import io.kamdesk.application.identity.port.out.LoginFailures;
import io.kamdesk.application.identity.port.out.PasswordHasher;
import io.kamdesk.application.identity.port.out.RoleRepository;
import io.kamdesk.application.identity.port.out.SecurityAuditLog;
import io.kamdesk.application.identity.port.out.SecurityEvents;
import io.kamdesk.application.identity.port.out.SessionRepository;
import io.kamdesk.application.identity.port.out.UserRepository;
import io.kamdesk.application.identity.port.out.ViewerLookup;
import io.kamdesk.application.identity.service.CreateFirstSuperAdminService;
import io.kamdesk.application.identity.service.CurrentUserQueryService;
import io.kamdesk.application.identity.service.LogInService;
import io.kamdesk.application.identity.service.LogOutService;
import io.kamdesk.application.identity.service.PurgeSecurityRecordsService;
import io.kamdesk.application.identity.service.RefreshSessionService;
import io.kamdesk.application.identity.service.SecurityState;
import io.kamdesk.application.identity.service.SessionRevoker;
import io.kamdesk.application.identity.service.SessionSettings;
import io.kamdesk.application.identity.service.SessionsService;
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
    SecurityState securityState(SecurityEvents events, ViewerLookup viewers, SessionSettings settings) {
        return new SecurityState(events, viewers, settings);
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
    CurrentUserQueryService currentUserQueryService(UserRepository users, RoleRepository roles) {
        return new CurrentUserQueryService(users, roles);
    }

    @Bean
    CreateFirstSuperAdminService createFirstSuperAdminService(UserRepository users, RoleRepository roles,
            PasswordHasher hasher, Transactions transactions, Clock clock) {
        return new CreateFirstSuperAdminService(users, roles, hasher, transactions, clock);
    }

    @Bean
    PurgeSecurityRecordsService purgeSecurityRecordsService(LoginFailures failures, SessionRepository sessions,
            SecurityEvents events, LoginThrottlePolicy throttle, SessionSettings settings, Clock clock) {
        return new PurgeSecurityRecordsService(failures, sessions, events, throttle, settings, clock);
    }
}
