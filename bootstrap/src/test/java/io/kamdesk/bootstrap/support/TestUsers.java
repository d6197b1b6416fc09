package io.kamdesk.bootstrap.support;

import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Known users for full-stack tests, created straight in the database where no API exists yet. */
public final class TestUsers {

    public static final String ADMIN_EMAIL = "root@kamdesk.test";
    public static final String ADMIN_PASSWORD = "Correct-Horse-Battery-9";
    public static final String JWT_SECRET = "test-secret-of-at-least-thirty-two-bytes-0123456789";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestUsers() {
    }

    /** A unique e-mail for one test. */
    public static String uniqueEmail(String prefix) {
        return prefix + "." + SEQUENCE.incrementAndGet() + "." + System.nanoTime() + "@kamdesk.test";
    }

    /** Copies the super_admin's password hash to a new user with the given role (null: none). */
    public static long createUser(DSLContext dsl, String email, String roleName, boolean active) {
        String username = email.substring(0, email.indexOf('@')).replace('.', '_');
        return dsl.resultQuery("""
                insert into app_user (email, username, password_hash, role_id, is_active)
                select {0}, {1}, password_hash, (select id from role where name = {2}), {3}
                from app_user where email = {4}
                returning id""",
                DSL.val(email), DSL.val(username), DSL.val(roleName), DSL.val(active), DSL.val(ADMIN_EMAIL))
                .fetchSingle()
                .get(0, Long.class);
    }
}
