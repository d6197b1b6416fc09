package io.kamdesk.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.domain.billing.Bill.BillTerms;
import io.kamdesk.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Whether an import row leaves a bill as it is: every stored field counts, the times do not. */
class BillSameContentTest {

    private static final Instant ISSUED = Instant.parse("2025-11-30T08:00:00Z");
    private static final Instant REVISED = Instant.parse("2025-12-03T10:30:00Z");
    private static final String NUMBER = "KTL-BL-ACMEX-17-30112025";
    private static final LocalDate BILLING_DATE = LocalDate.of(2025, 11, 30);

    private static final BillTerms TERMS = new BillTerms("CAP-01", "COM-01", LocalDate.of(2025, 1, 1), BILLING_DATE,
            null, "Monthly bill");

    private static BillLine line(BandwidthComponent component, String quantity, String price) {
        return new BillLine(component, Quantity.of(quantity), Money.of(price));
    }

    private static BillCharges charges(BillLine iig, String discount, String received) {
        return BillCharges.of(List.of(iig, line(BandwidthComponent.FNA, "2", "50")), Money.of(discount),
                Money.of(received));
    }

    private static final BillCharges CHARGES = charges(line(BandwidthComponent.IIG, "10", "100"), "10", "100");

    private static Bill stored() {
        return Bill.issue(17, 4, NUMBER, TERMS, CHARGES, BillStatus.ACTIVE, ISSUED);
    }

    private static Bill withTerms(Bill bill, BillTerms terms) {
        return bill.revise(terms, bill.charges(), bill.status(), REVISED);
    }

    @Test
    void sameContentAs_itself_isTrue() {
        Bill bill = stored();

        assertThat(bill.sameContentAs(bill)).isTrue();
    }

    @Test
    void sameContentAs_revisedWithEqualValuesLater_isTrue() {
        Bill bill = stored();
        BillTerms sameTerms = new BillTerms("CAP-01", "COM-01", LocalDate.of(2025, 1, 1), BILLING_DATE, null,
                "Monthly bill");
        BillCharges sameCharges = BillCharges.of(List.of(line(BandwidthComponent.FNA, "2.0000", "50.00"),
                line(BandwidthComponent.IIG, "10.0", "100.0")), Money.of("10.00"), Money.of("100"));

        Bill revised = bill.revise(sameTerms, sameCharges, BillStatus.ACTIVE, REVISED);

        assertThat(revised.updatedAt()).isNotEqualTo(bill.updatedAt());
        assertThat(revised.sameContentAs(bill)).isTrue();
        assertThat(bill.sameContentAs(revised)).isTrue();
    }

    @Test
    void sameContentAs_restoredWithOtherTimes_isTrue() {
        Bill bill = stored();

        Bill restored = Bill.restore(bill.id(), bill.customerId(), bill.billNumber(), bill.terms(), bill.charges(),
                bill.status(), ISSUED.minus(Duration.ofDays(1)), REVISED);

        assertThat(restored.sameContentAs(bill)).isTrue();
    }

    static Stream<Named<UnaryOperator<Bill>>> changes() {
        return Stream.of(
                Named.of("NTTN capacity", b -> withTerms(b, new BillTerms("CAP-02", TERMS.nttnCom(),
                        TERMS.activeDate(), TERMS.billingDate(), TERMS.terminationDate(), TERMS.remarks()))),
                Named.of("NTTN company", b -> withTerms(b, new BillTerms(TERMS.nttnCap(), "COM-02",
                        TERMS.activeDate(), TERMS.billingDate(), TERMS.terminationDate(), TERMS.remarks()))),
                Named.of("active date", b -> withTerms(b, new BillTerms(TERMS.nttnCap(), TERMS.nttnCom(), null,
                        TERMS.billingDate(), TERMS.terminationDate(), TERMS.remarks()))),
                Named.of("billing date", b -> withTerms(b, new BillTerms(TERMS.nttnCap(), TERMS.nttnCom(),
                        TERMS.activeDate(), BILLING_DATE.plusDays(1), TERMS.terminationDate(), TERMS.remarks()))),
                Named.of("termination date", b -> withTerms(b, new BillTerms(TERMS.nttnCap(), TERMS.nttnCom(),
                        TERMS.activeDate(), TERMS.billingDate(), BILLING_DATE, TERMS.remarks()))),
                Named.of("remarks", b -> withTerms(b, new BillTerms(TERMS.nttnCap(), TERMS.nttnCom(),
                        TERMS.activeDate(), TERMS.billingDate(), TERMS.terminationDate(), "Monthly bill."))),
                Named.of("a quantity", b -> b.revise(b.terms(),
                        charges(line(BandwidthComponent.IIG, "10.0001", "100"), "10", "100"), b.status(), REVISED)),
                Named.of("a unit price", b -> b.revise(b.terms(),
                        charges(line(BandwidthComponent.IIG, "10", "100.01"), "10", "100"), b.status(), REVISED)),
                Named.of("a line whose amount stays", b -> b.revise(b.terms(),
                        charges(line(BandwidthComponent.IIG, "20", "50"), "10", "100"), b.status(), REVISED)),
                Named.of("discount", b -> b.revise(b.terms(),
                        charges(line(BandwidthComponent.IIG, "10", "100"), "0", "100"), b.status(), REVISED)),
                Named.of("received", b -> b.revise(b.terms(),
                        charges(line(BandwidthComponent.IIG, "10", "100"), "10", "0"), b.status(), REVISED)),
                Named.of("status", b -> b.revise(b.terms(), b.charges(), BillStatus.INACTIVE, REVISED)),
                Named.of("customer", b -> Bill.restore(b.id(), 5, b.billNumber(), b.terms(), b.charges(), b.status(),
                        b.createdAt(), b.updatedAt())),
                Named.of("number", b -> Bill.restore(b.id(), b.customerId(), NUMBER + "X", b.terms(), b.charges(),
                        b.status(), b.createdAt(), b.updatedAt())),
                Named.of("id", b -> Bill.restore(18, b.customerId(), b.billNumber(), b.terms(), b.charges(),
                        b.status(), b.createdAt(), b.updatedAt())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void sameContentAs_anyStoredFieldChanged_isFalseBothWays(UnaryOperator<Bill> change) {
        Bill bill = stored();

        Bill changed = change.apply(bill);

        assertThat(changed.sameContentAs(bill)).isFalse();
        assertThat(bill.sameContentAs(changed)).isFalse();
    }
}
