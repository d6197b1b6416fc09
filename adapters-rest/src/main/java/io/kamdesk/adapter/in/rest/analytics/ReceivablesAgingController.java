package io.kamdesk.adapter.in.rest.analytics;

import io.kamdesk.adapter.in.rest.shared.Downloads;
import io.kamdesk.adapter.in.rest.shared.ListParameters;
import io.kamdesk.adapter.in.rest.shared.ListQuery;
import io.kamdesk.adapter.in.rest.shared.ListResponder;
import io.kamdesk.application.analytics.port.in.aging.AgingBucket;
import io.kamdesk.application.analytics.port.in.aging.AgingFigures;
import io.kamdesk.application.analytics.port.in.aging.AgingSortField;
import io.kamdesk.application.analytics.port.in.aging.CustomerAgingView;
import io.kamdesk.application.analytics.port.in.aging.GetReceivablesAgingUseCase;
import io.kamdesk.application.analytics.port.in.aging.ReceivablesAgingQuery;
import io.kamdesk.application.analytics.port.in.aging.ReceivablesAgingView;
import io.kamdesk.application.shared.sheet.FileFormat;
import io.kamdesk.domain.identity.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Receivables aging: what Active bills still owe as of a day, by how long past due (the billing date
 * plus the payment terms), overall, per KAM and per customer, within the caller's scope.
 */
