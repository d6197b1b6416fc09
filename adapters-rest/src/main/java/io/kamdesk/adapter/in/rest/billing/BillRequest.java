package io.kamdesk.adapter.in.rest.billing;

import io.kamdesk.adapter.in.rest.shared.JsonRequest;
import io.kamdesk.adapter.in.rest.shared.NullRefused;
import io.kamdesk.application.billing.port.in.BillCommand;
import io.kamdesk.application.shared.Patch;
import io.kamdesk.domain.billing.BandwidthComponent;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * A bill as the bill endpoints take it: each component a quantity and a unit price. Totals
 * ({@code total_bill}, {@code total_due}), {@code bill_number} and other read-only or unknown fields
 * are ignored: totals are always computed.
 */
@Schema(name = "BillRequest", description = "Create: customer required. PUT and PATCH: the customer cannot change.")
record BillRequest(
        @Schema(description = "The customer's id", example = "1") @NullRefused Patch<Long> customer,
        @Schema(example = "CAP-01") Patch<String> nttnCap,
        @Schema(example = "COM-01") Patch<String> nttnCom,
        Patch<LocalDate> activeDate,
        Patch<LocalDate> billingDate,
        Patch<LocalDate> terminationDate,
        @Schema(description = "IIG quantity (Mbps)", example = "10.00") Patch<BigDecimal> iigQt,
        @Schema(description = "IIG unit price", example = "100.00") Patch<BigDecimal> iigQtPrice,
        @Schema(example = "1.00") Patch<BigDecimal> fna,
        @Schema(example = "10.00") Patch<BigDecimal> fnaPrice,
        @Schema(example = "2.00") Patch<BigDecimal> ggc,
        @Schema(example = "20.00") Patch<BigDecimal> ggcPrice,
        Patch<BigDecimal> cdn,
        Patch<BigDecimal> cdnPrice,
        Patch<BigDecimal> bdix,
        Patch<BigDecimal> bdixPrice,
        Patch<BigDecimal> baishan,
        Patch<BigDecimal> baishanPrice,
        @Schema(example = "0.00") Patch<BigDecimal> discount,
        @Schema(example = "100.00") Patch<BigDecimal> totalReceived,
        @Schema(allowableValues = {"Active", "Inactive"}) @NullRefused Patch<String> status,
        @Schema(example = "Monthly bill") Patch<String> remarks) implements JsonRequest {

    BillCommand toInput() {
        Map<BandwidthComponent, Patch<BigDecimal>> quantities = new EnumMap<>(BandwidthComponent.class);
        Map<BandwidthComponent, Patch<BigDecimal>> prices = new EnumMap<>(BandwidthComponent.class);
        line(quantities, prices, BandwidthComponent.IIG, iigQt, iigQtPrice);
        line(quantities, prices, BandwidthComponent.FNA, fna, fnaPrice);
        line(quantities, prices, BandwidthComponent.GGC, ggc, ggcPrice);
        line(quantities, prices, BandwidthComponent.CDN, cdn, cdnPrice);
        line(quantities, prices, BandwidthComponent.BDIX, bdix, bdixPrice);
        line(quantities, prices, BandwidthComponent.BAISHAN, baishan, baishanPrice);
        return new BillCommand(customer, nttnCap, nttnCom, activeDate, billingDate, terminationDate, quantities, prices,
                discount, totalReceived, status, remarks);
    }

    private static void line(Map<BandwidthComponent, Patch<BigDecimal>> quantities,
            Map<BandwidthComponent, Patch<BigDecimal>> prices, BandwidthComponent component, Patch<BigDecimal> quantity,
            Patch<BigDecimal> price) {
        quantities.put(component, quantity);
        prices.put(component, price);
    }
}
