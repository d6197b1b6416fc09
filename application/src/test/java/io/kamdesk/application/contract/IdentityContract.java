package io.kamdesk.application.contract;

import io.kamdesk.domain.identity.DataScope;
import io.kamdesk.domain.identity.Role;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Username;
import io.kamdesk.domain.shared.EmailAddress;
import java.util.Set;
import java.util.UUID;

/** What the identity contracts share: the store, a tag unique to the test, users and roles. */
abstract class IdentityContract {

    /** Unique to this test, lower-case: in usernames, e-mail addresses and role names. */
    protected final String tag = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    private IdentityStore store;

    protected abstract IdentityStore newStore();

    protected IdentityStore store() {
        if (store == null) {
            store = newStore();
        }
        return store;
    }

    /** A stored user named {@code <tag>_<name>}, holding {@code roleId} (null: none). */
    protected User user(String name, Long roleId) {
        return store().users().insert(newUser(name, roleId));
    }

    protected User newUser(String name, Long roleId) {
        return User.create(EmailAddress.of(tag + "." + name + "@contract.example"), Username.of(tag + "_" + name),
                "hash", "", "", roleId, store().now());
    }

    /** A stored custom role named {@code <tag>_<name>}. */
    protected Role role(String name) {
        return store().roles().insert(Role.create(tag + "_" + name, "", DataScope.OWN, Set.of(), store().now()));
    }
}
