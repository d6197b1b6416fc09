package io.kamdesk.domain.crm;

import io.kamdesk.domain.shared.InvalidValueException;
import io.kamdesk.domain.shared.Reason;
import java.util.Arrays;
import java.util.Locale;

/** Where a prospect stands in the sales funnel. */
public enum ProspectStatus {
    NEW("new"),
    CONTACTED("contacted"),
    QUALIFIED("qualified"),
    LOST("lost");

    private final String code;

    ProspectStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Case-insensitive in every default locale (the Turkish dotless i included). */
    public static ProspectStatus fromCode(String code) {
        String wanted = code == null ? null : code.strip().toLowerCase(Locale.ROOT);
        for (ProspectStatus status : values()) {
            if (status.code.equals(wanted)) {
                return status;
            }
        }
        throw new InvalidValueException(Reason.INVALID_CHOICE, code,
                Arrays.stream(values()).map(ProspectStatus::code).toList());
    }
}
