package io.kamdesk.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kamdesk.domain.billing.Bill.BillTerms;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BillTest {

    private static final Instant ISSUED = Instant.parse("2025-11-30T08:00:00Z");
    private static final Instant REVISED = Instant.parse("2025-12-03T10:30:00Z");
    private static final String NUMBER = "KTL-BL-ACMEX-17-30112025";

    private static final BillTerms TERMS = new BillTerms("CAP-01", "COM-01", LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 11, 30), null, "Monthly bill");
    private static final BillCharges CHARGES = BillCharges.of(
            List.of(new BillLine(BandwidthComponent.IIG, Quantity.of("10"), Money.of("100"))), Money.ZERO,
            Money.of("100"));

    @Test
    void issue_withoutStatus_isActive() {
        // given: no status chosen

        Bill bill = Bill.issue(17, 4, NUMBER, TERMS, CHARGES, null, ISSUED);

        assertThat(bill.status()).isEqualTo(BillStatus.ACTIVE);
    }

    @Test
    void issue_anyBill_keepsWhatItWasGivenAndIsCreatedAndUpdatedNow() {
        // given: bill 17 of customer 4

        Bill bill = Bill.issue(17, 4, NUMBER, TERMS, CHARGES, BillStatus.INACTIVE, ISSUED);

        assertThat(bill.id()).isEqualTo(17);
        assertThat(bill.customerId()).isEqualTo(4);
        assertThat(bill.billNumber()).isEqualTo(NUMBER);
        assertThat(bill.terms()).isEqualTo(TERMS);
        assertThat(bill.charges()).isEqualTo(CHARGES);
        assertThat(bill.status()).isEqualTo(BillStatus.INACTIVE);
        assertThat(bill.createdAt()).isEqualTo(ISSUED);
        assertThat(bill.updatedAt()).isEqualTo(ISSUED);
    }

    @Test
    void totals_anyBill_comeFromItsCharges() {
        Bill bill = Bill.issue(17, 4, NUMBER, TERMS, CHARGES, null, ISSUED);

        Money totalBill = bill.totalBill();

        assertThat(totalBill).isEqualTo(Money.of("1000"));
        assertThat(bill.totalDue()).isEqualTo(Money.of("900"));
    }

    @Test
    void revise_newTermsChargesAndStatus_keepsTheNumberCustomerAndCreationTime() {
        Bill bill = Bill.issue(17, 4, NUMBER, TERMS, CHARGES, null, ISSUED);
        BillTerms newTerms = new BillTerms("CAP-02", "", null, LocalDate.of(2025, 12, 31), null, "");
        BillCharges newCharges = BillCharges.of(
                List.of(new BillLine(BandwidthComponent.FNA, Quantity.of("3"), Money.of("7.5"))), Money.of("0.5"),
                Money.ZERO);

        Bill revised = bill.revise(newTerms, newCharges, BillStatus.INACTIVE, REVISED);

        assertThat(revised.id()).isEqualTo(17);
        assertThat(revised.customerId()).isEqualTo(4);
        assertThat(revised.billNumber()).isEqualTo(NUMBER);
        assertThat(revised.createdAt()).isEqualTo(ISSUED);
        assertThat(revised.updatedAt()).isEqualTo(REVISED);
        assertThat(revised.terms()).isEqualTo(newTerms);
        assertThat(revised.status()).isEqualTo(BillStatus.INACTIVE);
        assertThat(revised.totalBill()).hasToString("22.00");
        assertThat(revised.totalDue()).hasToString("22.00");
        assertThat(bill.totalBill()).hasToString("1000.00");
    }

    @Test
    void restore_storedValues_areKeptAsTheyWere() {
        // given: a bill as the database holds it

        Bill bill = Bill.restore(17, 4, NUMBER, TERMS, CHARGES, BillStatus.INACTIVE, ISSUED, REVISED);

        assertThat(bill.billNumber()).isEqualTo(NUMBER);
        assertThat(bill.status()).isEqualTo(BillStatus.INACTIVE);
        assertThat(bill.createdAt()).isEqualTo(ISSUED);
        assertThat(bill.updatedAt()).isEqualTo(REVISED);
    }

    @Test
    void terms_terminationBeforeTheActiveDate_isRefusedOnTheTerminationDate() {
        LocalDate active = LocalDate.of(2025, 6, 1);

        InvalidInputException refusal = catchThrowableOfType(InvalidInputException.class,
                () -> new BillTerms("", "", active, null, active.minusDays(1), ""));

        assertThat(refusal.fieldErrors()).containsOnlyKeys("terminationDate");
        assertThat(refusal.fieldErrors().get("terminationDate"))
                .containsExactly(Violation.of(Reason.DATE_BEFORE, "activeDate"));
    }

    @Test
    void terms_terminationOnTheActiveDate_isAccepted() {
        LocalDate active = LocalDate.of(2025, 6, 1);

        BillTerms terms = new BillTerms("", "", active, null, active, "");

        assertThat(terms.terminationDate()).isEqualTo(active);
    }

    @Test
    void terms_terminationWithoutAnActiveDate_isAccepted() {
        LocalDate termination = LocalDate.of(2025, 6, 1);

        BillTerms terms = new BillTerms("", "", null, null, termination, "");

        assertThat(terms.terminationDate()).isEqualTo(termination);
    }

    @Test
    void terms_missingTexts_areEmpty() {
        // given: no link references and no remarks

        BillTerms terms = new BillTerms(null, null, null, null, null, null);

        assertThat(terms.nttnCap()).isEmpty();
        assertThat(terms.nttnCom()).isEmpty();
        assertThat(terms.remarks()).isEmpty();
    }
}
