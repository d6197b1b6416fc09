package io.kamdesk.application.crm.service;

import static io.kamdesk.application.crm.testing.CrmInputs.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kamdesk.application.crm.port.in.CreateCustomerUseCase;
import io.kamdesk.application.crm.port.in.CustomerCommand;
import io.kamdesk.application.crm.port.in.UpdateCustomerUseCase;
import io.kamdesk.application.crm.port.in.UpsertCustomersUseCase;
import io.kamdesk.application.crm.testing.CrmFakes;
import io.kamdesk.application.crm.testing.CrmInputs.CustomerCommandBuilder;
import io.kamdesk.application.shared.Upserted;
import io.kamdesk.domain.crm.Customer;
import io.kamdesk.domain.crm.CustomerDetails;
import io.kamdesk.domain.crm.CustomerStatus;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.DomainException;
import io.kamdesk.domain.shared.EmailAddress;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.NotPermittedException;
import io.kamdesk.domain.shared.PhoneNumber;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Refusal;
import io.kamdesk.domain.shared.Subject;
import io.kamdesk.domain.shared.Violation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UpsertCustomersServiceTest {

    private final CrmFakes fakes = new CrmFakes();
    private final UpsertCustomersUseCase service = new UpsertCustomersService(fakes.customers(), fakes.kams(),
            fakes.transactions(), fakes.calendar(), fakes.settings());
    private final CreateCustomerUseCase create = new CreateCustomerService(fakes.customers(), fakes.kams(),
            fakes.transactions(), fakes.calendar(), fakes.settings());
    private final UpdateCustomerUseCase update = new UpdateCustomerService(fakes.customers(), fakes.kams(),
            fakes.transactions(), fakes.calendar());

    private final Viewer jane = fakes.givenSalesPerson("jane");
    private final Viewer john = fakes.givenSalesPerson("john");
    private final Viewer manager = fakes.givenManager("maria");

    private static CustomerCommandBuilder acme() {
        return customer().name("Acme Inc").email("ops@acme.example").phone("01712345678");
    }

    private static CustomerCommandBuilder zeta() {
        return customer().name("Zeta Net").email("noc@zeta.example").phone("01812345678");
    }

    private Customer givenAcme(Long kamId) {
        return fakes.givenCustomer(kamId, new CustomerDetails("Acme Inc", "Acme Group",
                EmailAddress.of("ops@acme.example"), PhoneNumber.of("01712345678"), "Gulshan 1", "LNK-1",
                Money.of("5000"), Money.of("8000")));
    }

    private List<Upserted> upsert(Viewer actor, CustomerCommandBuilder... inputs) {
        return service.upsertCustomers(actor, Arrays.stream(inputs).map(CustomerCommandBuilder::build).toList());
    }

    private Optional<Customer> stored(String email) {
        return fakes.customers().findByEmailForUpdate(EmailAddress.of(email));
    }

    private static DomainException reason(Upserted result) {
        assertThat(result).isInstanceOf(Upserted.Refused.class);
        return ((Upserted.Refused) result).reason();
    }

    private static Map<String, List<Violation>> fieldErrors(Upserted result) {
        DomainException reason = reason(result);
        assertThat(reason).isInstanceOf(InvalidInputException.class);
        return ((InvalidInputException) reason).fieldErrors();
    }

    /** What the single create answers for the same input; it must refuse it too. */
    private DomainException createRefusal(Viewer actor, CustomerCommand input) {
        DomainException refusal = catchThrowableOfType(DomainException.class, () -> create.createCustomer(actor, input));
        assertThat(refusal).as("the single create refuses it too").isNotNull();
        return refusal;
    }

    private DomainException updateRefusal(Viewer actor, long id, CustomerCommand input) {
        DomainException refusal = catchThrowableOfType(DomainException.class,
                () -> update.updateCustomer(actor, id, input, false));
        assertThat(refusal).as("the single update refuses it too").isNotNull();
        return refusal;
    }

    // ---- creating

    @Test
    void upsertCustomers_newEmails_createsThemNumberedActiveJoinedTodayWithTheActorAsKam() {
        List<Upserted> results = upsert(jane, acme(), zeta());

        assertThat(results).hasSize(2).allSatisfy(result -> assertThat(result).isInstanceOf(Upserted.Created.class));
        long acmeId = ((Upserted.Created) results.get(0)).id();
        long zetaId = ((Upserted.Created) results.get(1)).id();
        assertThat(acmeId).isNotEqualTo(zetaId);
        Customer acme = fakes.customers().find(acmeId).orElseThrow();
        assertThat(acme.details().email()).isEqualTo(EmailAddress.of("ops@acme.example"));
        assertThat(acme.customerNumber()).isEqualTo("KTL-ACMEINCX-" + acmeId);
        assertThat(acme.kamId()).contains(jane.userId());
        assertThat(acme.status()).isEqualTo(CustomerStatus.ACTIVE);
        assertThat(acme.joinedOn()).isEqualTo(fakes.today());
        assertThat(acme.leftOn()).isEmpty();
        assertThat(acme.createdAt()).isEqualTo(fakes.clock().instant());
        assertThat(acme.details().linkId()).isNull();
        assertThat(acme.details().companyName()).isEmpty();
        assertThat(acme.details().monthlyRevenue()).isEqualTo(Money.ZERO);
        assertThat(fakes.customers().find(zetaId).orElseThrow().customerNumber()).isEqualTo("KTL-ZETANETX-" + zetaId);
    }

    @Test
    void upsertCustomers_newEmail_isStoredAsTheSingleCreateStoresIt() {
        var input = acme().companyName("Acme Group").address("Gulshan 1").linkId(" LNK-9 ").monthlyRevenue("5000")
                .potentialRevenue("7500.5").status("Inactive").joinedOn(LocalDate.parse("2024-01-15"));

        long id = ((Upserted.Created) upsert(manager, input).getFirst()).id();

        Customer upserted = fakes.customers().find(id).orElseThrow();
        long viaCreate = create.createCustomer(manager, input.email("twin@acme.example").linkId("LNK-10").build()).id();
        Customer created = fakes.customers().find(viaCreate).orElseThrow();
        assertThat(upserted.details()).isEqualTo(new CustomerDetails("Acme Inc", "Acme Group",
                EmailAddress.of("ops@acme.example"), PhoneNumber.of("01712345678"), "Gulshan 1", "LNK-9",
                Money.of("5000"), Money.of("7500.50")));
        assertThat(upserted.status()).isEqualTo(created.status()).isEqualTo(CustomerStatus.INACTIVE);
        assertThat(upserted.leftOn()).isEqualTo(created.leftOn()).contains(fakes.today());
        assertThat(upserted.joinedOn()).isEqualTo(created.joinedOn()).isEqualTo(LocalDate.parse("2024-01-15"));
        assertThat(upserted.kamId()).isEqualTo(created.kamId()).contains(manager.userId());
    }

    @Test
    void upsertCustomers_emptyList_answersNothingAndOpensNoTransaction() {
        List<Upserted> results = service.upsertCustomers(manager, List.of());

        assertThat(results).isEmpty();
        assertThat(fakes.transactions().committed()).isZero();
    }

    // ---- updating by e-mail

    @Test
    void upsertCustomers_knownEmailInAnotherCase_updatesThatCustomer() {
        Customer acme = givenAcme(jane.userId());
        fakes.clock().advance(Duration.ofHours(1));

        List<Upserted> results = upsert(manager, customer().email(" OPS@Acme.EXAMPLE ").name("Acme Renamed")
                .phone("01799999999"));

        assertThat(results).containsExactly(new Upserted.Updated(acme.id()));
        assertThat(fakes.customers().all()).hasSize(1);
        Customer after = fakes.customers().find(acme.id()).orElseThrow();
        assertThat(after.details().name()).isEqualTo("Acme Renamed");
        assertThat(after.details().phone()).isEqualTo(PhoneNumber.of("01799999999"));
        assertThat(after.details().linkId()).isEqualTo("LNK-1");
        assertThat(after.customerNumber()).isEqualTo(acme.customerNumber());
        assertThat(after.kamId()).contains(jane.userId());
        assertThat(after.updatedAt()).isEqualTo(fakes.clock().instant());
        assertThat(after.createdAt()).isEqualTo(acme.createdAt());
    }

    @Test
    void upsertCustomers_knownEmail_isChangedAsTheSingleUpdateChangesIt() {
        Customer acme = givenAcme(jane.userId());
        Customer twin = fakes.givenCustomer(jane.userId(), new CustomerDetails("Acme Inc", "Acme Group",
                EmailAddress.of("twin@acme.example"), PhoneNumber.of("01712345678"), "Gulshan 1", "LNK-2",
                Money.of("5000"), Money.of("8000")));
        fakes.clock().advance(Duration.ofDays(3));
        var change = customer().address("Banani").status("Lost").assignedSalesPerson(john.userId())
                .joinedOn(LocalDate.parse("2023-05-01"));

        upsert(manager, change.email("ops@acme.example"));
        update.updateCustomer(manager, twin.id(), change.email("twin@acme.example").build(), false);

        Customer upserted = fakes.customers().find(acme.id()).orElseThrow();
        Customer updated = fakes.customers().find(twin.id()).orElseThrow();
        assertThat(upserted.details().address()).isEqualTo(updated.details().address()).isEqualTo("Banani");
        assertThat(upserted.status()).isEqualTo(updated.status()).isEqualTo(CustomerStatus.LOST);
        assertThat(upserted.leftOn()).isEqualTo(updated.leftOn()).contains(fakes.today());
        assertThat(upserted.kamId()).isEqualTo(updated.kamId()).contains(john.userId());
        assertThat(upserted.joinedOn()).isEqualTo(updated.joinedOn()).isEqualTo(LocalDate.parse("2023-05-01"));
        assertThat(upserted.updatedAt()).isEqualTo(updated.updatedAt());
    }

    @Test
    void upsertCustomers_inputAsStored_isUnchangedAndWritesNothing() {
        Customer acme = givenAcme(jane.userId());
        fakes.clock().advance(Duration.ofDays(2));

        List<Upserted> results = upsert(jane, customer().name("Acme Inc").companyName("Acme Group")
                .email("ops@acme.example").phone("01712345678").address("Gulshan 1").linkId("LNK-1")
                .monthlyRevenue("5000.00").potentialRevenue("8000").assignedSalesPerson(jane.userId())
                .status("Active").joinedOn(acme.joinedOn()));

        assertThat(results).containsExactly(new Upserted.Unchanged(acme.id()));
        Customer after = fakes.customers().find(acme.id()).orElseThrow();
        assertThat(after.updatedAt()).isEqualTo(acme.updatedAt());
        assertThat(after).usingRecursiveComparison().isEqualTo(acme);
    }

    @Test
    void upsertCustomers_onlyTheEmailSent_isUnchanged() {
        Customer acme = givenAcme(jane.userId());
        fakes.clock().advance(Duration.ofDays(2));

        List<Upserted> results = upsert(jane, customer().email("ops@acme.example"));

        assertThat(results).containsExactly(new Upserted.Unchanged(acme.id()));
        assertThat(fakes.customers().find(acme.id()).orElseThrow().updatedAt()).isEqualTo(acme.updatedAt());
    }

    @Test
    void upsertCustomers_sameNewEmailTwiceInOneCall_createsOneCustomerThenUpdatesIt() {
        List<Upserted> results = upsert(manager, acme(), acme().name("Acme Renamed").email("OPS@acme.example"),
                acme().name("Acme Renamed").email("ops@ACME.example"));

        assertThat(results).hasSize(3).first().isInstanceOf(Upserted.Created.class);
        long id = ((Upserted.Created) results.getFirst()).id();
        assertThat(results.subList(1, 3)).containsExactly(new Upserted.Updated(id), new Upserted.Unchanged(id));
        assertThat(fakes.customers().all()).singleElement().satisfies(customer -> {
            assertThat(customer.id()).isEqualTo(id);
            assertThat(customer.details().name()).isEqualTo("Acme Renamed");
            assertThat(customer.customerNumber()).isEqualTo("KTL-ACMEINCX-" + id);
        });
    }

    @Test
    void upsertCustomers_storedCustomerTwiceInOneCall_isUpdatedWithBothChanges() {
        Customer acme = givenAcme(jane.userId());

        List<Upserted> results = upsert(manager, customer().email("ops@acme.example").name("First"),
                customer().email("ops@acme.example").address("Second"));

        assertThat(results).containsExactly(new Upserted.Updated(acme.id()), new Upserted.Updated(acme.id()));
        Customer after = fakes.customers().find(acme.id()).orElseThrow();
        assertThat(after.details().name()).isEqualTo("First");
        assertThat(after.details().address()).isEqualTo("Second");
    }

    // ---- scope and KAM

    @Test
    void upsertCustomers_salesPersonOnAnotherKamsCustomer_isRefusedAndLeavesItAlone() {
        Customer johns = givenAcme(john.userId());

        List<Upserted> results = upsert(jane, customer().email("ops@acme.example").name("Taken Over"), zeta());

        assertThat(fieldErrors(results.get(0))).isEqualTo(
                Map.of("email", List.of(Violation.of(Reason.CUSTOMER_NOT_YOURS))));
        assertThat(results.get(1)).isInstanceOf(Upserted.Created.class);
        Customer after = fakes.customers().find(johns.id()).orElseThrow();
        assertThat(after).usingRecursiveComparison().isEqualTo(johns);
    }

    @Test
    void upsertCustomers_salesPersonOnAnUnassignedCustomer_isRefused() {
        Customer nobodys = givenAcme(null);

        List<Upserted> results = upsert(jane, customer().email("ops@acme.example").name("Mine Now"));

        assertThat(fieldErrors(results.getFirst())).containsOnlyKeys("email");
        assertThat(fakes.customers().find(nobodys.id()).orElseThrow()).usingRecursiveComparison().isEqualTo(nobodys);
    }

    @Test
    void upsertCustomers_salesPersonOnTheirOwnCustomer_updatesIt() {
        Customer janes = givenAcme(jane.userId());

        List<Upserted> results = upsert(jane, customer().email("ops@acme.example").name("Acme Renamed"));

        assertThat(results).containsExactly(new Upserted.Updated(janes.id()));
    }

    @Test
    void upsertCustomers_salesPersonAssigningANewCustomerToAnotherKam_isNotPermittedAsInTheSingleCreate() {
        var input = acme().assignedSalesPerson(john.userId());

        List<Upserted> results = upsert(jane, input, zeta());

        DomainException refusal = reason(results.get(0));
        assertThat(refusal).isInstanceOf(NotPermittedException.class);
        assertThat(refusal.refusal()).isEqualTo(Refusal.ASSIGN_TO_SELF_ONLY);
        assertThat(refusal.arguments()).containsExactly(Subject.CUSTOMER);
        assertThat(results.get(1)).isInstanceOf(Upserted.Created.class);
        assertThat(stored("ops@acme.example")).isEmpty();
        DomainException single = createRefusal(jane, input.build());
        assertThat(single).isInstanceOf(NotPermittedException.class);
        assertThat(single.arguments()).isEqualTo(refusal.arguments());
        assertThat(single.refusal()).isEqualTo(refusal.refusal());
    }

    @Test
    void upsertCustomers_salesPersonHandingTheirCustomerToAnotherKam_isNotPermittedAsInTheSingleUpdate() {
        Customer janes = givenAcme(jane.userId());
        var input = customer().email("ops@acme.example").assignedSalesPerson(john.userId());

        List<Upserted> results = upsert(jane, input);

        DomainException refusal = reason(results.getFirst());
        DomainException single = updateRefusal(jane, janes.id(), input.build());
        assertThat(refusal).isInstanceOf(NotPermittedException.class);
        assertThat(refusal.refusal()).isEqualTo(single.refusal());
        assertThat(refusal.arguments()).isEqualTo(single.arguments());
        assertThat(fakes.customers().find(janes.id()).orElseThrow().kamId()).contains(jane.userId());
    }

    @Test
    void upsertCustomers_managerNamingAKam_assignsThem() {
        List<Upserted> results = upsert(manager, acme().assignedSalesPerson(john.userId()));

        long id = ((Upserted.Created) results.getFirst()).id();
        assertThat(fakes.customers().find(id).orElseThrow().kamId()).contains(john.userId());
    }

    @Test
    void upsertCustomers_kamNamedByIdWhoIsInactive_isRefusedAsInTheSingleCreate() {
        long retired = fakes.givenInactiveUser("retired");
        var input = acme().assignedSalesPerson(retired);

        List<Upserted> results = upsert(manager, input, zeta().assignedSalesPerson(john.userId()));

        assertThat(fieldErrors(results.get(0))).isEqualTo(Map.of("assignedSalesPerson",
                List.of(Violation.of(Reason.NO_ACTIVE_USER, retired))));
        assertThat(results.get(1)).isInstanceOf(Upserted.Created.class);
        assertThat(stored("ops@acme.example")).isEmpty();
        assertThat(((InvalidInputException) createRefusal(manager, input.build())).fieldErrors())
                .isEqualTo(fieldErrors(results.get(0)));
    }

    @Test
    void upsertCustomers_kamNamedByIdWhoIsUnknown_isRefused() {
        List<Upserted> results = upsert(manager, acme().assignedSalesPerson(9_999L));

        assertThat(fieldErrors(results.getFirst())).isEqualTo(Map.of("assignedSalesPerson",
                List.of(Violation.of(Reason.NO_ACTIVE_USER, 9999L))));
        assertThat(fakes.customers().all()).isEmpty();
    }

    @Test
    void upsertCustomers_handingAStoredCustomerToAnInactiveUser_isRefusedAsInTheSingleUpdate() {
        Customer acme = givenAcme(jane.userId());
        long retired = fakes.givenInactiveUser("retired");
        var input = customer().email("ops@acme.example").assignedSalesPerson(retired);

        List<Upserted> results = upsert(manager, input);

        Map<String, List<Violation>> errors = fieldErrors(results.getFirst());
        assertThat(errors).containsOnlyKeys("assignedSalesPerson");
        assertThat(((InvalidInputException) updateRefusal(manager, acme.id(), input.build())).fieldErrors())
                .isEqualTo(errors);
        assertThat(fakes.customers().find(acme.id()).orElseThrow().kamId()).contains(jane.userId());
    }

    @Test
    void upsertCustomers_keepingAKamWhoIsNoLongerActive_isAccepted() {
        long retired = fakes.givenInactiveUser("retired");
        Customer acme = givenAcme(retired);

        List<Upserted> results = upsert(manager, customer().email("ops@acme.example").name("Acme Renamed")
                .assignedSalesPerson(retired));

        assertThat(results).containsExactly(new Upserted.Updated(acme.id()));
        assertThat(fakes.customers().find(acme.id()).orElseThrow().kamId()).contains(retired);
    }

    // ---- link ids

    @Test
    void upsertCustomers_linkIdOfAnotherStoredCustomer_isRefusedAsInTheSingleCreate() {
        givenAcme(jane.userId());
        var input = zeta().linkId(" LNK-1 ");

        List<Upserted> results = upsert(manager, input);

        Map<String, List<Violation>> errors = fieldErrors(results.getFirst());
        assertThat(errors).isEqualTo(Map.of("linkId", List.of(Violation.of(Reason.TAKEN, Subject.CUSTOMER))));
        assertThat(((InvalidInputException) createRefusal(manager, input.build())).fieldErrors()).isEqualTo(errors);
        assertThat(stored("noc@zeta.example")).isEmpty();
    }

    @Test
    void upsertCustomers_storedCustomerTakingTheLinkIdOfAnother_isRefusedAsInTheSingleUpdate() {
        givenAcme(jane.userId());
        Customer zeta = fakes.givenCustomer(jane.userId(), "Zeta Net", "noc@zeta.example");
        var input = customer().email("noc@zeta.example").linkId("LNK-1");

        List<Upserted> results = upsert(manager, input);

        Map<String, List<Violation>> errors = fieldErrors(results.getFirst());
        assertThat(errors).isEqualTo(Map.of("linkId", List.of(Violation.of(Reason.TAKEN, Subject.CUSTOMER))));
        assertThat(((InvalidInputException) updateRefusal(manager, zeta.id(), input.build())).fieldErrors())
                .isEqualTo(errors);
        assertThat(fakes.customers().find(zeta.id()).orElseThrow().details().linkId()).isNull();
    }

    @Test
    void upsertCustomers_storedCustomerSendingItsOwnLinkId_isNoClash() {
        Customer acme = givenAcme(jane.userId());

        List<Upserted> results = upsert(manager, customer().email("ops@acme.example").linkId("LNK-1")
                .name("Acme Renamed"));

        assertThat(results).containsExactly(new Upserted.Updated(acme.id()));
    }

    @Test
    void upsertCustomers_twoNewCustomersWithOneLinkId_refusesTheSecond() {
        List<Upserted> results = upsert(manager, acme().linkId("LNK-7"), zeta().linkId("LNK-7"));

        assertThat(results.get(0)).isInstanceOf(Upserted.Created.class);
        assertThat(fieldErrors(results.get(1))).isEqualTo(
                Map.of("linkId", List.of(Violation.of(Reason.TAKEN, Subject.CUSTOMER))));
        assertThat(fakes.customers().all()).singleElement()
                .satisfies(customer -> assertThat(customer.details().linkId()).isEqualTo("LNK-7"));
    }

    @Test
    void upsertCustomers_linkIdGivenUpEarlierInTheCall_isFreeForANewCustomer() {
        Customer acme = givenAcme(jane.userId());

        List<Upserted> results = upsert(manager, customer().email("ops@acme.example").linkId("LNK-2"),
                zeta().linkId("LNK-1"));

        assertThat(results.get(0)).isEqualTo(new Upserted.Updated(acme.id()));
        assertThat(results.get(1)).isInstanceOf(Upserted.Created.class);
        assertThat(fakes.customers().find(acme.id()).orElseThrow().details().linkId()).isEqualTo("LNK-2");
        assertThat(stored("noc@zeta.example").orElseThrow().details().linkId()).isEqualTo("LNK-1");
    }

    @Test
    void upsertCustomers_linkIdTakenLaterInTheCall_isRefusedForTheLaterOne() {
        givenAcme(jane.userId());

        List<Upserted> results = upsert(manager, zeta().linkId("LNK-1"),
                customer().email("ops@acme.example").linkId("LNK-2"));

        assertThat(fieldErrors(results.get(0))).containsOnlyKeys("linkId");
        assertThat(results.get(1)).isInstanceOf(Upserted.Updated.class);
        assertThat(stored("noc@zeta.example")).isEmpty();
    }

    // ---- invalid input

    @Test
    void upsertCustomers_invalidInput_isRefusedAsInTheSingleCreateWhileItsNeighboursAreWritten() {
        Customer stored = givenAcme(jane.userId());
        var invalid = customer().email("broken@x.example").phone("12");

        List<Upserted> results = upsert(manager, zeta(), invalid, customer().email("ops@acme.example").name("Renamed"));

        Map<String, List<Violation>> errors = fieldErrors(results.get(1));
        assertThat(errors).containsOnlyKeys("name", "phone");
        assertThat(errors.get("name")).containsExactly(Violation.of(Reason.REQUIRED));
        assertThat(((InvalidInputException) createRefusal(manager, invalid.build())).fieldErrors()).isEqualTo(errors);
        assertThat(results.get(0)).isInstanceOf(Upserted.Created.class);
        assertThat(results.get(2)).isEqualTo(new Upserted.Updated(stored.id()));
        assertThat(stored("broken@x.example")).isEmpty();
        assertThat(stored("noc@zeta.example")).isPresent();
        assertThat(stored("ops@acme.example").orElseThrow().details().name()).isEqualTo("Renamed");
    }

    @Test
    void upsertCustomers_invalidChangeOfAStoredCustomer_isRefusedAsInTheSingleUpdateAndChangesNothing() {
        Customer acme = givenAcme(jane.userId());
        var invalid = customer().email("ops@acme.example").name(" ").phone("12").monthlyRevenue("-1");

        List<Upserted> results = upsert(manager, invalid);

        Map<String, List<Violation>> errors = fieldErrors(results.getFirst());
        assertThat(errors).containsOnlyKeys("name", "phone", "monthlyRevenue");
        assertThat(((InvalidInputException) updateRefusal(manager, acme.id(), invalid.build())).fieldErrors())
                .isEqualTo(errors);
        assertThat(fakes.customers().find(acme.id()).orElseThrow()).usingRecursiveComparison().isEqualTo(acme);
    }

    @Test
    void upsertCustomers_missingOrInvalidEmail_isRefusedOnTheEmail() {
        List<Upserted> results = upsert(manager, acme().email(null), acme().email("not-an-email"), zeta());

        assertThat(fieldErrors(results.get(0))).containsOnlyKeys("email");
        assertThat(fieldErrors(results.get(1))).isEqualTo(Map.of("email", List.of(Violation.of(Reason.INVALID_EMAIL))));
        assertThat(results.get(2)).isInstanceOf(Upserted.Created.class);
        assertThat(fakes.customers().all()).hasSize(1);
    }

    @Test
    void upsertCustomers_refusedFirstInputOfANewEmail_leavesTheCreationToTheNextOne() {
        List<Upserted> results = upsert(manager, acme().phone("12"), acme().name("Acme Second"));

        assertThat(results.get(0)).isInstanceOf(Upserted.Refused.class);
        assertThat(results.get(1)).isInstanceOf(Upserted.Created.class);
        assertThat(stored("ops@acme.example").orElseThrow().details().name()).isEqualTo("Acme Second");
    }

    @Test
    void upsertCustomers_anyCall_happensInOneTransactionAtTheCallersTime() {
        Instant now = fakes.clock().instant();

        upsert(manager, acme(), zeta());

        assertThat(fakes.transactions().committed()).isOne();
        assertThat(fakes.customers().all()).extracting(Customer::updatedAt).containsOnly(now);
    }
}
