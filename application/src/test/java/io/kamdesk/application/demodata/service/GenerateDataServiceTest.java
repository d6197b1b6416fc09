package io.kamdesk.application.demodata.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.application.billing.testing.InMemoryBillRepository;
import io.kamdesk.application.billing.testing.InMemoryPaymentRepository;
import io.kamdesk.application.crm.testing.InMemoryCustomerRepository;
import io.kamdesk.application.crm.testing.InMemoryKamDirectory;
import io.kamdesk.application.demodata.port.in.GenerateDataReport;
import io.kamdesk.application.demodata.port.in.GenerateDataUseCase;
import io.kamdesk.application.demodata.port.in.GenerateDemoDataCommand;
import io.kamdesk.application.fileio.testing.CrmBillableCustomers;
import io.kamdesk.application.identity.port.out.PasswordHasher;
import io.kamdesk.application.identity.testing.IdentityFakes;
import io.kamdesk.application.shared.BusinessCalendar;
import io.kamdesk.application.shared.testing.InMemoryTransactions;
import io.kamdesk.application.shared.testing.MutableClock;
import io.kamdesk.domain.billing.Bill.BillTerms;
import io.kamdesk.domain.billing.Bill;
import io.kamdesk.domain.billing.BillCharges;
import io.kamdesk.domain.billing.BillLine;
import io.kamdesk.domain.billing.BillStatus;
import io.kamdesk.domain.crm.Customer;
import io.kamdesk.domain.crm.CustomerStatus;
import io.kamdesk.domain.identity.Role;
import io.kamdesk.domain.identity.User;
import io.kamdesk.domain.shared.ConflictException;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Subject;
import io.kamdesk.domain.shared.Violation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GenerateDataServiceTest {

    // 12:00 in Dhaka on Saturday 15 March 2025
    private static final String NOON = "2025-03-15T06:00:00Z";
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 15);

    /** A database of its own: identity, customers and bills behind one transaction manager. */
    private static final class World {

        final IdentityFakes identity = new IdentityFakes();
        final InMemoryCustomerRepository customers = new InMemoryCustomerRepository(new InMemoryKamDirectory());
        final CrmBillableCustomers billable = new CrmBillableCustomers(customers);
        final InMemoryBillRepository bills = new InMemoryBillRepository(billable);
        final InMemoryPaymentRepository payments = new InMemoryPaymentRepository(bills, billable);
        final InMemoryTransactions transactions = new InMemoryTransactions(identity.users(), identity.roles(),
                customers, bills, payments);

        {
            customers.joinUsers(id -> identity.users().findById(id).isPresent());
        }
        final MutableClock clock = MutableClock.at(NOON);
        int hashes;
        final PasswordHasher hasher = new PasswordHasher() {
            @Override
            public String hash(String rawPassword) {
                hashes++;
                return identity.hasher().hash(rawPassword);
            }

            @Override
            public boolean matches(String rawPassword, String hash) {
                return identity.hasher().matches(rawPassword, hash);
            }
        };
        final GenerateDataUseCase service = new GenerateDataService(
                new RepositoryDemoDataStore(identity.users(), identity.roles(), customers, bills, payments), hasher,
                transactions,
                new BusinessCalendar(clock, ZoneId.of("Asia/Dhaka")), new DemoDataSettings("KTL", "KTL"));

        World() {
            identity.givenSeededRoles();
        }

        GenerateDataReport generate(int customers, int billsPerCustomer, int users, long seed) {
            return service.generateData(new GenerateDemoDataCommand(customers, billsPerCustomer, users, seed, null));
        }

        List<User> generatedUsers() {
            return identity.users().all().stream()
                    .filter(user -> user.email().value().endsWith("@" + GenerateDataService.USER_DOMAIN)).toList();
        }

        /** Everything written, with ids replaced by positions: what must not depend on the database. */
        List<String> content() {
            List<String> lines = new ArrayList<>();
            List<User> kams = generatedUsers();
            kams.forEach(user -> lines.add("user " + user.email() + " " + user.username() + " " + user.firstName() + " "
                    + user.lastName() + " role " + user.roleId().orElseThrow() + " " + user.isActive()));
            Map<Long, Integer> kamPosition = positions(kams, User::id);
            List<Customer> stored = customers.all();
            Map<Long, Integer> customerPosition = positions(stored, Customer::id);
            stored.forEach(customer -> lines.add("customer " + customer.details() + " kam "
                    + customer.kamId().map(kamPosition::get).orElse(null) + " " + customer.status() + " "
                    + customer.joinedOn() + " " + customer.leftOn().orElse(null)));
            bills.all().forEach(bill -> lines.add("bill of " + customerPosition.get(bill.customerId()) + " "
                    + bill.terms() + " " + bill.charges().lines() + " " + bill.charges().discount() + " "
                    + bill.charges().received() + " " + bill.status()));
            return lines;
        }

        private static <T> Map<Long, Integer> positions(List<T> items, Function<T, Long> id) {
            return items.stream().collect(Collectors.toMap(id, items::indexOf));
        }
    }

    @Test
    void generateData_sameSeedOnTheSameDay_writesTheSameContent_evenWhereIdsDiffer() {
        World empty = new World();
        World busy = new World();
        busy.identity.givenUser("someone@kamdesk.test", "Sturdy-Passphrase-42");
        long taken = busy.customers.nextIds(7).getLast();
        busy.bills.nextIds(11);

        empty.generate(40, 6, 4, 42);
        busy.generate(40, 6, 4, 42);

        assertThat(busy.content()).isEqualTo(empty.content()).hasSize(4 + 40 + 40 * 6);
        assertThat(busy.customers.all().getFirst().id()).isGreaterThan(taken);
        assertThat(busy.customers.all().getFirst().id()).isNotEqualTo(empty.customers.all().getFirst().id());
    }

    @Test
    void generateData_anotherSeed_writesOtherContent_besideTheFirst() {
        World world = new World();
        world.generate(30, 3, 3, 42);
        List<String> first = world.content();
        World other = new World();

        other.generate(30, 3, 3, 43);
        world.generate(30, 3, 3, 43);

        assertThat(other.content()).isNotEqualTo(first);
        assertThat(world.customers.all()).hasSize(60);
        assertThat(world.bills.all()).hasSize(180);
        assertThat(world.generatedUsers()).hasSize(6);
    }

    @Test
    void generateData_writesWhatWasAsked_kamsWithTheSalesPersonRoleAndTheDocumentedPassword() {
        World world = new World();

        GenerateDataReport report = world.generate(120, 12, 5, 7);

        assertThat(report.customers()).isEqualTo(120);
        assertThat(report.bills()).isEqualTo(120 * 12);
        assertThat(report.userEmails()).containsExactly("kam1.s7@demo.kamdesk.local", "kam2.s7@demo.kamdesk.local",
                "kam3.s7@demo.kamdesk.local", "kam4.s7@demo.kamdesk.local", "kam5.s7@demo.kamdesk.local");
        assertThat(world.customers.all()).hasSize(120);
        assertThat(world.bills.all()).hasSize(1440);
        long salesPerson = world.identity.roles().findByName(Role.SALES_PERSON).orElseThrow().id();
        assertThat(world.generatedUsers()).hasSize(5).allSatisfy(user -> {
            assertThat(user.roleId()).contains(salesPerson);
            assertThat(user.isActive()).isTrue();
            assertThat(world.hasher.matches(GenerateDataUseCase.USER_PASSWORD, user.passwordHash())).isTrue();
        });
        assertThat(world.hashes).as("one slow hash for all users").isEqualTo(1);
    }

    @Test
    void generateData_customers_areSpreadOverTheKams_mostlyActive_leavingDatesOnlyWhenNotActive() {
        World world = new World();

        world.generate(400, 2, 6, 42);

        Set<Long> kamIds = world.generatedUsers().stream().map(User::id).collect(Collectors.toSet());
        List<Customer> customers = world.customers.all();
        assertThat(customers).filteredOn(customer -> customer.kamId().isEmpty()).isNotEmpty();
        assertThat(customers.stream().flatMap(customer -> customer.kamId().stream()).collect(Collectors.toSet()))
                .isEqualTo(kamIds);
        Map<CustomerStatus, Long> statuses = customers.stream()
                .collect(Collectors.groupingBy(Customer::status, Collectors.counting()));
        assertThat(statuses.keySet()).containsExactlyInAnyOrder(CustomerStatus.values());
        assertThat(statuses.get(CustomerStatus.ACTIVE)).isGreaterThan(customers.size() * 7L / 10);
        assertThat(customers).allSatisfy(customer -> {
            assertThat(customer.leftOn().isPresent()).isEqualTo(customer.status() != CustomerStatus.ACTIVE);
            assertThat(customer.joinedOn()).isAfterOrEqualTo(TODAY.minusYears(5)).isBeforeOrEqualTo(TODAY);
            customer.leftOn().ifPresent(left -> assertThat(left).isAfter(customer.joinedOn()).isBeforeOrEqualTo(TODAY));
            assertThat(customer.customerNumber()).startsWith("KTL-");
        });
        assertThat(customers.stream().map(customer -> customer.details().email()).distinct()).hasSize(400);
    }

    @Test
    void generateData_bills_areMonthlyUpToToday_ofGeneratedCustomers_withTotalsByTheRule() {
        World world = new World();

        world.generate(60, 24, 3, 42);

        Map<Long, Customer> customers = world.customers.all().stream()
                .collect(Collectors.toMap(Customer::id, Function.identity()));
        Map<Long, List<Bill>> byCustomer = world.bills.all().stream()
                .collect(Collectors.groupingBy(Bill::customerId));
        assertThat(customers.keySet()).containsAll(byCustomer.keySet());
        assertThat(byCustomer.values()).allSatisfy(ofOne -> {
            assertThat(ofOne).hasSize(24);
            Customer customer = customers.get(ofOne.getFirst().customerId());
            for (int i = 0; i < ofOne.size(); i++) {
                BillTerms terms = ofOne.get(i).terms();
                assertThat(terms.billingDate()).isBeforeOrEqualTo(TODAY).isAfterOrEqualTo(customer.joinedOn());
                assertThat(YearMonth.from(terms.billingDate()))
                        .isEqualTo(YearMonth.from(ofOne.getFirst().terms().billingDate()).plusMonths(i));
                customer.leftOn().ifPresent(left -> assertThat(terms.billingDate()).isBefore(left));
            }
        });
        assertThat(world.bills.all()).allSatisfy(bill -> {
            BillCharges charges = bill.charges();
            Money gross = charges.lines().stream().map(BillLine::amount).reduce(Money.ZERO, Money::plus);
            assertThat(bill.totalBill()).isEqualTo(gross.minus(charges.discount()));
            assertThat(bill.totalDue()).isEqualTo(bill.totalBill().minus(charges.received()));
            assertThat(bill.totalDue().isNegative()).isFalse();
            assertThat(bill.billNumber()).startsWith("KTL-BL-").contains("-" + bill.id() + "-");
        });
        List<Bill> all = world.bills.all();
        assertThat(all).anySatisfy(bill -> assertThat(YearMonth.from(bill.terms().billingDate()))
                .isEqualTo(YearMonth.from(TODAY)));
        assertThat(all).anySatisfy(bill -> assertThat(bill.status()).isEqualTo(BillStatus.INACTIVE));
        assertThat(all).anySatisfy(bill -> assertThat(bill.charges().discount().isZero()).isFalse());
        assertThat(all).anySatisfy(bill -> assertThat(bill.totalDue().isZero()).isTrue());
        assertThat(all).anySatisfy(bill -> assertThat(bill.charges().received().isZero()).isTrue());
        assertThat(all).anySatisfy(bill -> {
            assertThat(bill.charges().received().isZero()).isFalse();
            assertThat(bill.charges().received()).isLessThan(bill.totalBill());
        });
    }

    @Test
    void generateData_writesInBatchesOfAboutFiveThousandRows_andReportsProgressAfterEach() {
        World world = new World();
        List<String> progress = new ArrayList<>();

        world.service.generateData(new GenerateDemoDataCommand(250, 49, 2, 42,
                (customers, bills) -> progress.add(customers + "/" + bills)));

        // 5,000 rows / (1 customer + 49 bills) = 100 customers a batch, after one transaction for the users
        assertThat(world.transactions.committed()).isEqualTo(1 + 3);
        assertThat(progress).containsExactly("100/4900", "200/9800", "250/12250");
    }

    @Test
    void generateData_issuesEachBatchsBillsMonthByMonth_undatedFirst() {
        World world = new World();

        world.generate(40, 12, 2, 42);

        List<LocalDate> inIdOrder = world.bills.all().stream()
                .sorted(Comparator.comparingLong(Bill::id))
                .map(bill -> bill.terms().billingDate())
                .toList();
        assertThat(inIdOrder).hasSize(480).isSortedAccordingTo(
                Comparator.nullsFirst(Comparator.naturalOrder()));
        assertThat(inIdOrder.stream().distinct().count()).isGreaterThan(6);
    }

    @Test
    void generateData_aSeedAlreadyGenerated_isRefused_andWritesNothing() {
        World world = new World();
        world.generate(20, 2, 2, 42);

        assertThatThrownBy(() -> world.generate(50, 1, 3, 42)).isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).arguments())
                        .containsExactly("--seed 42", "user kam1.s42@demo.kamdesk.local"));
        assertThatThrownBy(() -> world.generate(50, 1, 0, 42)).isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).arguments().get(1)).asString()
                        .startsWith("customer accounts.c1.s42@"));
        assertThat(world.customers.all()).hasSize(20);
        assertThat(world.generatedUsers()).hasSize(2);
    }

    @Test
    void generateData_withoutUsers_leavesEveryCustomerUnassigned() {
        World world = new World();

        GenerateDataReport report = world.generate(25, 1, 0, 42);

        assertThat(report.userEmails()).isEmpty();
        assertThat(world.customers.all()).hasSize(25).allSatisfy(customer -> assertThat(customer.kamId()).isEmpty());
        assertThat(world.hashes).isZero();
    }

    @Test
    void generateData_withoutTheSalesPersonRole_isRefused() {
        World world = new World();
        world.identity.roles().delete(world.identity.roles().findByName(Role.SALES_PERSON).orElseThrow().id());

        assertThatThrownBy(() -> world.generate(5, 1, 1, 42)).isInstanceOf(NotFoundException.class)
                .satisfies(e -> assertThat(((NotFoundException) e).arguments()).containsExactly(Subject.ROLE,
                        "sales_person"));
        assertThat(world.customers.all()).isEmpty();
    }

    @Test
    void request_outsideTheLimits_isRefused() {
        assertThatThrownBy(() -> new GenerateDemoDataCommand(-1, 1, 1, 42, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .isEqualTo(Map.of("customers", List.of(Violation.of(Reason.OUT_OF_RANGE, 0, 1_000_000)))));
        assertThatThrownBy(() -> new GenerateDemoDataCommand(1_000_001, 1, 1, 42, null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new GenerateDemoDataCommand(1, 121, 1, 42, null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new GenerateDemoDataCommand(1, 1, 1_001, 42, null))
                .isInstanceOf(InvalidInputException.class);
        GenerateDemoDataCommand demo = GenerateDemoDataCommand.demo(42, null);
        assertThat(List.of(demo.customers(), demo.billsPerCustomer(), demo.users())).containsExactly(300, 24, 8);
    }

    @Test
    void generateData_aCustomerDependsOnlyOnTheSeedAndItsPosition_notOnTheRunsSize() {
        World small = new World();
        World large = new World();

        small.generate(10, 3, 0, 42);
        large.generate(30, 3, 0, 42);

        assertThat(large.content().subList(0, 10)).isEqualTo(small.content().subList(0, 10));
    }
}