@RestController
@RequestMapping("/api/dashboard/receivables-aging")
@Tag(name = "Dashboard")
class ReceivablesAgingController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final GetReceivablesAgingUseCase aging;
    private final ListResponder lists;

    ReceivablesAgingController(GetReceivablesAgingUseCase aging, ListResponder lists) {
        this.aging = aging;
        this.lists = lists;
    }

    @GetMapping(path = "/", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Receivables aging", description = "Of Active bills billed on or before as_of (default: "
            + "today in the business time zone), what is still due as of that day (total less the payments paid by "
            + "then), bucketed by days past the due date (billing date + payment terms): current (not yet due), "
            + "1_30, 31_60, 61_90, over_90. Amounts and the number of customers owing, overall and per KAM (largest "
            + "first); every bucket is present. Bills without a billing date have no due date and are left out.")
    @AgingFilters
    @ApiResponse(responseCode = "200", description = "The aging", content = @Content(
            schema = @Schema(implementation = Aging.class), examples = @ExampleObject(value = """
                    {"as_of": "2026-12-06", "payment_terms_days": 30,
                     "total": {"amount": 152000.00, "customers": 12},
                     "buckets": {"current": {"amount": 50000.00, "customers": 8},
                                 "1_30": {"amount": 42000.00, "customers": 5},
                                 "31_60": {"amount": 30000.00, "customers": 3},
                                 "61_90": {"amount": 0.00, "customers": 0},
                                 "over_90": {"amount": 30000.00, "customers": 1}},
                     "by_kam": [{"kam": 2, "kam_name": "john_doe", "total": {"amount": 90000.00, "customers": 7},
                                 "buckets": {"current": {"amount": 30000.00, "customers": 5}}}]}""")))
    @ApiResponse(responseCode = "400", description = "as_of not YYYY-MM-DD, or a kam that is not an id")
    Aging receivablesAging(@AuthenticationPrincipal Viewer viewer, HttpServletRequest request) {
        return Aging.from(aging.receivablesAging(query(viewer, ListParameters.of(request))));
    }

    @GetMapping(path = "/customers/", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Receivables aging per customer", description = "The customers owing as of as_of, with "
            + "their outstanding and overdue amounts, each bucket and the due date of their oldest unpaid bill; "
            + "largest overdue first by default. Bare array, or the envelope with page/page_size.")
    @AgingFilters
    @ListQuery(ordering = AgingSortField.class, search = "the customer's name and company name")
    @ApiResponse(responseCode = "200", description = "The customers", content = @Content(
            array = @ArraySchema(schema = @Schema(implementation = CustomerAging.class))))
    void agingCustomers(@AuthenticationPrincipal Viewer viewer, HttpServletRequest request,
            HttpServletResponse response) {
        ReceivablesAgingQuery query = query(viewer, ListParameters.of(request));
        lists.respond(request, response, query.spec(), sink -> aging.agingCustomers(query, sink),
                CustomerAging::from);
    }

    @GetMapping("/customers/export/")
    @Operation(summary = "Export the receivables aging per customer", description = "format=csv (default), excel or "
            + "xlsx; the same filters and ordering as the list.")
    @AgingFilters
    @ListQuery(ordering = AgingSortField.class, download = true, search = "the customer's name and company name")
    @ApiResponse(responseCode = "200", description = "receivables_aging.csv or receivables_aging.xlsx", content = {
        @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
        @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary"))})
    void exportAgingCustomers(@AuthenticationPrincipal Viewer viewer, HttpServletRequest request,
            HttpServletResponse response) {
        FileFormat format = Downloads.format(request.getParameter("format"));
        ReceivablesAgingQuery query = query(viewer, ListParameters.of(request));
        Downloads.send(response, "receivables_aging", format, out -> aging.exportAgingCustomers(query, format, out));
    }

    private static ReceivablesAgingQuery query(Viewer viewer, ListParameters parameters) {
        return new ReceivablesAgingQuery(viewer, parameters.date("as_of"), parameters.id("kam"),
                parameters.spec(AgingSortField.class));
    }

    /** as_of and kam, as every aging endpoint reads them. */
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @Parameter(name = "as_of", in = ParameterIn.QUERY, description = "The day to age as of, YYYY-MM-DD (default today)",
            schema = @Schema(type = "string", format = "date"))
    @Parameter(name = "kam", in = ParameterIn.QUERY, description = "Only this KAM's customers (never wider than the "
            + "caller's scope)", schema = @Schema(type = "integer", format = "int64"))
    @interface AgingFilters {
    }

    /** An amount (two decimals) and the customers owing it. */
    record Figures(BigDecimal amount, long customers) {

        static Figures from(AgingFigures figures) {
            return new Figures(figures.amount(), figures.customers());
        }
    }

    @Schema(name = "ReceivablesAging")
    record Aging(LocalDate asOf, int paymentTermsDays, Figures total, Map<String, Figures> buckets,
            List<KamShare> byKam) {

        static Aging from(ReceivablesAgingView view) {
            return new Aging(view.asOf(), view.paymentTermsDays(), Figures.from(view.total()),
                    named(view.buckets()), view.byKam().stream().map(KamShare::from).toList());
        }
    }

    @Schema(name = "KamReceivablesAging")
    record KamShare(Long kam, String kamName, Figures total, Map<String, Figures> buckets) {

        static KamShare from(ReceivablesAgingView.KamAging kam) {
            return new KamShare(kam.kamId(), kam.kamName(), Figures.from(kam.total()), named(kam.buckets()));
        }
    }

    /** {@code buckets}: every bucket's amount, by its name ({@code current}, {@code 1_30}, …). */
    @Schema(name = "CustomerReceivablesAging")
    record CustomerAging(long customer, String name, String companyName, Long kam, String kamName,
            BigDecimal outstanding, BigDecimal overdue, Map<String, BigDecimal> buckets, LocalDate oldestDueDate) {

        static CustomerAging from(CustomerAgingView view) {
            Map<String, BigDecimal> buckets = new LinkedHashMap<>();
            for (AgingBucket bucket : AgingBucket.values()) {
                buckets.put(bucket.code(), view.buckets().get(bucket));
            }
            return new CustomerAging(view.customerId(), view.name(), view.companyName(), view.kamId(),
                    view.kamName(), view.outstanding(), view.overdue(), buckets, view.oldestDueDate());
        }
    }

    private static Map<String, Figures> named(Map<AgingBucket, AgingFigures> buckets) {
        Map<String, Figures> named = new LinkedHashMap<>();
        for (AgingBucket bucket : AgingBucket.values()) {
            named.put(bucket.code(), Figures.from(buckets.getOrDefault(bucket, AgingFigures.NONE)));
        }
        return named;
    }
}
