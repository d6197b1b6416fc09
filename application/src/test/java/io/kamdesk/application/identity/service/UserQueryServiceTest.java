package io.kamdesk.application.identity.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kamdesk.application.identity.port.in.role.RoleRef;
import io.kamdesk.application.identity.port.in.user.ListUsersQuery;
import io.kamdesk.application.identity.port.in.user.ListUsersUseCase;
import io.kamdesk.application.identity.port.in.user.UserSortField;
import io.kamdesk.application.identity.port.in.user.UserView;
import io.kamdesk.application.identity.testing.IdentityFakes.SeededRoles;
import io.kamdesk.application.identity.testing.IdentityFakes;
import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.application.shared.PageRequest;
import io.kamdesk.application.shared.SortOrder;
import io.kamdesk.application.shared.testing.CollectingSink;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Username;
import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Violation;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UserQueryServiceTest {

    private static final String STRONG = "Correct-Horse-9";

    private final IdentityFakes fakes = new IdentityFakes();
    private final SeededRoles seeded = fakes.givenSeededRoles();
    private final ListUsersUseCase service = new UserQueryService(fakes.users(), fakes.roles());

    private final User boss = givenUser("boss@example.com", "boss", "Bashir", "Rahman", seeded.superAdmin().id());
    private final User ada = givenUser("ada@example.com", "ada", "Ada", "Lovelace", seeded.admin().id());
    private final User kam = givenUser("kam@example.com", "karim", "Karim", "Ahmed", seeded.salesPerson().id());
    private final User sara = givenUser("sara@example.com", "sara", "Sara", "Ahmed", seeded.salesPerson().id());
    private final User nobody = givenUser("temp@example.com", "temp", "", "", null);

    private User givenUser(String email, String username, String firstName, String lastName, Long roleId) {
        fakes.clock().advance(Duration.ofMinutes(1));
        return fakes.users().insert(User.create(EmailAddress.of(email), Username.of(username),
                fakes.hasher().hash(STRONG), firstName, lastName, roleId, fakes.clock().instant()));
    }

    private CollectingSink<UserView> list(Optional<RoleRef> role, Optional<Boolean> active,
            ListSpec<UserSortField> spec) {
        CollectingSink<UserView> sink = new CollectingSink<>();
        service.listUsers(new ListUsersQuery(role, active, spec), sink);
        return sink;
    }

    private static ListSpec<UserSortField> search(String text) {
        return new ListSpec<>(Optional.of(text), List.of(), Optional.empty());
    }

    private static List<Long> ids(CollectingSink<UserView> sink) {
        return sink.items().stream().map(UserView::id).toList();
    }

    @Test
    void listUsers_noFilter_answersEveryUserByIdWithTheTotal() {
        // given: five users

        CollectingSink<UserView> sink = list(Optional.empty(), Optional.empty(), ListSpec.everything());

        assertThat(sink.total()).isEqualTo(5);
        assertThat(ids(sink)).containsExactly(boss.id(), ada.id(), kam.id(), sara.id(), nobody.id());
    }

    @Test
    void listUsers_anyUser_carriesTheRoleIdAndNameAndNullWithoutRole() {
        // given: kam is a sales_person, temp has no role

        CollectingSink<UserView> sink = list(Optional.empty(), Optional.empty(), ListSpec.everything());

        UserView kams = sink.items().get(2);
        assertThat(kams.roleId()).isEqualTo(seeded.salesPerson().id());
        assertThat(kams.roleName()).isEqualTo("sales_person");
        UserView temps = sink.items().get(4);
        assertThat(temps.roleId()).isNull();
        assertThat(temps.roleName()).isNull();
    }

    @Test
    void listUsers_roleFilterById_answersItsHoldersOnly() {
        // given: kam and sara are sales_persons

        CollectingSink<UserView> sink = list(Optional.of(RoleRef.byId(seeded.salesPerson().id())), Optional.empty(),
                ListSpec.everything());

        assertThat(ids(sink)).containsExactly(kam.id(), sara.id());
        assertThat(sink.total()).isEqualTo(2);
    }

    @Test
    void listUsers_roleFilterByName_answersItsHoldersOnly() {
        // given: ada is the only admin

        CollectingSink<UserView> sink = list(Optional.of(RoleRef.byName("Admin")), Optional.empty(),
                ListSpec.everything());

        assertThat(ids(sink)).containsExactly(ada.id());
    }

    @Test
    void listUsers_roleFilterByUnknownName_isInvalidNamingTheRolesThatExist() {
        // given: no role named "auditor"

        InvalidInputException error = catchThrowableOfType(InvalidInputException.class,
                () -> list(Optional.of(RoleRef.byName("auditor")), Optional.empty(), ListSpec.everything()));

        assertThat(error.fieldErrors()).containsOnlyKeys("role");
        assertThat(error.fieldErrors().get("role")).containsExactly(Violation.of(Reason.NOT_AN_AVAILABLE_CHOICE, "auditor",
                List.of("super_admin", "admin", "sales_manager", "sales_person", "viewer")));
    }

    @Test
    void listUsers_roleFilterByIdNobodyHolds_answersAnEmptyList() {
        // given: no role 99

        CollectingSink<UserView> sink = list(Optional.of(RoleRef.byId(99)), Optional.empty(), ListSpec.everything());

        assertThat(sink.total()).isZero();
        assertThat(sink.items()).isEmpty();
    }

    @Test
    void listUsers_activeFilter_answersActiveOrInactiveUsers() {
        fakes.deactivate(kam);

        CollectingSink<UserView> inactive = list(Optional.empty(), Optional.of(false), ListSpec.everything());
        CollectingSink<UserView> active = list(Optional.empty(), Optional.of(true), ListSpec.everything());

        assertThat(ids(inactive)).containsExactly(kam.id());
        assertThat(ids(active)).containsExactly(boss.id(), ada.id(), sara.id(), nobody.id());
    }

    @Test
    void listUsers_search_matchesEmailUsernameAndNamesIgnoringCase() {
        // given: "ahmed" is the last name of kam and sara, "KARIM" kam's username, "TEMP@" an e-mail

        assertThat(ids(list(Optional.empty(), Optional.empty(), search("ahmed")))).containsExactly(kam.id(), sara.id());
        assertThat(ids(list(Optional.empty(), Optional.empty(), search("KARIM")))).containsExactly(kam.id());
        assertThat(ids(list(Optional.empty(), Optional.empty(), search("TEMP@")))).containsExactly(nobody.id());
        assertThat(ids(list(Optional.empty(), Optional.empty(), search("lovelace")))).containsExactly(ada.id());
        assertThat(ids(list(Optional.empty(), Optional.empty(), search("zzz")))).isEmpty();
    }

    @Test
    void listUsers_searchWithFilters_appliesAllOfThem() {
        fakes.deactivate(sara);

        CollectingSink<UserView> sink = list(Optional.of(RoleRef.byName("sales_person")), Optional.of(true),
                search("ahmed"));

        assertThat(ids(sink)).containsExactly(kam.id());
    }

    @Test
    void listUsers_orderedByLastNameDescending_breaksTiesByIdDescending() {
        var spec = new ListSpec<>(Optional.empty(), List.of(SortOrder.descending(UserSortField.LAST_NAME)),
                Optional.<PageRequest>empty());

        CollectingSink<UserView> sink = list(Optional.empty(), Optional.empty(), spec);

        // the tie-breaker runs in the key's direction: of the two Ahmeds, the newer first
        assertThat(kam.id()).isLessThan(sara.id());
        assertThat(ids(sink)).containsExactly(boss.id(), ada.id(), sara.id(), kam.id(), nobody.id());
        assertThat(sink.items()).extracting(UserView::lastName)
                .containsExactly("Rahman", "Lovelace", "Ahmed", "Ahmed", "");
    }

    @Test
    void listUsers_orderedByTwoFields_usesTheSecondForTies() {
        var spec = new ListSpec<>(Optional.empty(),
                List.of(SortOrder.ascending(UserSortField.LAST_NAME), SortOrder.descending(UserSortField.EMAIL)),
                Optional.<PageRequest>empty());

        CollectingSink<UserView> sink = list(Optional.empty(), Optional.of(true), spec);

        assertThat(ids(sink)).containsExactly(nobody.id(), sara.id(), kam.id(), ada.id(), boss.id());
    }

    @Test
    void listUsers_page_answersThatPageAndTheTotalOfAllMatches() {
        var spec = new ListSpec<>(Optional.empty(), List.of(SortOrder.descending(UserSortField.CREATED_AT)),
                Optional.of(new PageRequest(2, 2)));

        CollectingSink<UserView> sink = list(Optional.empty(), Optional.empty(), spec);

        assertThat(sink.total()).isEqualTo(5);
        assertThat(ids(sink)).containsExactly(kam.id(), ada.id());
    }

    @Test
    void listUsers_pageBeyondTheEnd_answersNoRowsButTheTotal() {
        var spec = new ListSpec<UserSortField>(Optional.empty(), List.of(), Optional.of(new PageRequest(3, 25)));

        CollectingSink<UserView> sink = list(Optional.empty(), Optional.empty(), spec);

        assertThat(sink.total()).isEqualTo(5);
        assertThat(sink.items()).isEmpty();
    }

    @Test
    void getUser_existing_answersItsViewWithTheRoleName() {
        // given: ada is an admin

        UserView view = service.getUser(ada.id());

        assertThat(view).isEqualTo(new UserView(ada.id(), "ada@example.com", "ada", "Ada", "Lovelace",
                seeded.admin().id(), "admin", true, ada.createdAt(), ada.updatedAt()));
    }

    @Test
    void getUser_withoutRole_answersANullRoleName() {
        // given: temp has no role

        UserView view = service.getUser(nobody.id());

        assertThat(view.roleName()).isNull();
    }

    @Test
    void getUser_unknown_isNotFound() {
        // given: no user 999

        // when / then
        assertThatThrownBy(() -> service.getUser(999)).isInstanceOf(NotFoundException.class);
    }
}
