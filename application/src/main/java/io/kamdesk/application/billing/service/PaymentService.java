package io.kamdesk.application.billing.service;

import static io.kamdesk.application.shared.sheet.TabularWriter.Column.date;
import static io.kamdesk.application.shared.sheet.TabularWriter.Column.integer;
import static io.kamdesk.application.shared.sheet.TabularWriter.Column.money;
import static io.kamdesk.application.shared.sheet.TabularWriter.Column.text;

import io.kamdesk.application.billing.port.in.payment.ExportPaymentsUseCase;
import io.kamdesk.application.billing.port.in.payment.ListPaymentsQuery;
import io.kamdesk.application.billing.port.in.payment.ListPaymentsUseCase;
import io.kamdesk.application.billing.port.in.payment.PaymentView;
import io.kamdesk.application.billing.port.in.payment.RecordPaymentCommand;
import io.kamdesk.application.billing.port.in.payment.RecordPaymentUseCase;
import io.kamdesk.application.billing.port.in.payment.VoidPaymentCommand;
import io.kamdesk.application.billing.port.in.payment.VoidPaymentUseCase;
import io.kamdesk.application.billing.port.out.BillRepository;
import io.kamdesk.application.billing.port.out.PaymentRepository;
import io.kamdesk.application.shared.BusinessCalendar;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.application.shared.Transactions;
import io.kamdesk.application.shared.sheet.ExportLog;
import io.kamdesk.application.shared.sheet.FileFormat;
import io.kamdesk.application.shared.sheet.SheetExport;
import io.kamdesk.application.shared.sheet.TabularWriter.Column;
import io.kamdesk.application.shared.sheet.TabularWriter;
import io.kamdesk.domain.billing.Bill;
import io.kamdesk.domain.billing.Payment;
import io.kamdesk.domain.billing.PaymentMethod;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.FieldErrors;
import io.kamdesk.domain.shared.Money;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.Subject;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The payment ledger: money recorded against a bill and voided, each time with the bill's total
 * received and due in the same transaction (the bill locked first, so that concurrent payments of one
 * bill add up), and the ledger listed and exported within the viewer's scope.
 */
public final class PaymentService implements RecordPaymentUseCase, VoidPaymentUseCase, ListPaymentsUseCase,
        ExportPaymentsUseCase {

    private static final List<Column> COLUMNS = List.of(integer("id"), text("bill_number"), text("customer"),
            money("amount"), date("paid_on"), text("method"), text("reference"), text("remarks"),
            text("received_by"), text("recorded_at"), text("voided_at"), text("voided_by"), text("void_reason"));

    private final PaymentRepository payments;
    private final BillRepository bills;
    private final Transactions transactions;
    private final BusinessCalendar calendar;
    private final TabularWriter sheets;
    private final ExportLog exports;

    public PaymentService(PaymentRepository payments, BillRepository bills, Transactions transactions,
            BusinessCalendar calendar, TabularWriter sheets, ExportLog exports) {
        this.exports = exports;
        this.payments = payments;
        this.bills = bills;
        this.transactions = transactions;
        this.calendar = calendar;
        this.sheets = sheets;
    }

    @Override
    public PaymentView recordPayment(RecordPaymentCommand command) {
        Viewer viewer = command.viewer();
        return transactions.inTransaction(() -> {
            Bill bill = bills.findVisibleForUpdate(viewer, command.billId()).orElseThrow(BillViews::notFound);
            Instant now = calendar.now();
            Payment payment = Payment.receive(0, bill.id(), receipt(command), viewer.userId(), calendar.today(), now);
            bills.update(bill.receive(payment.amount(), now));
            long id = payments.insert(payment);
            return view(viewer, id);
        });
    }

    @Override
    public PaymentView voidPayment(VoidPaymentCommand command) {
        Viewer viewer = command.viewer();
        return transactions.inTransaction(() -> {
            Payment payment = payments.findVisibleForUpdate(viewer, command.paymentId())
                    .orElseThrow(PaymentService::notFound);
            Instant now = calendar.now();
            Payment voided = payment.voidedBy(viewer.userId(), command.reason(), now);
            Bill bill = bills.findVisibleForUpdate(viewer, payment.billId()).orElseThrow(PaymentService::notFound);
            bills.update(bill.receive(payment.counted().negate(), now));
            payments.markVoid(voided);
            return view(viewer, payment.id());
        });
    }

    @Override
    public void listPayments(ListPaymentsQuery query, ResultSink<PaymentView> sink) {
        payments.list(query, sink);
    }

    @Override
    public PaymentView getPayment(Viewer viewer, long paymentId) {
        return view(viewer, paymentId);
    }

    @Override
    public void exportPayments(ListPaymentsQuery query, FileFormat format, OutputStream out) {
        long rows = SheetExport.<PaymentView>write(sheets, out, format, COLUMNS, sink -> payments.list(query, sink),
                PaymentService::row);
        exports.exported(ExportLog.ExportedSheet.PAYMENTS, rows);
    }

    private PaymentView view(Viewer viewer, long id) {
        return payments.findView(viewer, id).orElseThrow(PaymentService::notFound);
    }

    /** The typed input as the domain's receipt; every field's problem is reported at once. */
    private Payment.Receipt receipt(RecordPaymentCommand command) {
        FieldErrors errors = new FieldErrors();
        BigDecimal sentAmount = errors.required("amount", command.amount());
        String sentMethod = errors.required("method", command.method());
        Money amount = sentAmount == null ? null : errors.capture("amount", () -> Money.of(sentAmount));
        PaymentMethod method = sentMethod == null ? null : errors.capture("method",
                () -> PaymentMethod.fromCode(sentMethod));
        errors.throwIfAny();
        LocalDate paidOn = command.paidOn() == null ? calendar.today() : command.paidOn();
        return new Payment.Receipt(amount, paidOn, method, command.reference(), command.remarks());
    }

    private static List<Object> row(PaymentView payment) {
        PaymentView.Voided voided = payment.voided();
        return Arrays.asList(payment.id(), payment.billNumber(), payment.customerName(), payment.amount().amount(),
                payment.paidOn(), payment.method().code(), payment.reference(), payment.remarks(),
                payment.receivedByName(), payment.recordedAt().toString(),
                voided == null ? null : voided.at().toString(), voided == null ? null : voided.byName(),
                voided == null ? null : voided.reason());
    }

    private static NotFoundException notFound() {
        return new NotFoundException(Subject.PAYMENT);
    }
}
