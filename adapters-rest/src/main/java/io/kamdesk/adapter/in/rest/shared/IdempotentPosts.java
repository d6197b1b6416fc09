package io.kamdesk.adapter.in.rest.shared;

import java.util.Set;

/**
 * Which POSTs honour an {@code Idempotency-Key}: every signed-in one and registration (the one
 * request nobody has signed that creates something), except the session's own requests (sign in,
 * refresh, sign out): each of those is answered afresh, and a refresh refused for a reused token must
 * still end the session it revokes.
 */
public final class IdempotentPosts {

    public static final String REGISTRATION = "/api/auth/register/";
    private static final Set<String> SESSION_REQUESTS = Set.of("/api/auth/login/", "/api/auth/refresh/",
            "/api/auth/logout/");

    private IdempotentPosts() {
    }

    public static boolean takeKeys(String path, boolean signedIn) {
        return !SESSION_REQUESTS.contains(path) && (signedIn || REGISTRATION.equals(path));
    }
}
