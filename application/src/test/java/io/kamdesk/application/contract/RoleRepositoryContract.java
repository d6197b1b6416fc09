package io.kamdesk.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.application.identity.port.out.RoleRepository;
import io.kamdesk.domain.identity.DataScope;
import io.kamdesk.domain.identity.Role;
import io.kamdesk.domain.shared.ConflictException;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Refusal;
import io.kamdesk.domain.shared.Subject;
import io.kamdesk.domain.shared.Violation;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RoleRepository} does: names unique, a clash answered on the name; roles found by
 * name whatever its case; a held role counted and never deleted.
 */
public abstract class RoleRepositoryContract extends IdentityContract {

    private RoleRepository roles() {
        return store().roles();
    }

    @Test
    void insert_nameTaken_isAFieldErrorOnTheName() {
        Role clerk = role("clerk");
        Role again = Role.create(clerk.name(), "", DataScope.ALL, Set.of(), store().now());

        assertThatThrownBy(() -> roles().insert(again)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).isEqualTo(Map.of("name",
                        List.of(Violation.of(Reason.TAKEN, Subject.ROLE)))));
    }

    @Test
    void findByName_anyCase_findsTheRole() {
        Role clerk = role("clerk");

        assertThat(roles().findByName(clerk.name().toUpperCase(Locale.ROOT))).map(Role::id).contains(clerk.id());
    }

    @Test
    void heldRole_isCounted_andNotDeleted() {
        Role clerk = role("clerk");
        Role spare = role("spare");
        user("holder", clerk.id());

        assertThat(roles().userCounts()).containsEntry(clerk.id(), 1L).doesNotContainKey(spare.id());
        assertThatThrownBy(() -> roles().delete(clerk.id())).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.refusal()).isEqualTo(Refusal.ROLE_IN_USE));
        roles().delete(spare.id());
        assertThat(roles().findById(spare.id())).isEmpty();
    }

    @Test
    void update_unknownRole_isNotFound() {
        Role gone = role("gone");
        roles().delete(gone.id());

        assertThatThrownBy(() -> roles().update(gone)).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.subject()).isEqualTo(Subject.ROLE));
    }
}
