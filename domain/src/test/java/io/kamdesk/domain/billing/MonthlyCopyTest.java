package io.kamdesk.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kamdesk.domain.billing.Bill.BillTerms;
import io.kamdesk.domain.billing.MonthlyCopy.Plan;
import io.kamdesk.domain.billing.MonthlyCopy.SkipReason;
import io.kamdesk.domain.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonthlyCopyTest {

    private static final BillingMonth MARCH = BillingMonth.of(2026, 3);
    private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");
    private static long ids = 1;

    @Test
    void theBillingDay_isClampedToTheMonthsLength() {
        assertThat(BillingMonth.of(2026, 2).billingDate(31)).isEqualTo("2026-02-28");
        assertThat(BillingMonth.of(2028, 2).billingDate(31)).isEqualTo("2028-02-29");
        assertThat(BillingMonth.of(2026, 4).billingDate(31)).isEqualTo("2026-04-30");
        assertThat(BillingMonth.of(2026, 1).billingDate(31)).isEqualTo("2026-01-31");
        assertThat(MARCH.billingDate(1)).isEqualTo("2026-03-01");
        assertThatThrownBy(() -> MARCH.billingDate(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MARCH.billingDate(32)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lastMonthsBills_areCopied_sameLinksLinesAndDiscount_datedOnTheBillingDay_nothingReceived() {
        Bill february = bill("2026-02-05", "cap-1", "com-1", BillStatus.ACTIVE, null, "300.00");

        Plan plan = MonthlyCopy.plan(true, List.of(february), List.of(), MARCH, 31);

        assertThat(plan.existing()).isZero();
        assertThat(plan.skipped()).isEmpty();
        assertThat(plan.toCreate()).hasSize(1);
        BillTerms terms = plan.toCreate().getFirst().terms();
        assertThat(terms.billingDate()).isEqualTo("2026-03-31");
        assertThat(terms.nttnCap()).isEqualTo("cap-1");
        assertThat(terms.nttnCom()).isEqualTo("com-1");
        assertThat(terms.activeDate()).isEqualTo(february.terms().activeDate());
        assertThat(terms.remarks()).isEmpty();
        BillCharges charges = plan.toCreate().getFirst().charges();
        assertThat(charges.lines()).isEqualTo(february.charges().lines());
        assertThat(charges.discount()).isEqualTo(Money.of("50.00"));
        assertThat(charges.received()).isEqualTo(Money.ZERO);
        assertThat(charges.totalDue()).isEqualTo(february.charges().totalBill());
    }

    @Test
    void aSecondRun_createsNothing_andAlinkBilledTwiceLastMonth_isBilledTwice() {
        List<Bill> february = List.of(bill("2026-02-01", "cap-1", "", BillStatus.ACTIVE, null, "0"),
                bill("2026-02-15", "cap-1", "", BillStatus.ACTIVE, null, "0"),
                bill("2026-02-01", "cap-2", "", BillStatus.ACTIVE, null, "0"));
        Plan first = MonthlyCopy.plan(true, february, List.of(), MARCH, 1);
        List<Bill> march = first.toCreate().stream()
                .map(draft -> Bill.issue(ids++, 4, "N" + ids, draft.terms(), draft.charges(), null, NOW)).toList();

        Plan second = MonthlyCopy.plan(true, february, march, MARCH, 1);
        Plan partly = MonthlyCopy.plan(true, february, march.subList(0, 1), MARCH, 1);

        assertThat(first.toCreate()).hasSize(3);
        assertThat(second.toCreate()).isEmpty();
        assertThat(second.existing()).isEqualTo(3);
        assertThat(partly.toCreate()).extracting(draft -> draft.terms().nttnCap()).containsExactly("cap-1", "cap-2");
        assertThat(partly.existing()).isEqualTo(1);
    }

    @Test
    void aLinkBilledThisMonthUnderAnyStatusOrDay_isExisting() {
        List<Bill> february = List.of(bill("2026-02-01", "cap-1", "com", BillStatus.ACTIVE, null, "0"));
        List<Bill> march = List.of(bill("2026-03-20", "cap-1", "com", BillStatus.INACTIVE, null, "0"));

        Plan plan = MonthlyCopy.plan(true, february, march, MARCH, 1);

        assertThat(plan.toCreate()).isEmpty();
        assertThat(plan.existing()).isEqualTo(1);
    }

    @Test
    void inactiveBills_billsOfOtherMonths_andLinksTerminatedBeforeTheMonth_areNotCopied() {
        List<Bill> february = List.of(bill("2026-02-01", "off", "", BillStatus.INACTIVE, null, "0"),
                bill("2026-01-31", "january", "", BillStatus.ACTIVE, null, "0"),
                bill("2026-02-01", "ended", "", BillStatus.ACTIVE, LocalDate.parse("2026-02-28"), "0"),
                bill("2026-02-01", "ends-in-march", "", BillStatus.ACTIVE, LocalDate.parse("2026-03-01"), "0"));

        Plan plan = MonthlyCopy.plan(true, february, List.of(), MARCH, 1);

        assertThat(plan.toCreate()).extracting(draft -> draft.terms().nttnCap()).containsExactly("ends-in-march");
        assertThat(plan.toCreate().getFirst().terms().terminationDate()).isEqualTo("2026-03-01");
        assertThat(plan.skipped()).singleElement().satisfies(skipped -> {
            assertThat(skipped.nttnCap()).isEqualTo("ended");
            assertThat(skipped.reason()).isEqualTo(SkipReason.LINK_TERMINATED);
            assertThat(skipped.since()).isEqualTo("2026-02-28");
        });
    }

    @Test
    void aCustomerNotActive_orWithoutBillsLastMonth_isSkippedWithItsReason() {
        List<Bill> february = List.of(bill("2026-02-01", "cap", "", BillStatus.ACTIVE, null, "0"));

        Plan inactive = MonthlyCopy.plan(false, february, List.of(), MARCH, 1);
        Plan none = MonthlyCopy.plan(true, List.of(), List.of(), MARCH, 1);

        assertThat(inactive.toCreate()).isEmpty();
        assertThat(inactive.skipped()).extracting(MonthlyCopy.Skipped::reason)
                .containsExactly(SkipReason.CUSTOMER_NOT_ACTIVE);
        assertThat(none.skipped()).extracting(MonthlyCopy.Skipped::reason)
                .containsExactly(SkipReason.NO_BILLS_LAST_MONTH);
    }

    private static Bill bill(String billingDate, String cap, String com, BillStatus status, LocalDate terminated,
            String received) {
        BillTerms terms = new BillTerms(cap, com, LocalDate.parse("2025-06-01"), LocalDate.parse(billingDate),
                terminated, "paid by cheque");
        BillCharges charges = BillCharges.of(List.of(new BillLine(BandwidthComponent.IIG, Quantity.of("10"),
                Money.of("100")), new BillLine(BandwidthComponent.BDIX, Quantity.of("2.5"), Money.of("40"))),
                Money.of("50"), Money.of(received));
        return Bill.issue(ids++, 4, "N" + ids, terms, charges, status, NOW);
    }
}
