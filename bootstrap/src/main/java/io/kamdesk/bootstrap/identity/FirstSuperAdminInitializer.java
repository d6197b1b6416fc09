package io.kamdesk.bootstrap.identity;

import io.kamdesk.application.identity.port.in.CreateFirstSuperAdminCommand;
import io.kamdesk.application.identity.port.in.CreateFirstSuperAdminUseCase;
import io.kamdesk.bootstrap.shared.KamDeskProperties;
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
        createFirstSuperAdmin.createIfNoUserExists(command).ifPresent(created -> {
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
}
