package io.kamdesk.application.identity.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.application.identity.port.in.user.CurrentUserView;
import io.kamdesk.application.identity.port.in.user.GetCurrentUserUseCase;
import io.kamdesk.application.identity.testing.IdentityFakes;
import io.kamdesk.domain.identity.DataScope;
import io.kamdesk.domain.identity.Role;
import io.kamdesk.domain.identity.SessionEndedException;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Viewer;
import org.junit.jupiter.api.Test;

class CurrentUserQueryServiceTest {

    private final IdentityFakes fakes = new IdentityFakes();
    private final GetCurrentUserUseCase service = new CurrentUserQueryService(fakes.users());

    @Test
    void currentUser_withARole_answersTheProfileWithTheRoleName() {
        Role manager = fakes.givenRole(3, "sales_manager", DataScope.ALL, "bills:read");
        User jane = fakes.givenUser("jane@example.com", "Correct-Horse-9", manager.id());

        CurrentUserView view = service.currentUser(fakes.viewerOf(jane));

        assertThat(view).isEqualTo(new CurrentUserView(jane.id(), "jane@example.com", "jane", "sales_manager"));
    }

    @Test
    void currentUser_withoutARole_answersANullRoleName() {
        User jane = fakes.givenUser("jane@example.com", "Correct-Horse-9");

        CurrentUserView view = service.currentUser(fakes.viewerOf(jane));

        assertThat(view.roleName()).isNull();
        assertThat(view.email()).isEqualTo("jane@example.com");
    }

    @Test
    void currentUser_roleNoLongerStored_answersANullRoleName() {
        User jane = fakes.givenUser("jane@example.com", "Correct-Horse-9", 77L);

        CurrentUserView view = service.currentUser(fakes.viewerOf(jane));

        assertThat(view.roleName()).isNull();
    }

    @Test
    void currentUser_userDeletedSinceTheTokenWasIssued_failsAsTheSessionHasEnded() {
        User jane = fakes.givenUser("jane@example.com", "Correct-Horse-9");
        Viewer viewer = fakes.viewerOf(jane);
        fakes.users().delete(jane.id());

        // when / then
        assertThatThrownBy(() -> service.currentUser(viewer)).isExactlyInstanceOf(SessionEndedException.class);
    }
}
