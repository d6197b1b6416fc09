package io.kamdesk.adapter.in.rest.shared;

/** A yes/no query parameter ({@code dry_run}, {@code async}): true, 1 or yes is yes; anything else no. */
public final class QueryFlags {

    private QueryFlags() {
    }

    public static boolean flag(String value) {
        return value != null && (value.equalsIgnoreCase("true") || value.equals("1") || value.equalsIgnoreCase("yes"));
    }
}
