package io.kamdesk.bootstrap.support;

import io.kamdesk.adapter.out.persistence.testing.FreshDatabaseInitializer;
import io.kamdesk.bootstrap.KamDeskApplication;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole service on a random port over a database of its own, with a known first super_admin
 * ({@link TestUsers#ADMIN_EMAIL}) and a fixed signing key.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = KamDeskApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "kamdesk.admin.email=" + TestUsers.ADMIN_EMAIL,
            "kamdesk.admin.password=" + TestUsers.ADMIN_PASSWORD,
            "kamdesk.security.jwt.secret=" + TestUsers.JWT_SECRET,
            "kamdesk.security.revocation-sync-interval=200ms",
            "kamdesk.api.cors.allowed-origins=http://localhost:5173"
        })
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
public @interface FullStackTest {
}
