package io.kamdesk.adapter.out.persistence.crm;

import static io.kamdesk.adapter.out.persistence.crm.CrmFixtures.NOW;
import static io.kamdesk.adapter.out.persistence.crm.CrmFixtures.all;
import static io.kamdesk.adapter.out.persistence.crm.CrmFixtures.newUser;
import static io.kamdesk.adapter.out.persistence.crm.CrmFixtures.own;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kamdesk.adapter.out.persistence.testing.FreshDatabaseInitializer;
import io.kamdesk.adapter.out.persistence.testing.PersistenceTestApplication;
import io.kamdesk.application.crm.port.out.CustomerRepository.Located;
import io.kamdesk.application.crm.port.out.CustomerRepository;
import io.kamdesk.application.identity.port.out.UserRepository;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.domain.crm.Customer;
import io.kamdesk.domain.crm.CustomerDetails;
import io.kamdesk.domain.crm.CustomerStatus;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.PhoneNumber;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Subject;
import io.kamdesk.domain.shared.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/** The bulk forms of the customer writes and reads an import uses: COPY, batched updates, keys in arrays. */
@SpringBootTest(classes = PersistenceTestApplication.class)
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class CustomerBulkWritesIT {

    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    CustomerRepository customers;
    @Autowired
    UserRepository users;
    @Autowired
    Transactions transactions;
    @Autowired
    DSLContext dsl;

    private static String email(String prefix) {
        return prefix + CrmFixtures.next() + "@bulk.example.com";
    }

    /** A customer with a freshly reserved id, not stored. */
    private Customer customer(CustomerDetails details, User kam) {
        return Customer.create(customers.nextId(), "KTL", details, kam == null ? null : kam.id(), null, null, TODAY,
                NOW);
    }

    private Customer customer(String name, String linkId, User kam) {
        return customer(new CustomerDetails(name, name + " Group", EmailAddress.of(email("bulk")),
                PhoneNumber.of("01711000000"), "Dhaka", linkId, Money.of("1000"), Money.of("2000")), kam);
    }

    private Optional<Customer> find(long id) {
        return transactions.inTransaction(() -> customers.findVisibleForUpdate(all(newUser(users, "reader")), id));
    }

    private InvalidInputException refusal(Runnable write) {
        InvalidInputException refusal = catchThrowableOfType(InvalidInputException.class,
                () -> transactions.run(write));
        assertThat(refusal).as("refused as invalid input").isNotNull();
        return refusal;
    }

    @Test
    void nextIds_reservesDistinctIdsInOneCall() {
        List<Long> ids = customers.nextIds(300);

        assertThat(ids).hasSize(300).doesNotHaveDuplicates();
        assertThat(customers.nextId()).isGreaterThan(ids.stream().mapToLong(Long::longValue).max().orElseThrow());
    }

    @Test
    void insertAll_textWithQuotesCommasNewlinesAndBangla_isStoredExactly() {
        User kam = newUser(users, "bulk-kam");
        Customer quoted = customer(new CustomerDetails("Bulk \"Quoted\", Ltd", "বাংলা টেলিকম, \"লিমিটেড\"",
                EmailAddress.of(email("quoted")), PhoneNumber.of("+880 1711-000001"),
                "House 5, Road \"7\"\nGulshan, ঢাকা\r\n\\.\nlast line", "LNK-\"" + CrmFixtures.next() + "\",x",
                Money.of("1234567.89"), Money.of("0.01")), kam);
        Customer plain = customer(new CustomerDetails("NULL", "", EmailAddress.of(email("plain")),
                PhoneNumber.of("01711000002"), "", null, Money.ZERO, Money.ZERO), null);
        Customer backslashes = customer(new CustomerDetails("\\N", "\\", EmailAddress.of(email("slash")),
                PhoneNumber.of("01711000003"), "\"", null, Money.ZERO, Money.ZERO), kam);

        transactions.run(() -> customers.insertAll(List.of(quoted, plain, backslashes)));

        assertThat(find(quoted.id())).get().usingRecursiveComparison().isEqualTo(quoted);
        assertThat(find(plain.id())).get().usingRecursiveComparison().isEqualTo(plain);
        assertThat(find(backslashes.id())).get().usingRecursiveComparison().isEqualTo(backslashes);
    }

    @Test
    void insertAll_nullLinkIdAndEmptyAddress_stayNullAndEmptyInTheTable() {
        Customer plain = customer(new CustomerDetails("Plain", "", EmailAddress.of(email("plain")),
                PhoneNumber.of("01711000002"), "", null, Money.ZERO, Money.ZERO), null);

        transactions.run(() -> customers.insertAll(List.of(plain)));

        Record row = dsl.select(CUSTOMER.LINK_ID, CUSTOMER.ADDRESS, CUSTOMER.COMPANY_NAME, CUSTOMER.KAM_ID,
                CUSTOMER.LEFT_ON, CUSTOMER.CUSTOMER_NUMBER).from(CUSTOMER).where(CUSTOMER.ID.eq(plain.id())).fetchSingle();
        assertThat(row.get(CUSTOMER.LINK_ID)).isNull();
        assertThat(row.get(CUSTOMER.ADDRESS)).isEqualTo("");
        assertThat(row.get(CUSTOMER.COMPANY_NAME)).isEqualTo("");
        assertThat(row.get(CUSTOMER.KAM_ID)).isNull();
        assertThat(row.get(CUSTOMER.LEFT_ON)).isNull();
        assertThat(row.get(CUSTOMER.CUSTOMER_NUMBER)).isEqualTo(plain.customerNumber());
    }

    @Test
    void insertAll_sameAsOneInsertAtATime() {
        User kam = newUser(users, "bulk-kam");
        Customer single = customer(new CustomerDetails("Twin", "Twin Co", EmailAddress.of(email("single")),
                PhoneNumber.of("01711000004"), "Road 1", "T-" + CrmFixtures.next(), Money.of("5"), Money.of("6")), kam);
        Customer bulk = customer(new CustomerDetails("Twin", "Twin Co", EmailAddress.of(email("bulk")),
                PhoneNumber.of("01711000004"), "Road 1", "T-" + CrmFixtures.next(), Money.of("5"), Money.of("6")), kam);
        Customer lost = Customer.create(customers.nextId(), "KTL", new CustomerDetails("Gone", "", EmailAddress.of(
                email("lost")), PhoneNumber.of("01711000005"), "", null, null, null), kam.id(), CustomerStatus.LOST,
                TODAY.minusYears(1), TODAY, NOW);

        customers.insert(single);
        transactions.run(() -> customers.insertAll(List.of(bulk, lost)));

        Customer storedSingle = find(single.id()).orElseThrow();
        Customer storedBulk = find(bulk.id()).orElseThrow();
        assertThat(storedBulk.details()).usingRecursiveComparison().ignoringFields("email", "linkId")
                .isEqualTo(storedSingle.details());
        assertThat(storedBulk).usingRecursiveComparison().isEqualTo(bulk);
        assertThat(find(lost.id())).get().usingRecursiveComparison().isEqualTo(lost);
    }

    @Test
    void insertAll_emailClash_isTheAnswerOfASingleInsertAndWritesNothing() {
        Customer holder = customer("Holder", null, null);
        customers.insert(holder);
        Customer good = customer("Good", null, null);
        Customer clash = customer(new CustomerDetails("Clash", "", holder.details().email(),
                PhoneNumber.of("01711000006"), "", null, null, null), null);

        InvalidInputException bulk = refusal(() -> customers.insertAll(List.of(good, clash)));
        InvalidInputException single = refusal(() -> customers.insert(clash));

        assertThat(bulk.fieldErrors()).isEqualTo(single.fieldErrors())
                .isEqualTo(Map.of("email", List.of(Violation.of(Reason.TAKEN, Subject.CUSTOMER))));
        assertThat(find(good.id())).isEmpty();
        assertThat(find(clash.id())).isEmpty();
    }

    @Test
    void insertAll_linkIdClash_isTheAnswerOfASingleInsertAndWritesNothing() {
        String link = "LNK-" + CrmFixtures.next();
        customers.insert(customer("Holder", link, null));
        Customer good = customer("Good", "LNK-" + CrmFixtures.next(), null);
        Customer clash = customer("Clash", link, null);

        InvalidInputException bulk = refusal(() -> customers.insertAll(List.of(good, clash)));
        InvalidInputException single = refusal(() -> customers.insert(clash));

        assertThat(bulk.fieldErrors()).isEqualTo(single.fieldErrors())
                .isEqualTo(Map.of("linkId", List.of(Violation.of(Reason.TAKEN, Subject.CUSTOMER))));
        assertThat(find(good.id())).isEmpty();
    }

    @Test
    void insertAll_twoNewCustomersWithOneEmail_isRefusedOnTheEmail() {
        Customer first = customer("First", null, null);
        Customer second = customer(new CustomerDetails("Second", "", first.details().email(),
                PhoneNumber.of("01711000007"), "", null, null, null), null);

        InvalidInputException bulk = refusal(() -> customers.insertAll(List.of(first, second)));

        assertThat(bulk.fieldErrors()).containsOnlyKeys("email");
        assertThat(find(first.id())).isEmpty();
    }

    @Test
    void insertAll_clashInsideAnOpenTransaction_leavesItUsableAfterTheSavepoint() {
        String link = "LNK-" + CrmFixtures.next();
        Customer holder = customer("Holder", link, null);
        Customer clash = customer("Clash", link, null);
        Customer after = customer("After", null, null);

        transactions.run(() -> {
            customers.insert(holder);
            assertThat(catchThrowableOfType(InvalidInputException.class,
                    () -> transactions.nested(() -> {
                        customers.insertAll(List.of(clash));
                        return null;
                    }))).isNotNull();
            customers.insertAll(List.of(after));
        });

        assertThat(find(holder.id())).isPresent();
        assertThat(find(after.id())).isPresent();
        assertThat(find(clash.id())).isEmpty();
    }

    @Test
    void findByEmailsForUpdate_saysForEachCustomerWhetherTheViewerMayTouchIt() {
        User kam = newUser(users, "bulk-kam");
        User otherKam = newUser(users, "bulk-other");
        Customer mine = customer("Mine", null, kam);
        Customer theirs = customer("Theirs", null, otherKam);
        Customer nobodys = customer("Nobodys", null, null);
        transactions.run(() -> customers.insertAll(List.of(mine, theirs, nobodys)));
        EmailAddress unknown = EmailAddress.of(email("unknown"));
        List<EmailAddress> asked = List.of(mine.details().email(), theirs.details().email(), nobodys.details().email(),
                unknown);

        Map<EmailAddress, Located> forOwner = transactions.inTransaction(
                () -> customers.findByEmailsForUpdate(own(kam), asked));
        Map<EmailAddress, Located> forManager = transactions.inTransaction(
                () -> customers.findByEmailsForUpdate(all(otherKam), asked));

        assertThat(forOwner).containsOnlyKeys(mine.details().email(), theirs.details().email(),
                nobodys.details().email());
        assertThat(forOwner.get(mine.details().email()).visible()).isTrue();
        assertThat(forOwner.get(theirs.details().email()).visible()).isFalse();
        assertThat(forOwner.get(nobodys.details().email()).visible()).isFalse();
        assertThat(forOwner.get(theirs.details().email()).customer()).usingRecursiveComparison().isEqualTo(theirs);
        assertThat(forManager).containsOnlyKeys(forOwner.keySet());
        assertThat(forManager.values()).allSatisfy(located -> assertThat(located.visible()).isTrue());
        assertThat(forManager.get(mine.details().email()).customer()).usingRecursiveComparison().isEqualTo(mine);
    }

    @Test
    void findByEmailsForUpdate_emailAskedInAnotherCase_findsTheCustomer() {
        Customer stored = customer("Cased", null, null);
        customers.insert(stored);
        EmailAddress shouted = EmailAddress.of(stored.details().email().value().toUpperCase());

        Map<EmailAddress, Located> found = transactions.inTransaction(
                () -> customers.findByEmailsForUpdate(all(newUser(users, "reader")), List.of(shouted)));

        assertThat(found).containsOnlyKeys(stored.details().email());
        assertThat(found.get(shouted).customer().id()).isEqualTo(stored.id());
    }

    @Test
    void linkIdOwners_answersTheCustomerOfEachLinkIdInUseAndNothingForOthers() {
        String first = "LNK-" + CrmFixtures.next();
        String second = "LNK-" + CrmFixtures.next();
        String free = "LNK-" + CrmFixtures.next();
        Customer a = customer("A", first, null);
        Customer b = customer("B", second, null);
        transactions.run(() -> customers.insertAll(List.of(a, b)));

        Map<String, Long> owners = customers.linkIdOwners(List.of(first, second, free));

        assertThat(owners).isEqualTo(Map.of(first, a.id(), second, b.id()));
    }

    @Test
    void updateAll_revisesEveryCustomer() {
        User kam = newUser(users, "bulk-kam");
        Customer first = customer("First", "LNK-" + CrmFixtures.next(), kam);
        Customer second = customer("Second", null, null);
        transactions.run(() -> customers.insertAll(List.of(first, second)));
        var later = NOW.plusSeconds(60);
        Customer firstRevised = first.revise(new CustomerDetails("First, \"Revised\"", "নতুন", first.details().email(),
                        PhoneNumber.of("01811000000"), "Line\nBreak", null, Money.of("1"), Money.of("2")), later)
                .assignKam(null, later).changeStatus(CustomerStatus.INACTIVE, TODAY, later);
        Customer secondRevised = second.assignKam(kam.id(), later).rejoinDate(TODAY.minusDays(3), later);

        transactions.run(() -> customers.updateAll(List.of(firstRevised, secondRevised)));

        assertThat(find(first.id())).get().usingRecursiveComparison().isEqualTo(firstRevised);
        assertThat(find(second.id())).get().usingRecursiveComparison().isEqualTo(secondRevised);
    }

    @Test
    void updateAll_linkIdGivenUpByAnEarlierRevision_isFreeForALaterOne() {
        String link = "LNK-" + CrmFixtures.next();
        Customer giver = customer("Giver", link, null);
        Customer taker = customer("Taker", null, null);
        transactions.run(() -> customers.insertAll(List.of(giver, taker)));
        var later = NOW.plusSeconds(60);
        Customer given = giver.revise(withLinkId(giver.details(), null), later);
        Customer taken = taker.revise(withLinkId(taker.details(), link), later);

        transactions.run(() -> customers.updateAll(List.of(given, taken)));

        assertThat(customers.linkIdOwners(List.of(link))).isEqualTo(Map.of(link, taker.id()));
    }

    @Test
    void updateAll_linkIdClash_isTheAnswerOfASingleUpdateAndChangesNothing() {
        String link = "LNK-" + CrmFixtures.next();
        Customer holder = customer("Holder", link, null);
        Customer renamed = customer("Renamed", null, null);
        Customer taker = customer("Taker", null, null);
        transactions.run(() -> customers.insertAll(List.of(holder, renamed, taker)));
        var later = NOW.plusSeconds(60);
        Customer renaming = renamed.revise(new CustomerDetails("Renamed Again", "", renamed.details().email(),
                renamed.details().phone(), "", null, null, null), later);
        Customer taking = taker.revise(withLinkId(taker.details(), link), later);

        InvalidInputException bulk = refusal(() -> customers.updateAll(List.of(renaming, taking)));
        InvalidInputException single = refusal(() -> customers.update(taking));

        assertThat(bulk.fieldErrors()).isEqualTo(single.fieldErrors())
                .isEqualTo(Map.of("linkId", List.of(Violation.of(Reason.TAKEN, Subject.CUSTOMER))));
        assertThat(find(renamed.id())).get().usingRecursiveComparison().isEqualTo(renamed);
        assertThat(find(taker.id())).get().usingRecursiveComparison().isEqualTo(taker);
    }

    private static CustomerDetails withLinkId(CustomerDetails details, String linkId) {
        return new CustomerDetails(details.name(), details.companyName(), details.email(), details.phone(),
                details.address(), linkId, details.monthlyRevenue(), details.potentialRevenue());
    }
}
