package io.kamdesk.application.identity.service;

import io.kamdesk.application.identity.port.in.role.RoleRef;
import io.kamdesk.application.identity.port.in.user.ListUsersQuery;
import io.kamdesk.application.identity.port.in.user.ListUsersUseCase;
import io.kamdesk.application.identity.port.in.user.UserView;
import io.kamdesk.application.identity.port.out.RoleRepository;
import io.kamdesk.application.identity.port.out.UserRepository;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.domain.identity.Role;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Subject;
import java.util.Optional;

/** Reads users for the management screens. */
public final class UserQueryService implements ListUsersUseCase {

    private final UserRepository users;
    private final RoleRepository roles;

    public UserQueryService(UserRepository users, RoleRepository roles) {
        this.users = users;
        this.roles = roles;
    }

    @Override
    public void listUsers(ListUsersQuery query, ResultSink<UserView> sink) {
        users.list(query, query.role().filter(ref -> !ref.isNone()).map(this::roleIdOf), sink);
    }

    @Override
    public UserView getUser(long userId) {
        return users.findView(userId).orElseThrow(() -> new NotFoundException(Subject.USER));
    }

    /** The role filter by id or name; an unknown name is a 400 naming the roles that exist. */
    private long roleIdOf(RoleRef ref) {
        if (ref.id() != null) {
            return ref.id();
        }
        Optional<Role> role = roles.findByName(ref.name());
        if (role.isEmpty()) {
            throw InvalidInputException.of("role", Reason.NOT_AN_AVAILABLE_CHOICE, ref.name(),
                    roles.findAll().stream().map(Role::name).toList());
        }
        return role.get().id();
    }
}
