package io.kamdesk.application.crm.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.application.crm.port.in.AssignableUserView;
import io.kamdesk.application.crm.port.in.ListAssignableUsersUseCase;
import io.kamdesk.application.crm.testing.CrmFakes;
import io.kamdesk.domain.identity.Viewer;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssignableUsersQueryServiceTest {

    private final CrmFakes fakes = new CrmFakes();
    private final ListAssignableUsersUseCase service = new AssignableUsersQueryService(fakes.kams());

    private final Viewer manager = fakes.givenManager("maria");
    private final Viewer jane = fakes.givenSalesPerson("jane");
    private final Viewer john = fakes.givenSalesPerson("John");

    @Test
    void listAssignableUsers_callerSeeingEveryRecord_getsEveryActiveUserByUsername() {
        fakes.kams().deactivate(john.userId());

        List<AssignableUserView> users = service.listAssignableUsers(manager);

        assertThat(users).extracting(AssignableUserView::username).containsExactly("jane", "maria");
    }

    @Test
    void listAssignableUsers_callerSeeingOwnRecords_getsOnlyThemselves() {
        // given: jane's role sees only her own records

        List<AssignableUserView> users = service.listAssignableUsers(jane);

        assertThat(users).extracting(AssignableUserView::id).containsExactly(jane.userId());
    }
}
