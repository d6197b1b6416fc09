package io.kamdesk.application.billing.service;

import static io.kamdesk.application.billing.testing.BillInputs.bill;
import static io.kamdesk.domain.billing.BandwidthComponent.BAISHAN;
import static io.kamdesk.domain.billing.BandwidthComponent.BDIX;
import static io.kamdesk.domain.billing.BandwidthComponent.CDN;
import static io.kamdesk.domain.billing.BandwidthComponent.FNA;
import static io.kamdesk.domain.billing.BandwidthComponent.GGC;
import static io.kamdesk.domain.billing.BandwidthComponent.IIG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kamdesk.application.billing.port.in.BillCommand;
import io.kamdesk.application.billing.port.in.BillView;
import io.kamdesk.application.billing.port.in.UpdateBillUseCase;
import io.kamdesk.application.billing.port.out.BillableCustomers.BilledCustomer;
import io.kamdesk.application.billing.testing.BillInputs;
import io.kamdesk.application.billing.testing.BillingFakes;
import io.kamdesk.domain.billing.BandwidthComponent;
import io.kamdesk.domain.billing.Bill.BillTerms;
import io.kamdesk.domain.billing.Bill;
import io.kamdesk.domain.billing.BillCharges;
import io.kamdesk.domain.billing.BillLine;
import io.kamdesk.domain.billing.BillStatus;
import io.kamdesk.domain.billing.Quantity;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Subject;
import io.kamdesk.domain.shared.Violation;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UpdateBillServiceTest {

    private static final LocalDate ACTIVE = LocalDate.of(2025, 1, 1);
    private static final LocalDate END_OF_NOVEMBER = LocalDate.of(2025, 11, 30);

    private final BillingFakes fakes = new BillingFakes();
    private final UpdateBillUseCase service = new UpdateBillService(fakes.bills(), fakes.transactions(),
            fakes.calendar(), fakes.payments());

    private final Viewer jane = fakes.givenSalesPerson("jane");
    private final Viewer john = fakes.givenSalesPerson("john");
    private final Viewer manager = fakes.givenManager("maria");
    private final BilledCustomer acme = fakes.givenCustomer(jane.userId(), "Acme Inc", "Acme");
    private final BilledCustomer zeta = fakes.givenCustomer(john.userId(), "Zeta Net", "");

    /**
     * Every component charged: 10 × 100 + 1 × 10 + 2 × 20 + 3 × 5 + 4 × 2.5 + 0.5 × 0.01 (0.005, billed 0.01)
     * = 1075.01 gross, less 25.01 discount = 1050.00 billed, 100.00 received, 950.00 due.
     */
    private final Bill janes = fakes.givenBill(acme,
            new BillTerms("CAP-01", "COM-01", ACTIVE, END_OF_NOVEMBER, null, "Monthly bill"),
            BillCharges.of(List.of(line(IIG, "10", "100"), line(FNA, "1", "10"), line(GGC, "2", "20"),
                    line(CDN, "3", "5"), line(BDIX, "4", "2.5"), line(BAISHAN, "0.5", "0.01")),
                    Money.of("25.01"), Money.of("100")),
            BillStatus.ACTIVE);
    private final Bill johns = fakes.givenBill(zeta, new BillTerms("", "", null, END_OF_NOVEMBER, null, ""),
            BillCharges.of(List.of(line(IIG, "1", "1")), Money.ZERO, Money.ZERO), BillStatus.ACTIVE);

    {
        fakes.clock().advance(Duration.ofDays(3));
    }

    private static BillLine line(BandwidthComponent component, String quantity, String price) {
        return new BillLine(component, Quantity.of(quantity), Money.of(price));
    }

    private Bill stored(long id) {
        return fakes.bills().find(id).orElseThrow();
    }

    private InvalidInputException refusal(Viewer actor, long id, BillCommand input, boolean replace) {
        InvalidInputException refusal = catchThrowableOfType(InvalidInputException.class,
                () -> service.updateBill(actor, id, input, replace));
        assertThat(refusal).as("refused").isNotNull();
        return refusal;
    }

    @Test
    void updateBill_storedBill_isTheExampleOf1050() {
        // given: the bill as set up

        // when / then
        assertThat(janes.totalBill()).hasToString("1050.00");
        assertThat(janes.totalDue()).hasToString("950.00");
    }

    @ParameterizedTest(name = "{0} = {1} -> {2} / {3}")
    @CsvSource({
            "iig_qt,         20,       2050.00, 1950.00",
            "iig_qt_price,   100.5,    1055.00, 955.00",
            "fna,            1.0005,   1050.01, 950.01",
            "fna_price,      0,        1040.00, 940.00",
            "ggc,            0,        1010.00, 910.00",
            "ggc_price,      20.01,    1050.02, 950.02",
            "cdn,            3.3333,   1051.67, 951.67",
            "cdn_price,      5.55,     1051.65, 951.65",
            "bdix,           4.002,    1050.01, 950.01",
            "bdix_price,     2.51,     1050.04, 950.04",
            "baishan,        0.4999,   1049.99, 949.99",
            "baishan_price,  0.03,     1050.01, 950.01",
            "discount,       0,        1075.01, 975.01",
            "total_received, 1100,     1050.00, -50.00",
            "total_received, 1050,     1050.00, 0.00"})
    void updateBill_patchOfAnySingleAmount_recomputesTheTotals(String field, String value, String totalBill,
            String totalDue) {
        var input = patchOf(field, value).build();

        BillView view = service.updateBill(jane, janes.id(), input, false);

        assertThat(view.totalBill()).hasToString(totalBill);
        assertThat(view.totalDue()).hasToString(totalDue);
        assertThat(stored(janes.id()).totalBill()).hasToString(totalBill);
        assertThat(stored(janes.id()).totalDue()).hasToString(totalDue);
    }

    @Test
    void updateBill_patchOfOneQuantity_leavesEveryOtherFieldAsItWas() {
        var input = bill().quantity(IIG, "20").build();

        service.updateBill(jane, janes.id(), input, false);

        Bill after = stored(janes.id());
        assertThat(after.charges().line(IIG)).isEqualTo(line(IIG, "20", "100"));
        for (BandwidthComponent component : List.of(FNA, GGC, CDN, BDIX, BAISHAN)) {
            assertThat(after.charges().line(component)).isEqualTo(janes.charges().line(component));
        }
        assertThat(after.charges().discount()).isEqualTo(janes.charges().discount());
        assertThat(after.charges().received()).isEqualTo(janes.charges().received());
        assertThat(after.terms()).isEqualTo(janes.terms());
        assertThat(after.status()).isEqualTo(janes.status());
    }

    @Test
    void updateBill_patch_keepsTheNumberCustomerAndCreationTimeAndUpdatesNow() {
        var input = bill().remarks("Paid by cheque").build();

        BillView view = service.updateBill(jane, janes.id(), input, false);

        assertThat(view.billNumber()).isEqualTo(janes.billNumber());
        assertThat(view.customer().id()).isEqualTo(acme.id());
        assertThat(view.createdAt()).isEqualTo(janes.createdAt());
        assertThat(view.updatedAt()).isEqualTo(fakes.clock().instant()).isNotEqualTo(janes.updatedAt());
        assertThat(view.remarks()).isEqualTo("Paid by cheque");
    }

    @Test
    void updateBill_newBillingDate_keepsTheNumberIssuedWithTheOldOne() {
        var input = bill().billingDate(LocalDate.of(2025, 12, 31)).build();

        BillView view = service.updateBill(jane, janes.id(), input, false);

        assertThat(view.billingDate()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(view.billNumber()).isEqualTo(janes.billNumber()).endsWith("-30112025");
    }

    @Test
    void updateBill_anotherKamsBillUnderScopeOwn_isNotFoundAndChangesNothing() {
        var input = bill().totalReceived("1").build();

        // when / then
        assertThatThrownBy(() -> service.updateBill(jane, johns.id(), input, false))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.subject()).isEqualTo(Subject.BILL));
        assertThat(stored(johns.id())).isSameAs(johns);
    }

    @Test
    void updateBill_unknownBill_isNotFound() {
        var input = bill().totalReceived("1").build();

        // when / then
        assertThatThrownBy(() -> service.updateBill(manager, 999, input, false))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void updateBill_customerPassedToAnotherKam_isNotFoundForTheFormerKam() {
        fakes.customers().reassign(acme.id(), john.userId());
        var input = bill().totalReceived("1").build();

        // when / then
        assertThatThrownBy(() -> service.updateBill(jane, janes.id(), input, false))
                .isInstanceOf(NotFoundException.class);
        assertThat(service.updateBill(john, janes.id(), input, false).totalReceived()).isEqualTo(Money.of("1"));
    }

    @Test
    void updateBill_managerOnAnyonesBill_isAccepted() {
        var input = bill().status("Inactive").build();

        BillView view = service.updateBill(manager, johns.id(), input, false);

        assertThat(view.status()).isEqualTo("Inactive");
        assertThat(stored(johns.id()).status()).isEqualTo(BillStatus.INACTIVE);
    }

    @Test
    void updateBill_putWithoutTheCustomer_isAFieldErrorAndChangesNothing() {
        var input = bill().totalReceived("1050").build();

        InvalidInputException refusal = refusal(jane, janes.id(), input, true);

        assertThat(refusal.fieldErrors()).containsExactly(Map.entry("customer", List.of(Violation.of(Reason.REQUIRED))));
        assertThat(stored(janes.id())).isSameAs(janes);
    }

    @Test
    void updateBill_putWithItsCustomer_recomputesAndKeepsAbsentFields() {
        var input = bill().customer(acme.id()).quantity(IIG, "5").totalReceived("550").build();

        BillView view = service.updateBill(jane, janes.id(), input, true);

        assertThat(view.totalBill()).hasToString("550.00");
        assertThat(view.totalDue()).hasToString("0.00");
        assertThat(view.nttnCap()).isEqualTo("CAP-01");
        assertThat(view.billNumber()).isEqualTo(janes.billNumber());
    }

    @ParameterizedTest
    @CsvSource({"false", "true"})
    void updateBill_anotherCustomer_isAFieldErrorAndChangesNothing(boolean replace) {
        BilledCustomer other = fakes.givenCustomer(jane.userId(), "Other Ltd", "Other");
        var input = bill().customer(other.id()).build();

        InvalidInputException refusal = refusal(jane, janes.id(), input, replace);

        assertThat(refusal.fieldErrors()).containsExactly(Map.entry("customer",
                List.of(Violation.of(Reason.BILL_CUSTOMER_FIXED))));
        assertThat(stored(janes.id()).customerId()).isEqualTo(acme.id());
    }

    @Test
    void updateBill_nullCustomer_isAFieldError() {
        var input = bill().customer(null).build();

        InvalidInputException refusal = refusal(jane, janes.id(), input, false);

        assertThat(refusal.fieldErrors()).containsOnlyKeys("customer");
    }

    @Test
    void updateBill_patchWithItsOwnCustomer_isAccepted() {
        var input = bill().customer(acme.id()).remarks("same customer").build();

        BillView view = service.updateBill(jane, janes.id(), input, false);

        assertThat(view.remarks()).isEqualTo("same customer");
    }

    @Test
    void updateBill_discountAboveTheGross_isAFieldErrorAndChangesNothing() {
        var input = bill().discount("1075.02").build();

        InvalidInputException refusal = refusal(jane, janes.id(), input, false);

        assertThat(refusal.fieldErrors()).containsExactly(Map.entry("discount",
                List.of(Violation.of(Reason.EXCEEDS_GROSS, new BigDecimal("1075.02"), new BigDecimal("1075.01")))));
        assertThat(stored(janes.id())).isSameAs(janes);
    }

    @Test
    void updateBill_lowerQuantityLeavingTheStoredDiscountAboveTheGross_isAFieldErrorOnTheDiscount() {
        // given: the stored discount of 25.01 against a gross that would fall to 0.01
        var input = bill().quantity(IIG, "0").quantity(FNA, "0").quantity(GGC, "0").quantity(CDN, "0")
                .quantity(BDIX, "0").build();

        InvalidInputException refusal = refusal(jane, janes.id(), input, false);

        assertThat(refusal.fieldErrors()).containsOnlyKeys("discount");
        assertThat(stored(janes.id())).isSameAs(janes);
    }

    @Test
    void updateBill_negativeAmount_isAFieldErrorOnThatLineField() {
        var input = bill().unitPrice(BAISHAN, "-1").quantity(CDN, "-1").build();

        InvalidInputException refusal = refusal(jane, janes.id(), input, false);

        assertThat(refusal.fieldErrors()).containsOnlyKeys("cdnQuantity", "baishanUnitPrice");
    }

    @Test
    void updateBill_nullQuantity_isAFieldError() {
        var input = bill().quantity(IIG, null).build();

        InvalidInputException refusal = refusal(jane, janes.id(), input, false);

        assertThat(refusal.fieldErrors()).containsExactly(Map.entry("iigQuantity", List.of(Violation.of(Reason.NULL))));
    }

    @Test
    void updateBill_terminationBeforeTheStoredActiveDate_isAFieldError() {
        var input = bill().terminationDate(ACTIVE.minusDays(1)).build();

        InvalidInputException refusal = refusal(jane, janes.id(), input, false);

        assertThat(refusal.fieldErrors()).containsOnlyKeys("terminationDate");
    }

    @Test
    void updateBill_clearingTheActiveDate_allowsAnyTermination() {
        var input = bill().activeDate(null).terminationDate(ACTIVE.minusDays(1)).build();

        BillView view = service.updateBill(jane, janes.id(), input, false);

        assertThat(view.activeDate()).isNull();
        assertThat(view.terminationDate()).isEqualTo(ACTIVE.minusDays(1));
    }

    @Test
    void updateBill_unknownStatus_isAFieldError() {
        var input = bill().status("Paid").build();

        InvalidInputException refusal = refusal(jane, janes.id(), input, false);

        assertThat(refusal.fieldErrors()).containsOnlyKeys("status");
    }

    @Test
    void updateBill_nullRemarks_clearsThem() {
        var input = bill().remarks(null).build();

        BillView view = service.updateBill(jane, janes.id(), input, false);

        assertThat(view.remarks()).isEmpty();
    }

    @Test
    void updateBill_anotherCustomerAndBadAmounts_reportsEveryProblem() {
        var input = bill().customer(zeta.id()).quantity(IIG, "-1").terminationDate(ACTIVE.minusDays(1))
                .status("Paid").build();

        InvalidInputException refusal = refusal(jane, janes.id(), input, false);

        assertThat(refusal.fieldErrors()).containsOnlyKeys("customer", "iigQuantity", "terminationDate", "status");
    }

    @Test
    void updateBill_refused_rollsBack() {
        var input = bill().discount("100000").build();

        refusal(jane, janes.id(), input, false);

        assertThat(fakes.transactions().rolledBack()).isOne();
        assertThat(fakes.bills().all()).containsExactly(janes, johns);
    }

    /** A PATCH of one field, by its API name. */
    private static BillInputs.Builder patchOf(String field, String value) {
        BillInputs.Builder builder = bill();
        switch (field) {
            case "discount" -> builder.discount(value);
            case "total_received" -> builder.totalReceived(value);
            default -> {
                boolean price = field.endsWith("_price");
                String name = price ? field.substring(0, field.length() - "_price".length()) : field;
                BandwidthComponent component = name.equals("iig_qt") ? IIG
                        : BandwidthComponent.valueOf(name.toUpperCase(Locale.ROOT));
                if (price) {
                    builder.unitPrice(component, value);
                } else {
                    builder.quantity(component, value);
                }
            }
        }
        return builder;
    }
}
