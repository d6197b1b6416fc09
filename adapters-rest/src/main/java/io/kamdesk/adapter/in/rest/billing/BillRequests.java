package io.kamdesk.adapter.in.rest.billing;

import io.kamdesk.adapter.in.rest.shared.JsonFields;
import io.kamdesk.application.billing.port.in.BillInput;
import io.kamdesk.application.shared.Patch;
import io.kamdesk.domain.billing.BandwidthComponent;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * JSON bodies of the bill endpoints to inputs. {@code total_bill}, {@code total_due},
 * {@code bill_number} and other read-only fields are ignored: totals are always computed.
 */
final class BillRequests {

    private BillRequests() {
    }

    static BillInput bill(JsonFields fields) {
        Map<BandwidthComponent, Patch<BigDecimal>> quantities = new EnumMap<>(BandwidthComponent.class);
        Map<BandwidthComponent, Patch<BigDecimal>> prices = new EnumMap<>(BandwidthComponent.class);
        for (BandwidthComponent component : BandwidthComponent.values()) {
            String name = component == BandwidthComponent.IIG ? "iig_qt" : component.name().toLowerCase(Locale.ROOT);
            quantities.put(component, fields.patchDecimal(name));
            prices.put(component, fields.patchDecimal(name + "_price"));
        }
        BillInput input = new BillInput(fields.patchId("customer"), fields.patchText("nttn_cap"),
                fields.patchText("nttn_com"), fields.patchDate("active_date"), fields.patchDate("billing_date"),
                fields.patchDate("termination_date"), quantities, prices, fields.patchDecimal("discount"),
                fields.patchDecimal("total_received"), fields.patchText("status"), fields.patchText("remarks"));
        fields.throwIfInvalid();
        return input;
    }
}
