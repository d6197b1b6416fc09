package io.kamdesk.adapter.in.rest.analytics;

import io.kamdesk.adapter.in.rest.analytics.DashboardResponses.CustomerRevenue;
import io.kamdesk.adapter.in.rest.analytics.DashboardResponses.KamPerformance;
import io.kamdesk.adapter.in.rest.analytics.DashboardResponses.Kpis;
import io.kamdesk.adapter.in.rest.analytics.DashboardResponses.MonthlyRevenue;
import io.kamdesk.adapter.in.rest.analytics.DashboardResponses.WeeklyRevenue;
import io.kamdesk.adapter.in.rest.analytics.DashboardResponses.YearlyRevenue;
import io.kamdesk.adapter.in.rest.shared.ListParameters;
import io.kamdesk.adapter.in.rest.shared.ListQuery;
import io.kamdesk.adapter.in.rest.shared.ListResponder;
import io.kamdesk.application.analytics.port.in.CustomerRevenueSortField;
import io.kamdesk.application.analytics.port.in.DashboardQuery;
import io.kamdesk.application.analytics.port.in.GetKamPerformanceUseCase;
import io.kamdesk.application.analytics.port.in.GetKpisUseCase;
import io.kamdesk.application.analytics.port.in.GetRevenueSeriesUseCase;
import io.kamdesk.application.analytics.port.in.Granularity;
import io.kamdesk.application.analytics.port.in.ListCustomerRevenueQuery;
import io.kamdesk.application.analytics.port.in.ListCustomerRevenueUseCase;
import io.kamdesk.application.shared.ListSpec;
import io.kamdesk.domain.identity.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dashboard analytics. Revenue is the sum of total_bill of Active bills by billing date, collected
 * the sum of their total_received; a sales_person's figures cover their own customers only.
 */
