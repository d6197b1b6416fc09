package io.kamdesk.application.fileio.service;

import java.util.Locale;

/** Header names are matched ignoring case, spaces, dashes, underscores and dots: "E-mail" is "email". */
final class Headers {

    private Headers() {
    }

    static String normalise(String header) {
        StringBuilder kept = new StringBuilder();
        String lower = header == null ? "" : header.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c != ' ' && c != '-' && c != '_' && c != '.' && c != '\u00a0' && c != '\ufeff') {
                kept.append(c);
            }
        }
        return kept.toString();
    }
}
