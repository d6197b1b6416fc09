package io.kamdesk.domain.billing;

import java.util.Objects;

/** A bill as an invoice reads it: its number and link, its lines and discount, and what it received. */
public record InvoicedBill(long billId, String billNumber, String nttnCap, String nttnCom, BillCharges charges) {

    public InvoicedBill {
        Objects.requireNonNull(billNumber);
        Objects.requireNonNull(nttnCap);
        Objects.requireNonNull(nttnCom);
        Objects.requireNonNull(charges);
    }

    public static InvoicedBill of(Bill bill) {
        return new InvoicedBill(bill.id(), bill.billNumber(), bill.terms().nttnCap(), bill.terms().nttnCom(),
                bill.charges());
    }
}
