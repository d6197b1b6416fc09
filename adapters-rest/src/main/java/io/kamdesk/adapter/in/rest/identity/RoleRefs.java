package io.kamdesk.adapter.in.rest.identity;

import io.kamdesk.adapter.in.rest.shared.JsonFields;
import io.kamdesk.application.identity.port.in.RoleRef;

/** The JSON role reference as the identity use cases take it. */
final class RoleRefs {

    private RoleRefs() {
    }

    static RoleRef of(JsonFields.Reference reference) {
        if (reference.isNone()) {
            return RoleRef.NONE;
        }
        return reference.id() != null ? RoleRef.byId(reference.id()) : RoleRef.byName(reference.name());
    }
}
