package io.kamdesk.application.identity.service;

import io.kamdesk.domain.identity.DataScope;
import io.kamdesk.domain.identity.PermissionCode;
import io.kamdesk.domain.shared.FieldErrors;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Turns typed permission codes and scopes into domain values, reporting what is unknown. */
final class RoleInput {

    private RoleInput() {
    }

    static Set<PermissionCode> permissions(List<String> codes, Set<PermissionCode> known, FieldErrors errors) {
        if (codes == null) {
            errors.add("permissions", "This field is required.");
            return Set.of();
        }
        Set<PermissionCode> result = new LinkedHashSet<>();
        for (String code : codes) {
            PermissionCode permission = errors.capture("permissions", () -> PermissionCode.of(code));
            if (permission == null) {
                continue;
            }
            if (!known.contains(permission)) {
                errors.add("permissions", "Unknown permission \"" + code + "\".");
            } else {
                result.add(permission);
            }
        }
        return result;
    }

    static DataScope scope(String code, FieldErrors errors) {
        if (code == null || code.isBlank()) {
            errors.add("dataScope", "This field is required.");
            return null;
        }
        return errors.capture("dataScope", () -> DataScope.fromCode(code.strip()));
    }
}
