package io.kamdesk.adapter.in.rest.billing;

import io.kamdesk.application.billing.port.in.BillView;
import io.kamdesk.domain.billing.BandwidthComponent;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A bill: every stored amount and quantity as a decimal string, the derived {@code total_bill} and
 * {@code total_due}, the bill's own status, {@code customer_details} and {@code kam}, the username of
 * the customer's KAM (or null).
 */
record BillResponse(long id, String billNumber, long customer, CustomerDetails customerDetails, String kam,
        String nttnCap,
        String nttnCom, LocalDate activeDate, LocalDate billingDate, LocalDate terminationDate, String iigQt,
        String iigQtPrice, String fna, String fnaPrice, String ggc, String ggcPrice, String cdn, String cdnPrice,
        String bdix, String bdixPrice, String baishan, String baishanPrice, String discount, String totalReceived,
        String totalBill, String totalDue, String status, String remarks, Instant createdAt, Instant updatedAt) {

    static BillResponse from(BillView view) {
        return new BillResponse(view.id(), view.billNumber(), view.customer().id(),
                CustomerDetails.from(view.customer()), view.customer().kam(), view.nttnCap(), view.nttnCom(),
                view.activeDate(), view.billingDate(), view.terminationDate(),
                quantity(view, BandwidthComponent.IIG), price(view, BandwidthComponent.IIG),
                quantity(view, BandwidthComponent.FNA), price(view, BandwidthComponent.FNA),
                quantity(view, BandwidthComponent.GGC), price(view, BandwidthComponent.GGC),
                quantity(view, BandwidthComponent.CDN), price(view, BandwidthComponent.CDN),
                quantity(view, BandwidthComponent.BDIX), price(view, BandwidthComponent.BDIX),
                quantity(view, BandwidthComponent.BAISHAN), price(view, BandwidthComponent.BAISHAN),
                view.discount().toString(), view.totalReceived().toString(), view.totalBill().toString(),
                view.totalDue().toString(), view.status(), view.remarks(), view.createdAt(), view.updatedAt());
    }

    private static String quantity(BillView view, BandwidthComponent component) {
        return view.lines().get(component).quantity().toString();
    }

    private static String price(BillView view, BandwidthComponent component) {
        return view.lines().get(component).unitPrice().toString();
    }

    record CustomerDetails(long id, String name, String email, String companyName, String phone, String address) {

        static CustomerDetails from(BillView.CustomerSummary customer) {
            return new CustomerDetails(customer.id(), customer.name(), customer.email(), customer.companyName(),
                    customer.phone(), customer.address());
        }
    }
}
