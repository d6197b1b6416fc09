package io.kamdesk.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.domain.shared.ConflictException;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.InvalidValueException;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.Refusal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceTest {

    private static final BillingMonth MONTH = BillingMonth.of(2026, 3);
    private static final Instant NOW = Instant.parse("2026-03-02T00:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-03-02");

    @Test
    void theFigures_subtotalLessDiscount_plusVatOnTheNet_roundedHalfUpToTheCent() {
        // 10 × 100 + 2.5 × 40.10 = 1000 + 100.25 (100.250 rounded) = 1100.25; less 50.00 = 1050.25
        // VAT 7.5 % of 1050.25 = 78.76875 → 78.77; total 1129.02
        Invoice invoice = Invoice.draft(1, "INV-1", 4, MONTH, List.of(bill(7, "50", "0")), VatRate.of("7.5"), NOW);

        assertThat(invoice.amounts().subtotal()).isEqualTo(Money.of("1100.25"));
        assertThat(invoice.amounts().discount()).isEqualTo(Money.of("50.00"));
        assertThat(invoice.amounts().net()).isEqualTo(Money.of("1050.25"));
        assertThat(invoice.amounts().vat()).isEqualTo(Money.of("78.77"));
        assertThat(invoice.amounts().total()).isEqualTo(Money.of("1129.02"));
        assertThat(invoice.status()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(invoice.issueDate()).isNull();
    }

    @Test
    void theVat_ofHalfACent_roundsUp_andNoVatIsZero() {
        assertThat(VatRate.of("15").on(Money.of("0.10"))).isEqualTo(Money.of("0.02"));
        assertThat(VatRate.of("5").on(Money.of("0.10"))).isEqualTo(Money.of("0.01"));
        assertThat(VatRate.of("5").on(Money.of("0.09"))).isEqualTo(Money.of("0.00"));
        assertThat(VatRate.NONE.on(Money.of("1234.56"))).isEqualTo(Money.ZERO);
        assertThatThrownBy(() -> VatRate.of("100.01")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> VatRate.of("-1")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> VatRate.of("7.125")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void linesGroupEveryBillsChargedComponents_inBillOrder() {
        Invoice invoice = Invoice.draft(1, "INV-1", 4, MONTH, List.of(bill(9, "0", "0"), bill(7, "0", "0")),
                VatRate.NONE, NOW);

        assertThat(invoice.billIds()).containsExactly(7L, 9L);
        assertThat(invoice.lines()).extracting(InvoiceLine::billId).containsExactly(7L, 7L, 9L, 9L);
        assertThat(invoice.lines()).extracting(InvoiceLine::component)
                .containsExactly(BandwidthComponent.IIG, BandwidthComponent.BDIX, BandwidthComponent.IIG,
                        BandwidthComponent.BDIX);
        assertThat(invoice.amounts().total()).isEqualTo(Money.of("2200.50"));
    }

    @Test
    void aMonthWithoutBills_hasNothingToInvoice() {
        assertThatThrownBy(() -> Invoice.draft(1, "INV-1", 4, MONTH, List.of(), VatRate.NONE, NOW))
                .isInstanceOfSatisfying(ConflictException.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(Refusal.NOTHING_TO_INVOICE));
    }

    @Test
    void issuing_freezesTheBillsAndRateAsTheyAreThen_givesTheDates_andHappensOnce() {
        Invoice draft = Invoice.draft(1, "INV-1", 4, MONTH, List.of(bill(7, "0", "0")), VatRate.NONE, NOW);

        Invoice issued = draft.issue(List.of(bill(7, "100", "0")), VatRate.of("15"), TODAY, 30);

        assertThat(issued.status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(issued.issueDate()).isEqualTo(TODAY);
        assertThat(issued.dueDate()).isEqualTo("2026-04-01");
        assertThat(issued.amounts().vatRate()).isEqualTo(VatRate.of("15"));
        // (1100.25 − 100) × 15 % = 150.0375 → 150.04
        assertThat(issued.amounts().total()).isEqualTo(Money.of("1150.29"));
        assertThatThrownBy(() -> issued.issue(List.of(bill(7, "0", "0")), VatRate.NONE, TODAY, 30))
                .isInstanceOfSatisfying(ConflictException.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(Refusal.INVOICE_NOT_DRAFT));
        assertThatThrownBy(() -> issued.refreshed(List.of(bill(7, "0", "0")), VatRate.NONE))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void anIssuedInvoice_isPaidOnceItsBillsPaymentsReachItsTotal() {
        Invoice issued = Invoice.draft(1, "INV-1", 4, MONTH, List.of(bill(7, "0", "0")), VatRate.NONE, NOW)
                .issue(List.of(bill(7, "0", "0")), VatRate.NONE, TODAY, 30);

        assertThat(issued.statusGiven(Money.of("1100.24"))).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(issued.statusGiven(Money.of("1100.25"))).isEqualTo(InvoiceStatus.PAID);
        assertThat(issued.statusGiven(Money.of("2000"))).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void voiding_needsAReason_keepsTheFigures_andHappensOnce() {
        Invoice draft = Invoice.draft(1, "INV-1", 4, MONTH, List.of(bill(7, "0", "0")), VatRate.NONE, NOW);

        Invoice voided = draft.voided("wrong month", 3, NOW);

        assertThat(voided.status()).isEqualTo(InvoiceStatus.VOID);
        assertThat(voided.statusGiven(Money.of("99999"))).isEqualTo(InvoiceStatus.VOID);
        assertThat(voided.amounts()).isEqualTo(draft.amounts());
        assertThat(voided.voiding().reason()).isEqualTo("wrong month");
        assertThatThrownBy(() -> voided.voided("again", 3, NOW)).isInstanceOfSatisfying(ConflictException.class,
                refused -> assertThat(refused.refusal()).isEqualTo(Refusal.INVOICE_ALREADY_VOID));
        assertThatThrownBy(() -> draft.voided(" ", 3, NOW)).isInstanceOf(InvalidInputException.class);
    }

    private static InvoicedBill bill(long id, String discount, String received) {
        BillCharges charges = BillCharges.of(List.of(new BillLine(BandwidthComponent.IIG, Quantity.of("10"),
                Money.of("100")), new BillLine(BandwidthComponent.BDIX, Quantity.of("2.5"), Money.of("40.10")),
                BillLine.empty(BandwidthComponent.CDN)), Money.of(discount), Money.of(received));
        return new InvoicedBill(id, "KTL-BL-" + id, "cap", "com", charges);
    }
}
