package io.kamdesk.adapter.in.rest.shared;

import java.util.Arrays;

/**
 * Whether a request asks to be answered at once and run as a job: {@code async=true} (or 1, yes), or
 * {@code Prefer: respond-async} (RFC 7240) among other preferences or not.
 */
public final class AsyncPreference {

    public static final String APPLIED = "Preference-Applied";
    public static final String RESPOND_ASYNC = "respond-async";

    private AsyncPreference() {
    }

    public static boolean asked(String async, String prefer) {
        return QueryFlags.flag(async) || prefer != null && Arrays.stream(prefer.split("[,;]"))
                .anyMatch(preference -> preference.strip().equalsIgnoreCase(RESPOND_ASYNC));
    }
}
