package io.kamdesk.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.application.identity.port.in.user.ListUsersQuery;
import io.kamdesk.application.identity.port.in.user.UserSortField;
import io.kamdesk.application.identity.port.in.user.UserView;
import io.kamdesk.application.identity.port.out.UserRepository;
import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.application.shared.SortOrder;
import io.kamdesk.application.shared.testing.CollectingSink;
import io.kamdesk.domain.identity.Role;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Username;
import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Subject;
import io.kamdesk.domain.shared.Violation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link UserRepository} does: e-mail addresses and usernames unique (usernames whatever
 * their case), clashes answered as field errors; usernames found whatever their case; search with
 * wildcard characters taken literally; holders of a role counted while active.
 */
public abstract class UserRepositoryContract extends IdentityContract {

    private UserRepository users() {
        return store().users();
    }

    private List<Long> ids(ListSpec<UserSortField> spec) {
        CollectingSink<UserView> sink = new CollectingSink<>();
        users().list(new ListUsersQuery(Optional.empty(), Optional.empty(), spec), Optional.empty(), sink);
        return sink.items().stream().map(UserView::id).toList();
    }

    @Test
    void insert_emailTaken_isAFieldErrorOnTheEmail() {
        User stored = user("ada", null);
        User sameEmail = User.create(stored.email(), Username.of(tag + "_other"), "hash", "", "", null,
                store().now());

        assertThatThrownBy(() -> users().insert(sameEmail)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).isEqualTo(Map.of("email",
                        List.of(Violation.of(Reason.TAKEN, Subject.USER)))));
    }

    @Test
    void insert_usernameTakenInAnotherCase_isAFieldErrorOnTheUsername() {
        user("ada", null);
        User shouting = User.create(EmailAddress.of(tag + ".other@contract.example"),
                Username.of(tag.toUpperCase(java.util.Locale.ROOT) + "_ADA"), "hash", "", "", null, store().now());

        assertThatThrownBy(() -> users().insert(shouting)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).isEqualTo(Map.of("username",
                        List.of(Violation.of(Reason.TAKEN, Subject.USER)))));
    }

    @Test
    void findByUsername_anyCase_findsTheUser() {
        User ada = user("ada", null);

        assertThat(users().findByUsername(Username.of(tag.toUpperCase(java.util.Locale.ROOT) + "_Ada")))
                .map(User::id).contains(ada.id());
        assertThat(users().findByEmail(ada.email())).map(User::id).contains(ada.id());
    }

    @Test
    void list_searchWithWildcardCharacters_takesThemLiterally_andOrdersByUsername() {
        User percent = users().insert(User.create(EmailAddress.of(tag + ".p@contract.example"),
                Username.of(tag + "_b"), "hash", "50% Sales", "", null, store().now()));
        User plain = users().insert(User.create(EmailAddress.of(tag + ".q@contract.example"),
                Username.of(tag + "_a"), "hash", "500 Sales", "", null, store().now()));

        assertThat(ids(new ListSpec<>(Optional.of("50%"), List.of(), Optional.empty())))
                .containsExactly(percent.id());
        assertThat(ids(new ListSpec<>(Optional.of(tag), List.of(SortOrder.ascending(UserSortField.USERNAME)),
                Optional.empty()))).containsExactly(plain.id(), percent.id());
    }

    @Test
    void countActiveWithRole_countsOnlyActiveHolders() {
        Role clerk = role("clerk");
        user("one", clerk.id());
        User two = user("two", clerk.id());
        users().update(two.deactivate(store().now()));

        assertThat(users().countActiveWithRole(clerk.id())).isOne();
    }

    @Test
    void update_unknownUser_isNotFound() {
        User stored = user("gone", null);
        users().delete(stored.id());

        assertThatThrownBy(() -> users().update(stored)).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.subject()).isEqualTo(Subject.USER));
    }
}
