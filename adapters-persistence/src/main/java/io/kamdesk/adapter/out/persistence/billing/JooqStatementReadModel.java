package io.kamdesk.adapter.out.persistence.billing;

import static io.kamdesk.adapter.out.persistence.jooq.Tables.BILL;
import static io.kamdesk.adapter.out.persistence.jooq.Tables.PAYMENT;

import io.kamdesk.application.billing.port.out.StatementReadModel;
import io.kamdesk.domain.billing.Statement;
import io.kamdesk.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * A customer's account in SQL: Active bills by billing date (the customer and date index), the
 * payments not void of those bills by the day paid (the payment index of each bill).
 */
@Repository
public class JooqStatementReadModel implements StatementReadModel {

    private static final String ACTIVE = "Active";

    private final DSLContext dsl;

    public JooqStatementReadModel(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Money balanceBefore(long customerId, LocalDate day) {
        BigDecimal billed = dsl.select(DSL.coalesce(DSL.sum(BILL.TOTAL_BILL), BigDecimal.ZERO))
                .from(BILL)
                .where(bills(customerId)).and(BILL.BILLING_DATE.lt(day))
                .fetchSingle().value1();
        BigDecimal paid = dsl.select(DSL.coalesce(DSL.sum(PAYMENT.AMOUNT), BigDecimal.ZERO))
                .from(PAYMENT).join(BILL).on(BILL.ID.eq(PAYMENT.BILL_ID))
                .where(bills(customerId)).and(PAYMENT.VOIDED_AT.isNull()).and(PAYMENT.PAID_ON.lt(day))
                .fetchSingle().value1();
        return Money.of(billed.subtract(paid).setScale(Money.DECIMALS));
    }

    @Override
    public List<Statement.Entry> entries(long customerId, LocalDate from, LocalDate to) {
        List<Statement.Entry> entries = new ArrayList<>();
        dsl.select(BILL.ID, BILL.BILLING_DATE, BILL.BILL_NUMBER, BILL.TOTAL_BILL)
                .from(BILL)
                .where(bills(customerId)).and(BILL.BILLING_DATE.between(from, to))
                .forEach(row -> entries.add(Statement.Entry.bill(row.value2(), row.value1(), row.value3(),
                        Money.of(row.value4()))));
        dsl.select(PAYMENT.ID, PAYMENT.PAID_ON, PAYMENT.REFERENCE, PAYMENT.METHOD, PAYMENT.AMOUNT, BILL.BILL_NUMBER)
                .from(PAYMENT).join(BILL).on(BILL.ID.eq(PAYMENT.BILL_ID))
                .where(bills(customerId)).and(PAYMENT.VOIDED_AT.isNull()).and(PAYMENT.PAID_ON.between(from, to))
                .forEach(row -> entries.add(Statement.Entry.payment(row.value2(), row.value1(), row.value3(),
                        row.value4() + " for " + row.value6(), Money.of(row.value5()))));
        return entries;
    }

    private static Condition bills(long customerId) {
        return BILL.CUSTOMER_ID.eq(customerId).and(BILL.STATUS.eq(ACTIVE)).and(BILL.BILLING_DATE.isNotNull());
    }
}