@RestController
@RequestMapping(path = "/api/dashboard", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Dashboard")
class DashboardController {

    static final String BAD_RANGE = """
            {"detail": "Invalid input.", "code": "invalid", "request_id": "1ac500ad-6c1e-4f0e-9d0b-2b3f4d5e6f70",
             "from": ["\\"from\\" (2026-02-01) must be on or before \\"to\\" (2026-01-01)."]}""";

    static final String BAD_RANGE_DESCRIPTION = "from/to not YYYY-MM-DD, from after to, a range of "
            + "more than 20 years, or a kam that is not an id";

    private final GetKpisUseCase kpis;
    private final GetRevenueSeriesUseCase series;
    private final ListCustomerRevenueUseCase customerRevenue;
    private final GetKamPerformanceUseCase kamPerformance;
    private final ListResponder lists;

    DashboardController(GetKpisUseCase kpis, GetRevenueSeriesUseCase series,
            ListCustomerRevenueUseCase customerRevenue, GetKamPerformanceUseCase kamPerformance,
            ListResponder lists) {
        this.kpis = kpis;
        this.series = series;
        this.customerRevenue = customerRevenue;
        this.kamPerformance = kamPerformance;
        this.lists = lists;
    }

    @GetMapping("/kpis/")
    @Operation(summary = "KPI summary", description = "The window is from..to (default: the 30 days ending today "
            + "in the business time zone); changes compare it with the window of the same length just before. "
            + "Revenue and customer changes are relative, in percent (0 when the earlier figure is 0); the "
            + "collection rate change is in percentage points. cash_collected is the money received within the "
            + "window: payments (not void, adjustments included) by the day paid. Two decimals, half-up.")
    @RevenueWindow
    @ApiResponse(responseCode = "200", description = "The figures", content = @Content(
            schema = @Schema(implementation = Kpis.class), examples = @ExampleObject(value = """
                    {"total_revenue": 150000.50, "total_revenue_change": 12.50, "total_customers": 25,
                     "total_customers_change": 8.70, "active_customers": 22, "active_customers_change": 4.76,
                     "collection_rate": 87.50, "collection_rate_change": 2.10, "cash_collected": 131250.00}""")))
    @ApiResponse(responseCode = "400", description = BAD_RANGE_DESCRIPTION, content = @Content(
            examples = @ExampleObject(value = BAD_RANGE)))
    Kpis kpis(@AuthenticationPrincipal Viewer viewer, HttpServletRequest request) {
        return Kpis.from(kpis.kpis(query(viewer, request)));
    }

    @GetMapping("/weekly-revenue/")
    @Operation(summary = "Revenue per ISO week", description = "Default: the last 12 weeks including the "
            + "current one. week is the Monday; every week of the range is present, zero when it has no revenue; "
            + "ascending.")
    @RevenueWindow
    @ApiResponse(responseCode = "200", description = "The weeks", content = @Content(
            array = @ArraySchema(schema = @Schema(implementation = WeeklyRevenue.class)),
            examples = @ExampleObject(value = """
                    [{"week": "2025-11-03", "revenue": 12500.00}, {"week": "2025-11-10", "revenue": 15200.50},
                     {"week": "2025-11-17", "revenue": 0.00}]""")))
    @ApiResponse(responseCode = "400", description = BAD_RANGE_DESCRIPTION, content = @Content(
            examples = @ExampleObject(value = BAD_RANGE)))
    List<WeeklyRevenue> weekly(@AuthenticationPrincipal Viewer viewer, HttpServletRequest request) {
        return series.revenueSeries(query(viewer, request), Granularity.WEEK).stream()
                .map(WeeklyRevenue::from).toList();
    }

    @GetMapping("/monthly-revenue/")
    @Operation(summary = "Revenue per calendar month", description = "Default: the last 12 months including the "
            + "current one, YYYY-MM, zero-filled, ascending. The months of a year add up to that year.")
    @RevenueWindow
    @ApiResponse(responseCode = "200", description = "The months", content = @Content(
            array = @ArraySchema(schema = @Schema(implementation = MonthlyRevenue.class)),
            examples = @ExampleObject(value = """
                    [{"month": "2025-08", "revenue": 45000.00}, {"month": "2025-09", "revenue": 52000.25}]""")))
    @ApiResponse(responseCode = "400", description = BAD_RANGE_DESCRIPTION, content = @Content(
            examples = @ExampleObject(value = BAD_RANGE)))
    List<MonthlyRevenue> monthly(@AuthenticationPrincipal Viewer viewer, HttpServletRequest request) {
        return series.revenueSeries(query(viewer, request), Granularity.MONTH).stream()
                .map(MonthlyRevenue::from).toList();
    }

    @GetMapping("/yearly-revenue/")
    @Operation(summary = "Revenue per calendar year", description = "Default: the last 5 years including the "
            + "current one, zero-filled, ascending.")
    @RevenueWindow
    @ApiResponse(responseCode = "200", description = "The years", content = @Content(
            array = @ArraySchema(schema = @Schema(implementation = YearlyRevenue.class)),
            examples = @ExampleObject(value = """
                    [{"year": 2024, "revenue": 580000.75}, {"year": 2025, "revenue": 620000.50}]""")))
    @ApiResponse(responseCode = "400", description = BAD_RANGE_DESCRIPTION, content = @Content(
            examples = @ExampleObject(value = BAD_RANGE)))
    List<YearlyRevenue> yearly(@AuthenticationPrincipal Viewer viewer, HttpServletRequest request) {
        return series.revenueSeries(query(viewer, request), Granularity.YEAR).stream()
                .map(YearlyRevenue::from).toList();
    }

    @GetMapping("/customer-wise-revenue/")
    @Operation(summary = "Revenue per customer", description = "Every customer in scope, all time unless from/to "
            + "are given, by totalRevenue descending then name. Bare array, or the envelope with page/page_size; "
            + "X-Total-Count either way. Field names are camelCase, as the API document has them.")
    @RevenueWindow
    @ApiResponse(responseCode = "200", description = "The customers", content = @Content(
            array = @ArraySchema(schema = @Schema(implementation = CustomerRevenue.class)),
            examples = @ExampleObject(value = """
                    [{"customer_id": 1, "customerName": "Acme Inc", "email": "c@acme.com", "status": "Active",
                      "joinDate": "2025-01-15", "leaveDate": null, "totalRevenue": 25000.00, "totalDue": 2500.00,
                      "collectionRate": 90.00, "kam": "john_doe"}]""")))
    @ApiResponse(responseCode = "400", description = BAD_RANGE_DESCRIPTION, content = @Content(
            examples = @ExampleObject(value = BAD_RANGE)))
    @ListQuery(ordering = CustomerRevenueSortField.class, search = "the customer's name, company name and e-mail")
    void customerWise(@AuthenticationPrincipal Viewer viewer, HttpServletRequest request,
            HttpServletResponse response) {
        ListParameters parameters = ListParameters.of(request);
        ListSpec<CustomerRevenueSortField> spec = parameters.spec(CustomerRevenueSortField.class);
        var query = new ListCustomerRevenueQuery(query(viewer, request), spec);
        lists.respond(request, response, spec, sink -> customerRevenue.listCustomerRevenue(query, sink),
                CustomerRevenue::from);
    }

    @GetMapping("/kam-performance/")
    @Operation(summary = "Revenue per KAM", description = "One row per KAM with customers in scope, by "
            + "total_revenue descending. All time unless from/to are given; customers are counted once each, "
            + "as joined (and active) at the range's end (default today).")
    @RevenueWindow
    @ApiResponse(responseCode = "200", description = "The KAMs", content = @Content(
            array = @ArraySchema(schema = @Schema(implementation = KamPerformance.class)),
            examples = @ExampleObject(value = """
                    [{"kam": "john_doe", "kam_id": 2, "total_customers": 5, "active_customers": 4,
                      "total_revenue": 125000.00, "avg_revenue_per_customer": 25000.00}]""")))
    @ApiResponse(responseCode = "400", description = BAD_RANGE_DESCRIPTION, content = @Content(
            examples = @ExampleObject(value = BAD_RANGE)))
    List<KamPerformance> kamPerformance(@AuthenticationPrincipal Viewer viewer, HttpServletRequest request) {
        return kamPerformance.kamPerformance(query(viewer, request)).stream().map(KamPerformance::from).toList();
    }

    /** from, to and kam, read and refused (400) the way every list reads its filters. */
    static DashboardQuery query(Viewer viewer, HttpServletRequest request) {
        ListParameters parameters = ListParameters.of(request);
        return new DashboardQuery(viewer, parameters.date("from"), parameters.date("to"), parameters.id("kam"));
    }
}
