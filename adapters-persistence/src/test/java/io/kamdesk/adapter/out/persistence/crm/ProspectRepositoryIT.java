package io.kamdesk.adapter.out.persistence.crm;

import static io.kamdesk.adapter.out.persistence.crm.CrmFixtures.NOW;
import static io.kamdesk.adapter.out.persistence.crm.CrmFixtures.all;
import static io.kamdesk.adapter.out.persistence.crm.CrmFixtures.newUser;
import static io.kamdesk.adapter.out.persistence.crm.CrmFixtures.own;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.APP_USER;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.PROSPECT_STATUS_CHANGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.application.shared.testing.CollectingSink;
import io.kamdesk.adapter.out.persistence.testing.FreshDatabaseInitializer;
import io.kamdesk.adapter.out.persistence.testing.PersistenceTestApplication;
import io.kamdesk.application.crm.port.in.ListProspectsQuery;
import io.kamdesk.application.crm.port.in.ProspectSortField;
import io.kamdesk.application.crm.port.in.ProspectView;
import io.kamdesk.application.crm.port.in.ProspectView.StatusChangeView;
import io.kamdesk.application.crm.port.out.CustomerRepository;
import io.kamdesk.application.crm.port.out.ProspectRepository;
import io.kamdesk.application.identity.port.out.UserRepository;
import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.application.shared.PageRequest;
import io.kamdesk.application.shared.SortOrder;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.domain.crm.Customer;
import io.kamdesk.domain.crm.CustomerDetails;
import io.kamdesk.domain.crm.Prospect;
import io.kamdesk.domain.crm.ProspectDetails;
import io.kamdesk.domain.crm.ProspectStatus;
import io.kamdesk.domain.crm.StatusChange;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.PhoneNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** The prospect repository: writes, scoped reads, the status history, the list and the references. */
@SpringBootTest(classes = PersistenceTestApplication.class)
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class ProspectRepositoryIT {

    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    ProspectRepository prospects;
    @Autowired
    CustomerRepository customers;
    @Autowired
    UserRepository users;
    @Autowired
    Transactions transactions;
    @Autowired
    DSLContext dsl;

    @Test
    void insert_everyField_isRestoredByFindVisibleForUpdate() {
        User owner = newUser(users, "owner");
        Prospect prospect = Prospect.create(new ProspectDetails("Beacon ISP", "Beacon Networks",
                EmailAddress.of("Sales" + CrmFixtures.next() + "@Beacon.example.com"),
                PhoneNumber.of("+880 1811-000000"), "Chattogram", Money.of("12500.5"), "Rahim", "Trade fair",
                TODAY.plusDays(7), "Wants 1 Gbps"),
                owner.id(), TODAY, NOW);

        Prospect stored = prospects.insert(prospect);

        assertThat(stored.id()).isPositive();
        Prospect found = transactions.inTransaction(() -> prospects.findVisibleForUpdate(own(owner), stored.id()))
                .orElseThrow();
        assertThat(found).usingRecursiveComparison().isEqualTo(stored);
    }

    @Test
    void insert_optionalFieldsLeftOut_keepsThemEmpty() {
        User owner = newUser(users, "owner");
        Prospect prospect = Prospect.create(new ProspectDetails("Bare", null, null, null, null, null, null, null, null,
                null), owner.id(), TODAY, NOW);

        Prospect stored = prospects.insert(prospect);

        Prospect found = transactions.inTransaction(() -> prospects.findVisibleForUpdate(own(owner), stored.id()))
                .orElseThrow();
        assertThat(found).usingRecursiveComparison().isEqualTo(stored);
        assertThat(found.details().email()).isNull();
        assertThat(found.details().phone()).isNull();
        assertThat(found.details().followUpDate()).isNull();
        assertThat(found.customerId()).isEmpty();
    }

    @Test
    void update_everyChangeableField_isStored() {
        User owner = newUser(users, "owner");
        User newOwner = newUser(users, "owner");
        Prospect prospect = newProspect("Before", owner, "Web");
        Customer customer = newCustomer("Became");
        Instant later = NOW.plusSeconds(60);
        Prospect changed = prospect
                .revise(new ProspectDetails("After", "After Co", EmailAddress.of("after" + CrmFixtures.next()
                        + "@example.com"), PhoneNumber.of("01911000000"), "Sylhet", Money.of("99.99"), "Karim",
                        "Referral", TODAY.plusDays(3), "Call back"), TODAY, later)
                .reassign(newOwner.id(), later)
                .withStatus(ProspectStatus.CONTACTED, later)
                .convertedInto(customer.id(), later);

        prospects.update(changed);

        Prospect found = transactions.inTransaction(() -> prospects.findVisibleForUpdate(all(owner), prospect.id()))
                .orElseThrow();
        assertThat(found).usingRecursiveComparison().isEqualTo(changed);
        assertThat(found.createdAt()).isEqualTo(NOW);
        assertThat(found.updatedAt()).isEqualTo(later);
    }

    @Test
    void update_unknownProspect_isNotFound() {
        Prospect ghost = Prospect.restore(999_999_999L, details("Ghost", ""), ProspectStatus.NEW, null, null, NOW,
                NOW);

        assertThatThrownBy(() -> prospects.update(ghost)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void insert_ownerThatDoesNotExist_isInvalidInputOnSalesPerson() {
        Prospect orphan = Prospect.create(details("Orphan", ""), 999_999_999L, TODAY, NOW);

        assertThatThrownBy(() -> prospects.insert(orphan))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        failure -> assertThat(failure.fieldErrors()).containsOnlyKeys("salesPerson"));
    }

    @Test
    void findView_ownProspect_answersEveryFieldWithoutHistory() {
        User owner = newUser(users, "owner");
        Prospect prospect = newProspect("Viewed", owner, "Web");
        prospects.recordStatusChange(prospect.id(), new StatusChange(ProspectStatus.NEW, ProspectStatus.CONTACTED,
                owner.id(), NOW));

        ProspectView view = prospects.findView(own(owner), prospect.id()).orElseThrow();

        ProspectDetails details = prospect.details();
        assertThat(view).isEqualTo(new ProspectView(prospect.id(), "Viewed", "Viewed Co", details.email().value(),
                "+880 1711-000000", "Dhaka", Money.of("500.00"), "Contact", "Web", TODAY.plusDays(1), "Notes", "new",
                owner.id(), null, NOW, NOW, List.of()));
    }

    @Test
    void findView_scopeOwn_seesOnlyTheOwnersProspects() {
        User owner = newUser(users, "owner");
        User otherOwner = newUser(users, "owner");
        Prospect mine = newProspect("Mine", owner, "");
        Prospect theirs = newProspect("Theirs", otherOwner, "");

        Optional<ProspectView> ownMine = prospects.findView(own(owner), mine.id());
        Optional<ProspectView> ownTheirs = prospects.findView(own(owner), theirs.id());
        Optional<ProspectView> allTheirs = prospects.findView(all(owner), theirs.id());

        assertThat(ownMine).isPresent();
        assertThat(ownTheirs).isEmpty();
        assertThat(allTheirs).isPresent();
    }

    @Test
    void findVisibleForUpdate_scopeOwn_findsOnlyTheOwnersProspects() {
        User owner = newUser(users, "owner");
        User otherOwner = newUser(users, "owner");
        Prospect mine = newProspect("Mine", owner, "");
        Prospect theirs = newProspect("Theirs", otherOwner, "");

        List<Optional<Prospect>> found = transactions.inTransaction(() -> List.of(
                prospects.findVisibleForUpdate(own(owner), mine.id()),
                prospects.findVisibleForUpdate(own(owner), theirs.id()),
                prospects.findVisibleForUpdate(all(owner), theirs.id())));

        assertThat(found.get(0)).map(Prospect::id).contains(mine.id());
        assertThat(found.get(1)).isEmpty();
        assertThat(found.get(2)).map(Prospect::id).contains(theirs.id());
    }

    @Test
    void list_scopeOwnOrAll_listsTheOwnersOrEveryProspect() {
        String marker = CrmFixtures.marker("Scoped");
        User owner = newUser(users, "owner");
        User otherOwner = newUser(users, "owner");
        Prospect mine = newProspect(marker + " mine", owner, "");
        Prospect theirs = newProspect(marker + " theirs", otherOwner, "");

        CollectingSink<ProspectView> ownList = list(own(owner), Optional.empty(), Optional.empty(), marker, List.of(),
                null);
        CollectingSink<ProspectView> allList = list(all(owner), Optional.empty(), Optional.empty(), marker, List.of(),
                null);

        assertThat(ownList.total()).isEqualTo(1);
        assertThat(ownList.items()).extracting(ProspectView::id).containsExactly(mine.id());
        assertThat(allList.total()).isEqualTo(2);
        assertThat(allList.items()).extracting(ProspectView::id).containsExactly(mine.id(), theirs.id());
        assertThat(allList.items()).extracting(ProspectView::statusHistory).containsOnly(List.of());
    }

    @Test
    void list_statusAndSourceFilters_answerTheMatchingProspects() {
        String marker = CrmFixtures.marker("Filtered");
        User owner = newUser(users, "owner");
        Prospect website = newProspect(marker + " a", owner, "Website");
        Prospect websiteLower = newProspect(marker + " b", owner, "website");
        prospects.update(websiteLower.withStatus(ProspectStatus.LOST, NOW));
        Prospect web = newProspect(marker + " c", owner, "Web");
        newProspect(marker + " d", owner, "Referral");

        CollectingSink<ProspectView> fromWebsite = list(own(owner), Optional.empty(), Optional.of("WEBSITE"), marker,
                List.of(), null);
        CollectingSink<ProspectView> fromWeb = list(own(owner), Optional.empty(), Optional.of("web"), marker,
                List.of(), null);
        CollectingSink<ProspectView> lost = list(own(owner), Optional.of(ProspectStatus.LOST), Optional.empty(),
                marker, List.of(), null);
        CollectingSink<ProspectView> newFromWebsite = list(own(owner), Optional.of(ProspectStatus.NEW),
                Optional.of("Website"), marker, List.of(), null);

        assertThat(fromWebsite.items()).extracting(ProspectView::id).containsExactly(website.id(), websiteLower.id());
        assertThat(fromWeb.items()).extracting(ProspectView::id).containsExactly(web.id());
        assertThat(lost.items()).extracting(ProspectView::id).containsExactly(websiteLower.id());
        assertThat(newFromWebsite.items()).extracting(ProspectView::id).containsExactly(website.id());
    }

    @Test
    void list_search_matchesNameCompanyEmailPhoneAndContactOnly() {
        int n = CrmFixtures.next();
        User owner = newUser(users, "owner");
        Viewer viewer = own(owner);
        String phoneDigits = String.format("%09d", 200_000_000 + n);
        Prospect byName = insert(new ProspectDetails("Nametoken" + n, "", null, null, "", null, "", "", null, ""),
                owner);
        Prospect byCompany = insert(new ProspectDetails("Plain", "Companytoken" + n, null, null, "", null, "", "",
                null, ""), owner);
        Prospect byEmail = insert(new ProspectDetails("Plain", "", EmailAddress.of("mailtoken" + n + "@example.com"),
                null, "", null, "", "", null, ""), owner);
        Prospect byPhone = insert(new ProspectDetails("Plain", "", null, PhoneNumber.of("+880 " + phoneDigits), "",
                null, "", "", null, ""), owner);
        Prospect byContact = insert(new ProspectDetails("Plain", "", null, null, "", null, "Contacttoken" + n, "",
                null, ""), owner);
        insert(new ProspectDetails("Plain", "", null, null, "Addresstoken" + n, null, "", "Sourcetoken" + n, null,
                "Notestoken" + n), owner);

        assertThat(search(viewer, "NAMETOKEN" + n)).containsExactly(byName.id());
        assertThat(search(viewer, "companytoken" + n)).containsExactly(byCompany.id());
        assertThat(search(viewer, "MAILTOKEN" + n + "@")).containsExactly(byEmail.id());
        assertThat(search(viewer, phoneDigits)).containsExactly(byPhone.id());
        assertThat(search(viewer, "contacttoken" + n)).containsExactly(byContact.id());
        assertThat(search(viewer, "addresstoken" + n)).isEmpty();
        assertThat(search(viewer, "sourcetoken" + n)).isEmpty();
        assertThat(search(viewer, "notestoken" + n)).isEmpty();
    }

    @Test
    void list_orderingAndPage_answerTheRequestedSlice() {
        String marker = CrmFixtures.marker("Ordered");
        User owner = newUser(users, "owner");
        Prospect alpha = insert(new ProspectDetails("alpha " + marker, "", null, null, "", Money.of("10"), "", "",
                TODAY.plusDays(2), ""), owner);
        Prospect bravo = insert(new ProspectDetails("Bravo " + marker, "", null, null, "", Money.of("30"), "", "",
                null, ""), owner);
        Prospect charlie = insert(new ProspectDetails("charlie " + marker, "", null, null, "", Money.of("20"), "", "",
                TODAY.plusDays(1), ""), owner);

        List<Long> byDefault = ids(list(own(owner), Optional.empty(), Optional.empty(), marker, List.of(), null));
        List<Long> byName = ids(list(own(owner), Optional.empty(), Optional.empty(), marker,
                List.of(SortOrder.ascending(ProspectSortField.NAME)), null));
        List<Long> byRevenueDown = ids(list(own(owner), Optional.empty(), Optional.empty(), marker,
                List.of(SortOrder.descending(ProspectSortField.POTENTIAL_REVENUE)), null));
        List<Long> byFollowUp = ids(list(own(owner), Optional.empty(), Optional.empty(), marker,
                List.of(SortOrder.ascending(ProspectSortField.FOLLOW_UP_DATE)), null));
        List<Long> byFollowUpDown = ids(list(own(owner), Optional.empty(), Optional.empty(), marker,
                List.of(SortOrder.descending(ProspectSortField.FOLLOW_UP_DATE)), null));
        CollectingSink<ProspectView> secondPage = list(own(owner), Optional.empty(), Optional.empty(), marker,
                List.of(SortOrder.ascending(ProspectSortField.NAME)), new PageRequest(2, 2));

        assertThat(byDefault).containsExactly(alpha.id(), bravo.id(), charlie.id());
        assertThat(byName).containsExactly(alpha.id(), bravo.id(), charlie.id());
        assertThat(byRevenueDown).containsExactly(bravo.id(), charlie.id(), alpha.id());
        assertThat(byFollowUp).containsExactly(bravo.id(), charlie.id(), alpha.id());
        assertThat(byFollowUpDown).containsExactly(alpha.id(), charlie.id(), bravo.id());
        assertThat(secondPage.total()).isEqualTo(3);
        assertThat(ids(secondPage)).containsExactly(charlie.id());
    }

    @Test
    void list_everySortFieldBothWays_isAccepted() {
        String marker = CrmFixtures.marker("Sorted");
        User owner = newUser(users, "owner");
        newProspect(marker + " one", owner, "");
        newProspect(marker + " two", owner, "");

        for (ProspectSortField field : ProspectSortField.values()) {
            for (boolean descending : new boolean[] {false, true}) {
                CollectingSink<ProspectView> sorted = list(own(owner), Optional.empty(), Optional.empty(), marker,
                        List.of(new SortOrder<>(field, descending)), new PageRequest(1, 10));

                assertThat(sorted.items()).as("ordered by %s, descending %s", field, descending).hasSize(2);
            }
        }
    }

    @Test
    void history_recordedChanges_areOldestFirstWithTheirAuthors() {
        User owner = newUser(users, "owner");
        User manager = newUser(users, "manager");
        Prospect prospect = newProspect("Tracked", owner, "");
        Prospect other = newProspect("Other", owner, "");
        prospects.recordStatusChange(prospect.id(),
                new StatusChange(ProspectStatus.NEW, ProspectStatus.CONTACTED, owner.id(), NOW.plusSeconds(2)));
        prospects.recordStatusChange(prospect.id(),
                new StatusChange(null, ProspectStatus.NEW, manager.id(), NOW.plusSeconds(1)));
        prospects.recordStatusChange(prospect.id(),
                new StatusChange(ProspectStatus.CONTACTED, ProspectStatus.QUALIFIED, owner.id(), NOW.plusSeconds(2)));
        prospects.recordStatusChange(other.id(),
                new StatusChange(ProspectStatus.NEW, ProspectStatus.LOST, owner.id(), NOW));

        List<StatusChangeView> history = prospects.history(prospect.id());

        assertThat(history).containsExactly(
                new StatusChangeView(null, "new", manager.id(), manager.username().value(), NOW.plusSeconds(1)),
                new StatusChangeView("new", "contacted", owner.id(), owner.username().value(), NOW.plusSeconds(2)),
                new StatusChangeView("contacted", "qualified", owner.id(), owner.username().value(),
                        NOW.plusSeconds(2)));
    }

    @Test
    void delete_prospectWithHistory_removesItAndItsHistory() {
        User owner = newUser(users, "owner");
        Prospect prospect = newProspect("Doomed", owner, "");
        prospects.recordStatusChange(prospect.id(),
                new StatusChange(ProspectStatus.NEW, ProspectStatus.LOST, owner.id(), NOW));

        prospects.delete(prospect.id());

        assertThat(prospects.findView(all(owner), prospect.id())).isEmpty();
        assertThat(dsl.fetchCount(PROSPECT_STATUS_CHANGE, PROSPECT_STATUS_CHANGE.PROSPECT_ID.eq(prospect.id())))
                .isZero();
    }

    @Test
    void deletingTheCustomer_convertedProspect_staysUnlinked() {
        User owner = newUser(users, "owner");
        Customer customer = newCustomer("Converted");
        Prospect prospect = newProspect("Converting", owner, "");
        prospects.update(prospect.convertedInto(customer.id(), NOW));

        customers.delete(customer.id());

        ProspectView view = prospects.findView(own(owner), prospect.id()).orElseThrow();
        assertThat(view.customerId()).isNull();
        assertThat(view.status()).isEqualTo("qualified");
    }

    @Test
    void deletingTheOwner_prospectAndHistory_stayWithoutTheUser() {
        User owner = newUser(users, "owner");
        User admin = newUser(users, "admin");
        Prospect prospect = newProspect("Orphaned", owner, "");
        prospects.recordStatusChange(prospect.id(),
                new StatusChange(ProspectStatus.NEW, ProspectStatus.CONTACTED, owner.id(), NOW));

        dsl.deleteFrom(APP_USER).where(APP_USER.ID.eq(owner.id())).execute();

        ProspectView view = prospects.findView(all(admin), prospect.id()).orElseThrow();
        assertThat(view.salesPersonId()).isNull();
        assertThat(prospects.findView(own(owner), prospect.id())).isEmpty();
        assertThat(prospects.history(prospect.id())).containsExactly(
                new StatusChangeView("new", "contacted", null, null, NOW));
    }

    private static List<Long> ids(CollectingSink<ProspectView> sink) {
        return sink.items().stream().map(ProspectView::id).toList();
    }

    private List<Long> search(Viewer viewer, String text) {
        return ids(list(viewer, Optional.empty(), Optional.empty(), text, List.of(), null));
    }

    private CollectingSink<ProspectView> list(Viewer viewer, Optional<ProspectStatus> status, Optional<String> source,
            String search, List<SortOrder<ProspectSortField>> ordering, PageRequest page) {
        CollectingSink<ProspectView> sink = new CollectingSink<>();
        prospects.list(new ListProspectsQuery(viewer, status, source,
                new ListSpec<>(Optional.ofNullable(search), ordering, Optional.ofNullable(page))), sink);
        return sink;
    }

    private Prospect newProspect(String name, User owner, String source) {
        return insert(details(name, source), owner);
    }

    private Prospect insert(ProspectDetails details, User owner) {
        return prospects.insert(Prospect.create(details, owner.id(), TODAY, NOW));
    }

    private static ProspectDetails details(String name, String source) {
        return new ProspectDetails(name, name + " Co",
                EmailAddress.of("prospect" + CrmFixtures.next() + "@example.com"), PhoneNumber.of("+880 1711-000000"),
                "Dhaka", Money.of("500"), "Contact", source, TODAY.plusDays(1), "Notes");
    }

    private Customer newCustomer(String name) {
        Customer customer = Customer.create(customers.nextId(), "KTL", new CustomerDetails(name, "",
                EmailAddress.of("converted" + CrmFixtures.next() + "@example.com"), PhoneNumber.of("01711000000"), "",
                null, null, null), null, null, null, TODAY, NOW);
        customers.insert(customer);
        return customer;
    }
}
