package io.kamdesk.adapter.in.rest.billing;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kamdesk.application.billing.port.in.invoice.InvoiceView.InvoiceCustomer;
import io.kamdesk.application.billing.port.in.invoice.InvoiceView;
import io.kamdesk.domain.billing.InvoiceLine;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * An invoice: the customer block, the month, the status ({@code paid} once issued and covered by its
 * bills' payments), the dates, the VAT rate it was issued with, the figures as decimal strings, what
 * was paid and is due, its bills and lines.
 */
@Schema(name = "Invoice")
record InvoiceResponse(long id, String invoiceNumber, long customer, String customerName,
        @Schema(example = "2026-03") String month,
        @Schema(allowableValues = {"draft", "issued", "paid", "void"}) String status,
        // named explicitly: the document generator reads issueDate() as an "is" getter and misses the wire's name
        @JsonProperty("issue_date") LocalDate issueDate, LocalDate dueDate, @Schema(example = "7.50") String vatRate,
        @Schema(example = "1100.25") String subtotal, @Schema(example = "50.00") String discount,
        @Schema(example = "78.77") String vat, @Schema(example = "1129.02") String total,
        @Schema(example = "0.00") String paid, @Schema(example = "1129.02") String due, List<Long> bills,
        List<Line> lines, CustomerBlock customerDetails, String voidReason, Instant voidedAt, Long createdBy,
        Instant createdAt, Instant updatedAt, @Schema(example = "/api/invoices/42/?format=pdf") String pdfUrl) {

    static InvoiceResponse from(InvoiceView view) {
        InvoiceCustomer customer = view.customer();
        return new InvoiceResponse(view.id(), view.number(), customer.id(), customer.name(), view.month().toString(),
                view.status().name().toLowerCase(Locale.ROOT), view.issueDate(), view.dueDate(),
                view.vatRate().percent().toPlainString(), view.subtotal().toString(), view.discount().toString(),
                view.vat().toString(), view.total().toString(), view.paid().toString(), view.due().toString(),
                view.billIds(), view.lines().stream().map(Line::from).toList(), CustomerBlock.from(customer),
                view.voidReason(), view.voidedAt(), view.createdBy(), view.createdAt(), view.updatedAt(),
                "/api/invoices/" + view.id() + "/?format=pdf");
    }

    /** One charged component of one bill. */
    @Schema(name = "InvoiceLine")
    record Line(long bill, String billNumber,
            @Schema(allowableValues = {"iig", "fna", "ggc", "cdn", "bdix", "baishan"}) String component,
            @Schema(example = "10") String quantity, @Schema(example = "100.00") String unitPrice,
            @Schema(example = "1000.00") String amount) {

        static Line from(InvoiceLine line) {
            return new Line(line.billId(), line.billNumber(), line.component().name().toLowerCase(Locale.ROOT),
                    line.quantity().stripTrailingZeros().toPlainString(), line.unitPrice().toString(),
                    line.amount().toString());
        }
    }

    /** Who the invoice is addressed to, as printed on it. */
    @Schema(name = "InvoiceCustomer")
    record CustomerBlock(long id, String customerNumber, String name, String companyName, String email, String phone,
            String address, Long kam, String kamName) {

        static CustomerBlock from(InvoiceCustomer customer) {
            return new CustomerBlock(customer.id(), customer.customerNumber(), customer.name(), customer.companyName(),
                    customer.email(), customer.phone(), customer.address(), customer.kamId(), customer.kam());
        }
    }
}
