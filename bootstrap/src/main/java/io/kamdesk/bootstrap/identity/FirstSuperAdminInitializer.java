package io.kamdesk.bootstrap.identity;

import io.kamdesk.adapter.in.rest.shared.Wording;
import io.kamdesk.application.identity.port.in.user.CreateFirstSuperAdminCommand;
import io.kamdesk.application.identity.port.in.user.CreateFirstSuperAdminUseCase;
import io.kamdesk.application.identity.port.in.user.FirstSuperAdmin;
import io.kamdesk.bootstrap.shared.KamDeskProperties;
import io.kamdesk.domain.shared.InvalidInputException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * On a database with no user, creates the first super_admin from KAMDESK_ADMIN_EMAIL and
 * KAMDESK_ADMIN_PASSWORD, or with a generated password that is printed this once.
 */
@Component
class FirstSuperAdminInitializer implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(FirstSuperAdminInitializer.class);

    private final CreateFirstSuperAdminUseCase createFirstSuperAdmin;
    private final KamDeskProperties properties;

    FirstSuperAdminInitializer(CreateFirstSuperAdminUseCase createFirstSuperAdmin, KamDeskProperties properties) {
        this.createFirstSuperAdmin = createFirstSuperAdmin;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        var admin = properties.admin();
        var command = new CreateFirstSuperAdminCommand(Optional.ofNullable(admin.email()),
                Optional.ofNullable(admin.password()));
        Optional<FirstSuperAdmin> first;
        try {
            first = createFirstSuperAdmin.createIfNoUserExists(command);
        } catch (InvalidInputException refused) {
            throw new IllegalArgumentException(misconfigured(refused, admin.email()));
        }
        first.ifPresent(created -> {
            if (created.generatedPassword().isPresent()) {
                log.warn("""

                        ================================================================
                        First super_admin created: {}
                        Generated password (shown only this once): {}
                        Log in and change it, or set KAMDESK_ADMIN_EMAIL and
                        KAMDESK_ADMIN_PASSWORD before the first start.
                        ================================================================""",
                        created.email(), created.generatedPassword().get());
            } else {
                log.info("First super_admin created: {}", created.email());
            }
        });
    }

    /** Which setting is wrong and why, in the words of the password and address rules. */
    private static String misconfigured(InvalidInputException refused, String configuredEmail) {
        StringBuilder message = new StringBuilder();
        refused.fieldErrors().forEach((field, violations) -> {
            String reasons = String.join(" ", violations.stream()
                    .map(violation -> Wording.sentence(field, violation)).toList());
            message.append(field.equals("password")
                    ? "KAMDESK_ADMIN_PASSWORD does not meet the password policy: " + reasons
                    : "KAMDESK_ADMIN_EMAIL cannot be the first super_admin's address"
                            + (configuredEmail == null ? "" : " (" + configuredEmail + ")") + ": "
                            + reasons);
        });
        return message.toString();
    }
}
