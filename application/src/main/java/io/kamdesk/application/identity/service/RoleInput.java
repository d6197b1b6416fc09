package io.kamdesk.application.identity.service;

import io.kamdesk.application.identity.port.in.role.PermissionRef;
import io.kamdesk.application.identity.port.in.role.PermissionView;
import io.kamdesk.domain.identity.DataScope;
import io.kamdesk.domain.identity.PermissionCode;
import io.kamdesk.domain.shared.FieldErrors;
import io.kamdesk.domain.shared.Reason;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Turns permissions named by id or code, and scopes, into domain values, reporting what is unknown. */
final class RoleInput {

    private RoleInput() {
    }

    static Set<PermissionCode> permissions(List<PermissionRef> refs, List<PermissionView> catalogue,
            FieldErrors errors) {
        if (refs == null) {
            errors.add("permissions", Reason.REQUIRED);
            return Set.of();
        }
        Set<PermissionCode> result = new LinkedHashSet<>();
        for (PermissionRef ref : refs) {
            if (ref.id() != null) {
                catalogue.stream().filter(permission -> permission.id() == ref.id()).findFirst().ifPresentOrElse(
                        permission -> result.add(PermissionCode.of(permission.code())),
                        () -> errors.add("permissions", Reason.UNKNOWN_PERMISSION, ref.id()));
                continue;
            }
            PermissionCode code = errors.capture("permissions", () -> PermissionCode.of(ref.code()));
            if (code == null) {
                continue;
            }
            if (catalogue.stream().noneMatch(permission -> permission.code().equals(code.value()))) {
                errors.add("permissions", Reason.UNKNOWN_PERMISSION, ref.code());
            } else {
                result.add(code);
            }
        }
        return result;
    }

    /** The scope named, or {@code otherwise} when none was given. */
    static DataScope scope(String code, DataScope otherwise, FieldErrors errors) {
        if (code == null || code.isBlank()) {
            return otherwise;
        }
        return errors.capture("dataScope", () -> DataScope.fromCode(code.strip()));
    }
}
