package io.kamdesk.application.billing.port.out;

import io.kamdesk.application.billing.port.in.invoice.InvoiceView;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;

/** Renders the document of an invoice a customer is sent, with the company's details and the amount in words. */
public interface InvoiceDocument {

    void write(InvoiceView invoice, Company company, String amountDueInWords, OutputStream out);

    /**
     * The seller's block: name, address, phone, e-mail, BIN (VAT registration), an optional logo (PNG
     * or JPEG bytes), the bank accounts to pay into and the payment terms, one line each.
     */
    record Company(String name, String address, String phone, String email, String bin, byte[] logo,
            List<String> bankAccounts, List<String> terms) {

        public Company {
            name = Objects.requireNonNullElse(name, "");
            address = Objects.requireNonNullElse(address, "");
            phone = Objects.requireNonNullElse(phone, "");
            email = Objects.requireNonNullElse(email, "");
            bin = Objects.requireNonNullElse(bin, "");
            bankAccounts = List.copyOf(bankAccounts);
            terms = List.copyOf(terms);
        }
    }
}
