package io.kamdesk.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.domain.billing.Statement.Entry;
import io.kamdesk.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A customer statement: date order, bills before payments on a day, a running balance, the totals. */
class StatementTest {

    private static final LocalDate NOV_30 = LocalDate.of(2025, 11, 30);

    @Test
    void entries_runInDateOrder_billsFirstOnADay_withTheBalanceAfterEach() {
        Statement statement = Statement.of(Money.of("100.00"), List.of(
                Entry.payment(NOV_30, 7, "TRX-7", "bkash", Money.of("300.00")),
                Entry.bill(NOV_30, 12, "KTL-BL-12", Money.of("1000.00")),
                Entry.payment(NOV_30.minusDays(10), 3, "CHQ-3", "cheque", Money.of("100.00"))));

        assertThat(statement.lines()).extracting(line -> line.entry().reference())
                .containsExactly("CHQ-3", "KTL-BL-12", "TRX-7");
        assertThat(statement.lines()).extracting(Statement.Line::balance)
                .containsExactly(Money.of("0.00"), Money.of("1000.00"), Money.of("700.00"));
        assertThat(statement.totalDebit()).isEqualTo(Money.of("1000.00"));
        assertThat(statement.totalCredit()).isEqualTo(Money.of("400.00"));
        assertThat(statement.closing()).isEqualTo(Money.of("700.00"));
    }

    @Test
    void anOverpayment_leavesACredit_andANegativeAdjustment_raisesTheBalance() {
        Statement statement = Statement.of(Money.ZERO, List.of(
                Entry.bill(NOV_30, 1, "KTL-BL-1", Money.of("500.00")),
                Entry.payment(NOV_30.plusDays(1), 2, "", "cash", Money.of("600.00")),
                Entry.payment(NOV_30.plusDays(2), 3, "", "adjustment", Money.of("-50.00"))));

        assertThat(statement.lines()).extracting(Statement.Line::balance)
                .containsExactly(Money.of("500.00"), Money.of("-100.00"), Money.of("-50.00"));
        assertThat(statement.closing()).isEqualTo(Money.of("-50.00"));
    }

    @Test
    void aPeriodWithoutEntries_closesAtItsOpeningBalance() {
        Statement statement = Statement.of(Money.of("42.00"), List.of());

        assertThat(statement.lines()).isEmpty();
        assertThat(statement.closing()).isEqualTo(Money.of("42.00"));
    }
}
