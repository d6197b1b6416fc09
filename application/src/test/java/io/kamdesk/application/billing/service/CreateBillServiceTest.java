package io.kamdesk.application.billing.service;

import static io.kamdesk.application.billing.testing.BillInputs.bill;
import static io.kamdesk.domain.billing.BandwidthComponent.BAISHAN;
import static io.kamdesk.domain.billing.BandwidthComponent.BDIX;
import static io.kamdesk.domain.billing.BandwidthComponent.CDN;
import static io.kamdesk.domain.billing.BandwidthComponent.FNA;
import static io.kamdesk.domain.billing.BandwidthComponent.GGC;
import static io.kamdesk.domain.billing.BandwidthComponent.IIG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kamdesk.application.billing.port.in.BillCommand;
import io.kamdesk.application.billing.port.in.BillView;
import io.kamdesk.application.billing.port.in.CreateBillUseCase;
import io.kamdesk.application.billing.port.out.BillableCustomers.BilledCustomer;
import io.kamdesk.application.billing.testing.BillInputs;
import io.kamdesk.application.billing.testing.BillingFakes;
import io.kamdesk.domain.billing.BandwidthComponent;
import io.kamdesk.domain.billing.Bill;
import io.kamdesk.domain.billing.BillStatus;
import io.kamdesk.domain.billing.Quantity;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Violation;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreateBillServiceTest {

    private static final LocalDate END_OF_NOVEMBER = LocalDate.of(2025, 11, 30);

    private final BillingFakes fakes = new BillingFakes();
    private final CreateBillUseCase service = new CreateBillService(fakes.bills(), fakes.customers(),
            fakes.transactions(), fakes.calendar(), fakes.settings(), fakes.payments());

    private final Viewer jane = fakes.givenSalesPerson("jane");
    private final Viewer john = fakes.givenSalesPerson("john");
    private final Viewer manager = fakes.givenManager("maria");
    private final BilledCustomer acme = fakes.givenCustomer(jane.userId(), "Acme Inc", "Acme");
    private final BilledCustomer zeta = fakes.givenCustomer(john.userId(), "Zeta Net", "");

    /** The request of the API document's example. */
    private BillInputs.Builder documentsExample() {
        return bill().customer(acme.id()).nttnCap("CAP-01").nttnCom("COM-01").billingDate(END_OF_NOVEMBER)
                .line(IIG, "10.00", "100.00").line(FNA, "1.00", "10.00").line(GGC, "2.00", "20.00")
                .discount("0.00").totalReceived("100.00").status("Active").remarks("Monthly bill");
    }

    private InvalidInputException refusal(Viewer actor, BillCommand input) {
        InvalidInputException refusal = catchThrowableOfType(InvalidInputException.class,
                () -> service.createBill(actor, input));
        assertThat(refusal).as("refused").isNotNull();
        return refusal;
    }

    @Test
    void createBill_theApiDocumentsExample_computesTheTotalsAndNumbersTheBill() {
        var input = documentsExample().build();

        BillView view = service.createBill(jane, input);

        assertThat(view.totalBill()).hasToString("1050.00");
        assertThat(view.totalDue()).hasToString("950.00");
        assertThat(view.billNumber()).isEqualTo("KTL-BL-ACMEX-" + view.id() + "-30112025");
        assertThat(view.customer()).isEqualTo(new BillView.CustomerSummary(acme.id(), "Acme Inc", acme.companyName(), acme.email(),
                acme.phone(), acme.address(), acme.kam()));
        assertThat(view.nttnCap()).isEqualTo("CAP-01");
        assertThat(view.nttnCom()).isEqualTo("COM-01");
        assertThat(view.billingDate()).isEqualTo(END_OF_NOVEMBER);
        assertThat(view.activeDate()).isNull();
        assertThat(view.terminationDate()).isNull();
        assertThat(view.lines().get(IIG)).isEqualTo(new BillView.Line(Quantity.of("10"), Money.of("100")));
        assertThat(view.lines().get(CDN)).isEqualTo(new BillView.Line(Quantity.ZERO, Money.ZERO));
        assertThat(view.discount()).isEqualTo(Money.ZERO);
        assertThat(view.totalReceived()).isEqualTo(Money.of("100"));
        assertThat(view.status()).isEqualTo("Active");
        assertThat(view.remarks()).isEqualTo("Monthly bill");
        assertThat(view.createdAt()).isEqualTo(fakes.clock().instant());
        assertThat(view.updatedAt()).isEqualTo(fakes.clock().instant());
    }

    @Test
    void createBill_anyBill_storesItWithItsCustomerAndComputedTotals() {
        var input = documentsExample().build();

        BillView view = service.createBill(jane, input);

        Bill stored = fakes.bills().find(view.id()).orElseThrow();
        assertThat(stored.customerId()).isEqualTo(acme.id());
        assertThat(stored.billNumber()).isEqualTo(view.billNumber());
        assertThat(stored.totalBill()).isEqualTo(Money.of("1050"));
        assertThat(stored.totalDue()).isEqualTo(Money.of("950"));
        assertThat(fakes.transactions().committed()).isOne();
    }

    @Test
    void createBill_inputs_offerNoWayToSendTotalsOrTheNumber() {
        // given: the fields a client can send

        List<String> fields = Arrays.stream(BillCommand.class.getRecordComponents()).map(RecordComponent::getName)
                .toList();

        assertThat(fields).doesNotContain("totalBill", "totalDue", "billNumber", "id", "createdAt", "updatedAt");
    }

    @Test
    void createBill_linesOfHalfACent_roundsEachLineBeforeSumming() {
        // given: 0.5 × 0.01 = 0.005 on three lines: 0.03 billed, where rounding the sum would give 0.02
        var input = bill().customer(acme.id()).line(CDN, "0.5", "0.01").line(BDIX, "0.5", "0.01")
                .line(BAISHAN, "0.5", "0.01").build();

        BillView view = service.createBill(jane, input);

        assertThat(view.totalBill()).hasToString("0.03");
        assertThat(view.totalDue()).hasToString("0.03");
    }

    @Test
    void createBill_discountAndOverpayment_leavesACredit() {
        var input = bill().customer(acme.id()).line(IIG, "12.3456", "7.77").discount("0.93").totalReceived("100")
                .build();

        BillView view = service.createBill(jane, input);

        assertThat(view.totalBill()).hasToString("95.00");
        assertThat(view.totalDue()).hasToString("-5.00");
    }

    @Test
    void createBill_onlyTheCustomer_isAnActiveBillOfZero() {
        var input = bill().customer(acme.id()).build();

        BillView view = service.createBill(jane, input);

        assertThat(view.status()).isEqualTo("Active");
        assertThat(view.totalBill()).isEqualTo(Money.ZERO);
        assertThat(view.totalDue()).isEqualTo(Money.ZERO);
        assertThat(view.lines()).hasSize(BandwidthComponent.values().length);
        assertThat(view.nttnCap()).isEmpty();
        assertThat(view.remarks()).isEmpty();
    }

    @Test
    void createBill_twoBills_numberEachWithItsOwnId() {
        var input = documentsExample().build();

        BillView first = service.createBill(jane, input);
        BillView second = service.createBill(jane, input);

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(first.billNumber()).isEqualTo("KTL-BL-ACMEX-" + first.id() + "-30112025");
        assertThat(second.billNumber()).isEqualTo("KTL-BL-ACMEX-" + second.id() + "-30112025");
    }

    @Test
    void createBill_customerWithALongCompanyName_numbersWithItsFirstFiveLettersOrDigits() {
        BilledCustomer link3 = fakes.givenCustomer(jane.userId(), "Someone Else", "link-3 Technologies Ltd");
        var input = bill().customer(link3.id()).billingDate(END_OF_NOVEMBER).build();

        BillView view = service.createBill(jane, input);

        assertThat(view.billNumber()).isEqualTo("KTL-BL-LINK3-" + view.id() + "-30112025");
    }

    @Test
    void createBill_customerWithoutACompany_numbersWithItsName() {
        var input = bill().customer(zeta.id()).billingDate(END_OF_NOVEMBER).build();

        BillView view = service.createBill(john, input);

        assertThat(view.billNumber()).isEqualTo("KTL-BL-ZETAN-" + view.id() + "-30112025");
    }

    @Test
    void createBill_noBillingDateJustAfterMidnightInDhaka_numbersWithTheDhakaDate() {
        // given: 00:30 on 1 December in Dhaka, still 30 November in UTC
        fakes.clock().set(Instant.parse("2025-11-30T18:30:00Z"));
        var input = bill().customer(acme.id()).build();

        BillView view = service.createBill(jane, input);

        assertThat(view.billNumber()).isEqualTo("KTL-BL-ACMEX-" + view.id() + "-01122025");
        assertThat(view.billingDate()).isNull();
    }

    @Test
    void createBill_billingDateGiven_numbersWithItRatherThanToday() {
        var input = bill().customer(acme.id()).billingDate(LocalDate.of(2025, 10, 31)).build();

        BillView view = service.createBill(jane, input);

        assertThat(view.billNumber()).endsWith("-31102025");
    }

    @Test
    void createBill_noCustomer_isAFieldErrorAndStoresNothing() {
        var input = bill().billingDate(END_OF_NOVEMBER).line(IIG, "10", "100").build();

        InvalidInputException refusal = refusal(jane, input);

        assertThat(refusal.fieldErrors()).containsExactly(Map.entry("customer", List.of(Violation.of(Reason.REQUIRED))));
        assertThat(fakes.bills().all()).isEmpty();
    }

    @Test
    void createBill_nullCustomer_isAFieldError() {
        var input = bill().customer(null).build();

        InvalidInputException refusal = refusal(jane, input);

        assertThat(refusal.fieldErrors()).containsOnlyKeys("customer");
    }

    @Test
    void createBill_anotherKamsCustomerUnderScopeOwn_isReportedAsNotExistingAndStoresNothing() {
        var input = bill().customer(zeta.id()).build();

        InvalidInputException refusal = refusal(jane, input);

        assertThat(refusal.fieldErrors()).containsExactly(Map.entry("customer",
                List.of(Violation.of(Reason.UNKNOWN_REFERENCE, zeta.id()))));
        assertThat(fakes.bills().all()).isEmpty();
    }

    @Test
    void createBill_unassignedCustomerUnderScopeOwn_isReportedAsNotExisting() {
        BilledCustomer orphan = fakes.givenCustomer(null, "Orphan Ltd", "");
        var input = bill().customer(orphan.id()).build();

        InvalidInputException refusal = refusal(jane, input);

        assertThat(refusal.fieldErrors()).containsOnlyKeys("customer");
    }

    @Test
    void createBill_unknownCustomer_isReportedAsNotExisting() {
        var input = bill().customer(999L).build();

        InvalidInputException refusal = refusal(manager, input);

        assertThat(refusal.fieldErrors()).containsExactly(Map.entry("customer",
                List.of(Violation.of(Reason.UNKNOWN_REFERENCE, 999L))));
    }

    @Test
    void createBill_managerForAnyKamsCustomer_isAccepted() {
        var input = bill().customer(zeta.id()).line(IIG, "1", "1").build();

        BillView view = service.createBill(manager, input);

        assertThat(view.customer().id()).isEqualTo(zeta.id());
        assertThat(fakes.bills().find(view.id())).isPresent();
    }

    @ParameterizedTest
    @EnumSource(BandwidthComponent.class)
    void createBill_negativeQuantityOrPrice_isAFieldErrorOnBothLineFields(BandwidthComponent component) {
        var input = bill().customer(acme.id()).line(component, "-1", "-0.01").build();

        InvalidInputException refusal = refusal(jane, input);

        assertThat(refusal.fieldErrors()).containsExactly(
                Map.entry(BillCommand.quantityField(component), List.of(Violation.of(Reason.NEGATIVE))),
                Map.entry(BillCommand.unitPriceField(component), List.of(Violation.of(Reason.NEGATIVE))));
    }

    @Test
    void createBill_negativeDiscountAndReceived_areFieldErrorsOnBoth() {
        var input = bill().customer(acme.id()).discount("-1").totalReceived("-0.01").build();

        InvalidInputException refusal = refusal(jane, input);

        assertThat(refusal.fieldErrors()).containsExactly(
                Map.entry("discount", List.of(Violation.of(Reason.NEGATIVE))),
                Map.entry("totalReceived", List.of(Violation.of(Reason.NEGATIVE))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "iigQuantity|0.00001|TOO_MANY_DECIMALS",
            "iigQuantity|100000000000|TOO_MANY_DIGITS",
            "iigQuantity|1e999999|NOT_A_NUMBER",
            "iigUnitPrice|0.005|TOO_MANY_DECIMALS",
            "iigUnitPrice|10000000000000|TOO_MANY_DIGITS",
            "iigUnitPrice|1E+2147483647|NOT_A_NUMBER",
            "discount|0.001|TOO_MANY_DECIMALS",
            "discount|1e999999|NOT_A_NUMBER",
            "totalReceived|10000000000000|TOO_MANY_DIGITS",
            "totalReceived|1e-999999|NOT_A_NUMBER"})
    void createBill_absurdAmount_isAFieldErrorOnThatField(String field, String value, Reason reason) {
        BillInputs.Builder builder = bill().customer(acme.id());
        switch (field) {
            case "iigQuantity" -> builder.quantity(IIG, value);
            case "iigUnitPrice" -> builder.unitPrice(IIG, value);
            case "discount" -> builder.discount(value);
            default -> builder.totalReceived(value);
        }

        InvalidInputException refusal = refusal(jane, builder.build());

        assertThat(refusal.fieldErrors()).containsOnlyKeys(field);
        assertThat(refusal.reasons(field)).containsExactly(reason);
    }

    @Test
    void createBill_nullAmounts_areFieldErrors() {
        var input = bill().customer(acme.id()).quantity(GGC, null).unitPrice(CDN, null).discount(null)
                .totalReceived(null).build();

        InvalidInputException refusal = refusal(jane, input);

        assertThat(refusal.fieldErrors()).containsOnlyKeys("ggcQuantity", "cdnUnitPrice", "discount", "totalReceived");
        assertThat(refusal.fieldErrors().get("ggcQuantity")).containsExactly(Violation.of(Reason.NULL));
    }

    @Test
    void createBill_lineBeyondAMoneyColumn_isAFieldErrorOnItsQuantity() {
        // given: each value fits its column, 99999999999.9999 × 9999999999999.99 fits no money column
        var input = bill().customer(acme.id()).line(FNA, "99999999999.9999", "9999999999999.99").build();

        InvalidInputException refusal = refusal(jane, input);

        assertThat(refusal.fieldErrors()).containsOnlyKeys("fnaQuantity");
        assertThat(fakes.bills().all()).isEmpty();
    }

    @Test
    void createBill_linesTogetherBeyondAMoneyColumn_isRefusedForTheWholeBill() {
        // given: two lines of 6,000,000,000,000.00 each
        var input = bill().customer(acme.id()).line(IIG, "60000000000", "100").line(GGC, "60000000000", "100")
                .build();

        InvalidInputException refusal = refusal(jane, input);

        assertThat(refusal.fieldErrors()).containsOnlyKeys(InvalidInputException.WHOLE_INPUT);
    }

    @Test
    void createBill_discountAboveTheGross_isAFieldErrorOnTheDiscount() {
        var input = documentsExample().discount("1050.01").build();

        InvalidInputException refusal = refusal(jane, input);

        assertThat(refusal.fieldErrors()).containsExactly(Map.entry("discount",
                List.of(Violation.of(Reason.EXCEEDS_GROSS, new BigDecimal("1050.01"), new BigDecimal("1050.00")))));
        assertThat(fakes.bills().all()).isEmpty();
    }

    @Test
    void createBill_discountOfTheWholeGross_billsZero() {
        var input = documentsExample().discount("1050").build();

        BillView view = service.createBill(jane, input);

        assertThat(view.totalBill()).isEqualTo(Money.ZERO);
        assertThat(view.totalDue()).hasToString("-100.00");
    }

    @ParameterizedTest
    @CsvSource({"Inactive, Inactive", "inactive, Inactive", "ACTIVE, Active"})
    void createBill_statusGiven_isKept(String sent, String expected) {
        var input = bill().customer(acme.id()).status(sent).build();

        BillView view = service.createBill(jane, input);

        assertThat(view.status()).isEqualTo(expected);
        assertThat(fakes.bills().find(view.id()).orElseThrow().status()).isEqualTo(BillStatus.fromCode(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Closed", "Lost", ""})
    void createBill_unknownStatus_isAFieldError(String sent) {
        var input = bill().customer(acme.id()).status(sent).build();

        InvalidInputException refusal = refusal(jane, input);

        assertThat(refusal.fieldErrors()).containsOnlyKeys("status");
    }

    @Test
    void createBill_terminationBeforeTheActiveDate_isAFieldError() {
        var input = bill().customer(acme.id()).activeDate(LocalDate.of(2025, 6, 1))
                .terminationDate(LocalDate.of(2025, 5, 31)).build();

        InvalidInputException refusal = refusal(jane, input);

        assertThat(refusal.fieldErrors()).containsOnlyKeys("terminationDate");
    }

    @Test
    void createBill_tooLongTexts_areFieldErrors() {
        var input = bill().customer(acme.id()).nttnCap("C".repeat(101)).nttnCom("C".repeat(101))
                .remarks("r".repeat(5001)).build();

        InvalidInputException refusal = refusal(jane, input);

        assertThat(refusal.fieldErrors()).containsOnlyKeys("nttnCap", "nttnCom", "remarks");
    }

    @Test
    void createBill_textsWithSpaces_areTrimmed() {
        var input = bill().customer(acme.id()).nttnCap("  CAP-7 ").remarks(" paid in cash ").build();

        BillView view = service.createBill(jane, input);

        assertThat(view.nttnCap()).isEqualTo("CAP-7");
        assertThat(view.remarks()).isEqualTo("paid in cash");
    }

    @Test
    void createBill_severalProblems_reportsThemAllAtOnce() {
        // given: another KAM's customer, a negative quantity, a discount above the gross of the valid lines,
        // a termination before the active date and an unknown status
        var input = bill().customer(zeta.id()).line(IIG, "-1", "10").line(FNA, "1", "10").discount("50")
                .activeDate(LocalDate.of(2025, 6, 1)).terminationDate(LocalDate.of(2025, 5, 1)).status("Closed")
                .build();

        InvalidInputException refusal = refusal(jane, input);

        assertThat(refusal.fieldErrors()).containsOnlyKeys("customer", "iigQuantity", "terminationDate", "status");
    }

    @Test
    void createBill_missingCustomerAndDiscountAboveTheGross_reportsBoth() {
        var input = bill().line(IIG, "1", "10").discount("50").activeDate(LocalDate.of(2025, 6, 1))
                .terminationDate(LocalDate.of(2025, 5, 1)).build();

        InvalidInputException refusal = refusal(jane, input);

        assertThat(refusal.fieldErrors()).containsOnlyKeys("customer", "discount", "terminationDate");
    }

    @Test
    void createBill_refused_rollsBackAndStoresNothing() {
        var input = documentsExample().discount("5000").build();

        refusal(jane, input);

        assertThat(fakes.bills().all()).isEmpty();
        assertThat(fakes.transactions().rolledBack()).isOne();
        assertThat(fakes.transactions().committed()).isZero();
    }
}
