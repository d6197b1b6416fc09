package io.kamdesk.application.billing.port.in;

import io.kamdesk.application.shared.Patch;
import io.kamdesk.domain.billing.BandwidthComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The fields of a bill as sent: absent ones are left alone by PATCH and default to zero or empty on
 * create. Quantities and unit prices are per component; totals are never taken from the client.
 */
public record BillCommand(Patch<Long> customer, Patch<String> nttnCap, Patch<String> nttnCom,
        Patch<LocalDate> activeDate, Patch<LocalDate> billingDate, Patch<LocalDate> terminationDate,
        Map<BandwidthComponent, Patch<BigDecimal>> quantities, Map<BandwidthComponent, Patch<BigDecimal>> unitPrices,
        Patch<BigDecimal> discount, Patch<BigDecimal> totalReceived, Patch<String> status, Patch<String> remarks) {

    public BillCommand {
        quantities = complete(quantities);
        unitPrices = complete(unitPrices);
    }

    /**
     * How field errors name a component's quantity: {@code iigQuantity}, {@code fnaQuantity}, … (each
     * adapter renames it: the API's {@code iig_qt}, a sheet's column).
     */
    public static String quantityField(BandwidthComponent component) {
        return component.name().toLowerCase(Locale.ROOT) + "Quantity";
    }

    /** How field errors name a component's unit price: {@code iigUnitPrice}, {@code fnaUnitPrice}, … */
    public static String unitPriceField(BandwidthComponent component) {
        return component.name().toLowerCase(Locale.ROOT) + "UnitPrice";
    }

    private static Map<BandwidthComponent, Patch<BigDecimal>> complete(Map<BandwidthComponent, Patch<BigDecimal>> given) {
        Map<BandwidthComponent, Patch<BigDecimal>> all = new EnumMap<>(BandwidthComponent.class);
        for (BandwidthComponent component : BandwidthComponent.values()) {
            all.put(component, given == null ? Patch.absent() : given.getOrDefault(component, Patch.absent()));
        }
        return Map.copyOf(all);
    }
}
