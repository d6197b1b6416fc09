package io.kamdesk.adapter.out.persistence.crm;

import static io.kamdesk.adapter.out.persistence.crm.CrmFixtures.NOW;
import static io.kamdesk.adapter.out.persistence.crm.CrmFixtures.newUser;
import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.adapter.out.persistence.testing.FreshDatabaseInitializer;
import io.kamdesk.adapter.out.persistence.testing.PersistenceTestApplication;
import io.kamdesk.application.crm.port.out.KamDirectory;
import io.kamdesk.application.identity.port.out.UserRepository;
import io.kamdesk.domain.identity.User;
import io.kamdesk.application.crm.port.in.AssignableUserView;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** Who records may be assigned to: active users only. */
@SpringBootTest(classes = PersistenceTestApplication.class)
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class KamDirectoryIT {

    @Autowired
    KamDirectory kams;
    @Autowired
    UserRepository users;

    @Test
    void findActive_activeUser_answersTheirShortForm() {
        User user = newUser(users, "kam");

        Optional<KamDirectory.Kam> found = kams.findActive(user.id());

        assertThat(found).contains(new KamDirectory.Kam(user.id(), user.username().value(), user.email().value()));
    }

    @Test
    void findActive_inactiveOrUnknownUser_isEmpty() {
        User user = newUser(users, "kam");
        users.update(user.deactivate(NOW));

        Optional<KamDirectory.Kam> inactive = kams.findActive(user.id());
        Optional<KamDirectory.Kam> unknown = kams.findActive(999_999_999L);

        assertThat(inactive).isEmpty();
        assertThat(unknown).isEmpty();
    }

    @Test
    void listActive_answersActiveUsersByUsernameWithTheirNamesAndRole() {
        User later = newUser(users, "zz_kam");
        User earlier = newUser(users, "AA_kam");
        User gone = newUser(users, "mm_kam");
        users.update(gone.deactivate(NOW));

        List<AssignableUserView> active = kams.listActive();

        assertThat(active).extracting(AssignableUserView::id).contains(earlier.id(), later.id())
                .doesNotContain(gone.id());
        assertThat(active.stream().map(AssignableUserView::username).map(name -> name.toLowerCase(Locale.ROOT))
                .toList()).isSorted();
        AssignableUserView first = active.stream().filter(user -> user.id() == earlier.id()).findFirst().orElseThrow();
        assertThat(first.email()).isEqualTo(earlier.email().value());
        assertThat(first.firstName()).isEqualTo(earlier.firstName());
    }
}
