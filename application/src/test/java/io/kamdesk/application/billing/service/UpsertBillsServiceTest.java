package io.kamdesk.application.billing.service;

import static io.kamdesk.application.billing.testing.BillInputs.bill;
import static io.kamdesk.domain.billing.BandwidthComponent.FNA;
import static io.kamdesk.domain.billing.BandwidthComponent.IIG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kamdesk.application.billing.port.in.BillCommand;
import io.kamdesk.application.billing.port.in.BillView;
import io.kamdesk.application.billing.port.in.CreateBillUseCase;
import io.kamdesk.application.billing.port.in.UpsertBillCommand;
import io.kamdesk.application.billing.port.in.UpsertBillsUseCase;
import io.kamdesk.application.billing.port.out.BillableCustomers.BilledCustomer;
import io.kamdesk.application.billing.testing.BillInputs;
import io.kamdesk.application.billing.testing.BillingFakes;
import io.kamdesk.application.shared.Upserted;
import io.kamdesk.domain.billing.Bill.BillTerms;
import io.kamdesk.domain.billing.Bill;
import io.kamdesk.domain.billing.BillCharges;
import io.kamdesk.domain.billing.BillLine;
import io.kamdesk.domain.billing.BillStatus;
import io.kamdesk.domain.billing.Quantity;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Violation;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UpsertBillsServiceTest {

    private static final LocalDate END_OF_NOVEMBER = LocalDate.of(2025, 11, 30);
    private static final LocalDate END_OF_OCTOBER = LocalDate.of(2025, 10, 31);

    private final BillingFakes fakes = new BillingFakes();
    private final UpsertBillsUseCase service = new UpsertBillsService(fakes.bills(), fakes.customers(),
            fakes.transactions(), fakes.calendar(), fakes.settings(), fakes.payments());
    private final CreateBillUseCase create = new CreateBillService(fakes.bills(), fakes.customers(),
            fakes.transactions(), fakes.calendar(), fakes.settings(), fakes.payments());

    private final Viewer jane = fakes.givenSalesPerson("jane");
    private final Viewer john = fakes.givenSalesPerson("john");
    private final Viewer manager = fakes.givenManager("maria");
    private final BilledCustomer acme = fakes.givenCustomer(jane.userId(), "Acme Inc", "Acme");
    private final BilledCustomer zeta = fakes.givenCustomer(john.userId(), "Zeta Net", "");

    /** 10 × 100 + 1 × 10 = 1010 billed, 100 received: 910 due. */
    private BillInputs.Builder acmeNovember() {
        return bill().customer(acme.id()).nttnCap("100 Mbps").nttnCom("Summit").billingDate(END_OF_NOVEMBER)
                .line(IIG, "10", "100").line(FNA, "1", "10").totalReceived("100").remarks("November");
    }

    private static UpsertBillCommand draft(BillInputs.Builder input) {
        return new UpsertBillCommand(input.build(), Optional.empty(), Optional.empty());
    }

    private static UpsertBillCommand stating(BillInputs.Builder input, String totalBill, String totalDue) {
        return new UpsertBillCommand(input.build(), Optional.ofNullable(totalBill).map(BigDecimal::new),
                Optional.ofNullable(totalDue).map(BigDecimal::new));
    }

    private List<Upserted> upsert(Viewer actor, UpsertBillCommand... drafts) {
        return service.upsertBills(actor, Arrays.asList(drafts));
    }

    private List<Upserted> upsert(Viewer actor, BillInputs.Builder... inputs) {
        return service.upsertBills(actor, Arrays.stream(inputs).map(UpsertBillsServiceTest::draft).toList());
    }

    /** A stored bill of Acme on the key of {@link #acmeNovember()}: 10 × {@code iigPrice}. */
    private Bill givenAcmeNovember(String iigPrice) {
        return fakes.givenBill(acme, new BillTerms("100 Mbps", "Summit", null, END_OF_NOVEMBER, null, "November"),
                BillCharges.of(List.of(new BillLine(IIG, Quantity.of("10"), Money.of(iigPrice)),
                        new BillLine(FNA, Quantity.of("1"), Money.of("10"))), Money.ZERO, Money.of("100")),
                BillStatus.ACTIVE);
    }

    private static long created(Upserted result) {
        assertThat(result).isInstanceOf(Upserted.Created.class);
        return ((Upserted.Created) result).id();
    }

    private static Map<String, List<Violation>> fieldErrors(Upserted result) {
        assertThat(result).isInstanceOf(Upserted.Refused.class);
        assertThat(((Upserted.Refused) result).reason()).isInstanceOf(InvalidInputException.class);
        return ((InvalidInputException) ((Upserted.Refused) result).reason()).fieldErrors();
    }

    private Map<String, List<Violation>> createRefusal(Viewer actor, BillCommand input) {
        InvalidInputException refusal = catchThrowableOfType(InvalidInputException.class,
                () -> create.createBill(actor, input));
        assertThat(refusal).as("the single create refuses it too").isNotNull();
        return refusal.fieldErrors();
    }

    // ---- creating

    @Test
    void upsertBills_newKey_createsTheBillNumberedWithTotalsFromItsCharges() {
        List<Upserted> results = upsert(jane, acmeNovember());

        long id = created(results.getFirst());
        Bill stored = fakes.bills().find(id).orElseThrow();
        assertThat(stored.customerId()).isEqualTo(acme.id());
        assertThat(stored.billNumber()).isEqualTo("KTL-BL-ACMEX-" + id + "-30112025");
        assertThat(stored.totalBill()).isEqualTo(Money.of("1010"));
        assertThat(stored.totalDue()).isEqualTo(Money.of("910"));
        assertThat(stored.status()).isEqualTo(BillStatus.ACTIVE);
        assertThat(stored.terms()).isEqualTo(new BillTerms("100 Mbps", "Summit", null, END_OF_NOVEMBER, null,
                "November"));
        assertThat(stored.createdAt()).isEqualTo(fakes.clock().instant());
        assertThat(fakes.transactions().committed()).isOne();
    }

    @Test
    void upsertBills_newKey_isStoredAsTheSingleCreateStoresIt() {
        var input = acmeNovember().activeDate(LocalDate.of(2025, 1, 1)).discount("10").status("Inactive");

        long id = created(upsert(manager, input).getFirst());
        BillView single = create.createBill(manager, input.nttnCom("BTCL").build());

        Bill upserted = fakes.bills().find(id).orElseThrow();
        Bill viaCreate = fakes.bills().find(single.id()).orElseThrow();
        assertThat(upserted.charges()).isEqualTo(viaCreate.charges());
        assertThat(upserted.status()).isEqualTo(viaCreate.status()).isEqualTo(BillStatus.INACTIVE);
        assertThat(upserted.terms().activeDate()).isEqualTo(viaCreate.terms().activeDate());
        assertThat(upserted.billNumber()).isEqualTo(viaCreate.billNumber().replace("-" + single.id() + "-", "-" + id + "-"));
    }

    @Test
    void upsertBills_withoutBillingDate_numbersWithToday() {
        long id = created(upsert(jane, bill().customer(acme.id()).line(IIG, "1", "1")).getFirst());

        assertThat(fakes.bills().find(id).orElseThrow().billNumber()).isEqualTo("KTL-BL-ACMEX-" + id + "-30112025");
        assertThat(fakes.bills().find(id).orElseThrow().terms().billingDate()).isNull();
    }

    @Test
    void upsertBills_emptyList_answersNothing() {
        assertThat(service.upsertBills(jane, List.of())).isEmpty();
        assertThat(fakes.transactions().committed()).isZero();
    }

    // ---- updating by key

    @Test
    void upsertBills_storedKey_updatesThatBillKeepingItsNumber() {
        Bill stored = givenAcmeNovember("90");
        fakes.clock().advance(Duration.ofHours(2));

        List<Upserted> results = upsert(jane, acmeNovember());

        assertThat(results).containsExactly(new Upserted.Updated(stored.id()));
        assertThat(fakes.bills().all()).hasSize(1);
        Bill after = fakes.bills().find(stored.id()).orElseThrow();
        assertThat(after.billNumber()).isEqualTo(stored.billNumber());
        assertThat(after.totalBill()).isEqualTo(Money.of("1010"));
        assertThat(after.updatedAt()).isEqualTo(fakes.clock().instant());
        assertThat(after.createdAt()).isEqualTo(stored.createdAt());
    }

    @Test
    void upsertBills_keyWrittenWithSpaces_findsTheStoredBill() {
        Bill stored = givenAcmeNovember("90");

        List<Upserted> results = upsert(jane, acmeNovember().nttnCap(" 100 Mbps ").nttnCom("Summit\t"));

        assertThat(results).containsExactly(new Upserted.Updated(stored.id()));
        assertThat(fakes.bills().all()).hasSize(1);
    }

    @Test
    void upsertBills_keyWithSeveralStoredBills_updatesTheOldest() {
        Bill oldest = givenAcmeNovember("90");
        Bill younger = givenAcmeNovember("80");

        List<Upserted> results = upsert(jane, acmeNovember());

        assertThat(results).containsExactly(new Upserted.Updated(oldest.id()));
        assertThat(fakes.bills().find(oldest.id()).orElseThrow().totalBill()).isEqualTo(Money.of("1010"));
        assertThat(fakes.bills().find(younger.id()).orElseThrow()).usingRecursiveComparison().isEqualTo(younger);
    }

    @Test
    void upsertBills_anyPartOfTheKeyDifferent_createsAnotherBill() {
        Bill stored = givenAcmeNovember("100");

        List<Upserted> results = upsert(jane, acmeNovember().nttnCap("200 Mbps"), acmeNovember().nttnCom("BTCL"),
                acmeNovember().billingDate(END_OF_OCTOBER), acmeNovember().customer(zeta.id()));

        assertThat(results.subList(0, 3)).allSatisfy(result -> assertThat(result).isInstanceOf(Upserted.Created.class));
        assertThat(results.get(3)).isInstanceOf(Upserted.Refused.class);
        assertThat(fakes.bills().all()).hasSize(4);
        assertThat(fakes.bills().find(stored.id()).orElseThrow()).usingRecursiveComparison().isEqualTo(stored);
    }

    @Test
    void upsertBills_draftAsStored_isUnchangedAndWritesNothing() {
        Bill stored = givenAcmeNovember("100");
        fakes.clock().advance(Duration.ofDays(1));

        List<Upserted> results = upsert(jane, acmeNovember().line(IIG, "10.0000", "100.00").status("Active"));

        assertThat(results).containsExactly(new Upserted.Unchanged(stored.id()));
        Bill after = fakes.bills().find(stored.id()).orElseThrow();
        assertThat(after.updatedAt()).isEqualTo(stored.updatedAt());
        assertThat(after).usingRecursiveComparison().isEqualTo(stored);
    }

    @Test
    void upsertBills_sameNewKeyTwiceInOneCall_createsOneBillThenUpdatesIt() {
        List<Upserted> results = upsert(jane, acmeNovember(), acmeNovember().line(IIG, "20", "100"),
                acmeNovember().line(IIG, "20", "100"));

        long id = created(results.getFirst());
        assertThat(results.subList(1, 3)).containsExactly(new Upserted.Updated(id), new Upserted.Unchanged(id));
        assertThat(fakes.bills().all()).singleElement().satisfies(bill -> {
            assertThat(bill.id()).isEqualTo(id);
            assertThat(bill.totalBill()).isEqualTo(Money.of("2010"));
            assertThat(bill.billNumber()).isEqualTo("KTL-BL-ACMEX-" + id + "-30112025");
        });
    }

    @Test
    void upsertBills_storedKeyTwiceInOneCall_keepsBothChanges() {
        Bill stored = givenAcmeNovember("90");

        List<Upserted> results = upsert(jane, bill().customer(acme.id()).nttnCap("100 Mbps").nttnCom("Summit")
                        .billingDate(END_OF_NOVEMBER).discount("5"),
                bill().customer(acme.id()).nttnCap("100 Mbps").nttnCom("Summit").billingDate(END_OF_NOVEMBER)
                        .remarks("Paid late"));

        assertThat(results).containsExactly(new Upserted.Updated(stored.id()), new Upserted.Updated(stored.id()));
        Bill after = fakes.bills().find(stored.id()).orElseThrow();
        assertThat(after.charges().discount()).isEqualTo(Money.of("5"));
        assertThat(after.terms().remarks()).isEqualTo("Paid late");
    }

    // ---- the customer

    @Test
    void upsertBills_customerOfAnotherKamForASalesPerson_isRefusedAsNotExistingAsInTheSingleCreate() {
        var input = acmeNovember().customer(zeta.id());

        List<Upserted> results = upsert(jane, input);

        Map<String, List<Violation>> errors = fieldErrors(results.getFirst());
        assertThat(errors).isEqualTo(Map.of("customer",
                List.of(Violation.of(Reason.UNKNOWN_REFERENCE, zeta.id()))));
        assertThat(createRefusal(jane, input.build())).isEqualTo(errors);
        assertThat(fakes.bills().all()).isEmpty();
    }

    @Test
    void upsertBills_storedBillOfAnotherKamsCustomer_isNotTouched() {
        Bill johns = fakes.givenBill(zeta, new BillTerms("100 Mbps", "Summit", null, END_OF_NOVEMBER, null, ""),
                BillCharges.of(List.of(), Money.ZERO, Money.ZERO), BillStatus.ACTIVE);

        List<Upserted> results = upsert(jane, acmeNovember().customer(zeta.id()));

        assertThat(fieldErrors(results.getFirst())).containsOnlyKeys("customer");
        assertThat(fakes.bills().all()).singleElement().usingRecursiveComparison().isEqualTo(johns);
    }

    @Test
    void upsertBills_unassignedCustomerForASalesPerson_isRefused() {
        BilledCustomer nobodys = fakes.givenCustomer(null, "Nobody Ltd", "");

        List<Upserted> results = upsert(jane, acmeNovember().customer(nobodys.id()));

        assertThat(fieldErrors(results.getFirst())).isEqualTo(Map.of("customer",
                List.of(Violation.of(Reason.UNKNOWN_REFERENCE, nobodys.id()))));
    }

    @Test
    void upsertBills_anyKamsCustomerForAManager_isAccepted() {
        List<Upserted> results = upsert(manager, acmeNovember().customer(zeta.id()));

        long id = created(results.getFirst());
        assertThat(fakes.bills().find(id).orElseThrow().billNumber()).isEqualTo("KTL-BL-ZETAN-" + id + "-30112025");
    }

    @Test
    void upsertBills_unknownOrMissingCustomer_isRefusedAsInTheSingleCreate() {
        var unknown = acmeNovember().customer(9_999L);
        var missing = acmeNovember().customer(null);
        var absent = bill().line(IIG, "1", "1");

        List<Upserted> results = upsert(manager, unknown, missing, absent);

        assertThat(fieldErrors(results.get(0))).isEqualTo(Map.of("customer",
                List.of(Violation.of(Reason.UNKNOWN_REFERENCE, 9999L))));
        assertThat(fieldErrors(results.get(1))).isEqualTo(Map.of("customer", List.of(Violation.of(Reason.REQUIRED))));
        assertThat(fieldErrors(results.get(2))).isEqualTo(Map.of("customer", List.of(Violation.of(Reason.REQUIRED))));
        assertThat(createRefusal(manager, unknown.build())).isEqualTo(fieldErrors(results.get(0)));
        assertThat(createRefusal(manager, missing.build())).isEqualTo(fieldErrors(results.get(1)));
        assertThat(fakes.bills().all()).isEmpty();
    }

    // ---- stated totals

    @Test
    void upsertBills_statedTotalsThatAgree_areAccepted() {
        List<Upserted> results = upsert(jane, stating(acmeNovember(), "1010", "910.00"));

        assertThat(results.getFirst()).isInstanceOf(Upserted.Created.class);
    }

    @Test
    void upsertBills_statedTotalsThatDisagree_areRefusedOnEachAndWriteNothing() {
        List<Upserted> results = upsert(jane, stating(acmeNovember(), "1000", "900.50"));

        assertThat(fieldErrors(results.getFirst())).isEqualTo(Map.of(
                "totalBill", List.of(Violation.of(Reason.STATED_TOTAL_MISMATCH, new BigDecimal("1000"),
                        new BigDecimal("1010.00"))),
                "totalDue", List.of(Violation.of(Reason.STATED_TOTAL_MISMATCH, new BigDecimal("900.50"),
                        new BigDecimal("910.00")))));
        assertThat(fakes.bills().all()).isEmpty();
    }

    @Test
    void upsertBills_statedTotalOfAStoredBillThatDisagrees_leavesTheBillAlone() {
        Bill stored = givenAcmeNovember("90");

        List<Upserted> results = upsert(jane, stating(acmeNovember(), null, "1"));

        assertThat(fieldErrors(results.getFirst())).containsOnlyKeys("totalDue");
        assertThat(fakes.bills().find(stored.id()).orElseThrow()).usingRecursiveComparison().isEqualTo(stored);
    }

    // ---- refused drafts and their neighbours

    @Test
    void upsertBills_refusedDraft_doesNotStopTheOthers() {
        Bill stored = givenAcmeNovember("90");

        List<Upserted> results = upsert(jane, draft(acmeNovember().billingDate(END_OF_OCTOBER)),
                stating(acmeNovember().nttnCap("1 Gbps"), "1", null),
                draft(acmeNovember().line(IIG, "-1", "100")),
                draft(acmeNovember().customer(zeta.id()).nttnCap("2 Gbps")),
                draft(acmeNovember()));

        assertThat(results.get(0)).isInstanceOf(Upserted.Created.class);
        assertThat(fieldErrors(results.get(1))).containsOnlyKeys("totalBill");
        assertThat(fieldErrors(results.get(2))).containsOnlyKeys("iigQuantity");
        assertThat(fieldErrors(results.get(3))).containsOnlyKeys("customer");
        assertThat(results.get(4)).isEqualTo(new Upserted.Updated(stored.id()));
        assertThat(fakes.bills().all()).hasSize(2);
        assertThat(fakes.bills().find(stored.id()).orElseThrow().totalBill()).isEqualTo(Money.of("1010"));
    }

    @Test
    void upsertBills_refusedFirstDraftOfANewKey_leavesTheCreationToTheNextOne() {
        List<Upserted> results = upsert(jane, stating(acmeNovember(), "1", null), draft(acmeNovember()));

        assertThat(results.get(0)).isInstanceOf(Upserted.Refused.class);
        long id = created(results.get(1));
        assertThat(fakes.bills().all()).singleElement().extracting(Bill::id).isEqualTo(id);
    }
}
