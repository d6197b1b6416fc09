package io.kamdesk.adapter.in.rest.analytics;

import io.kamdesk.application.analytics.port.in.GetCollectionsSeriesUseCase;
import io.kamdesk.application.analytics.port.in.Granularity;
import io.kamdesk.application.analytics.port.in.RevenuePoint;
import io.kamdesk.domain.identity.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Collections over time: money actually received, by the day it was paid (payments not void,
 * adjustments included), per week, month or year, zero-filled like the revenue series and scoped the
 * same way. from/to select days paid.
 */
@RestController
@RequestMapping(path = "/api/dashboard", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Dashboard")
class CollectionsController {

    private final GetCollectionsSeriesUseCase collections;

    CollectionsController(GetCollectionsSeriesUseCase collections) {
        this.collections = collections;
    }

    @GetMapping("/weekly-collections/")
    @Operation(summary = "Money received per ISO week", description = "Default: the last 12 weeks including the "
            + "current one; week is the Monday; zero-filled, ascending.")
    @RevenueWindow
    @ApiResponse(responseCode = "200", description = "The weeks", content = @Content(
            array = @ArraySchema(schema = @Schema(implementation = WeeklyCollections.class)),
            examples = @ExampleObject(value = """
                    [{"week": "2025-11-03", "collected": 8400.00}, {"week": "2025-11-10", "collected": 0.00}]""")))
    @ApiResponse(responseCode = "400", description = DashboardController.BAD_RANGE_DESCRIPTION, content = @Content(
            examples = @ExampleObject(value = DashboardController.BAD_RANGE)))
    List<WeeklyCollections> weeklyCollections(@AuthenticationPrincipal Viewer viewer, HttpServletRequest request) {
        return series(viewer, request, Granularity.WEEK).stream()
                .map(point -> new WeeklyCollections(point.periodStart(), point.revenue())).toList();
    }

    @GetMapping("/monthly-collections/")
    @Operation(summary = "Money received per calendar month", description = "Default: the last 12 months "
            + "including the current one, YYYY-MM, zero-filled, ascending.")
    @RevenueWindow
    @ApiResponse(responseCode = "200", description = "The months", content = @Content(
            array = @ArraySchema(schema = @Schema(implementation = MonthlyCollections.class)),
            examples = @ExampleObject(value = """
                    [{"month": "2025-10", "collected": 41000.00}, {"month": "2025-11", "collected": 38250.50}]""")))
    @ApiResponse(responseCode = "400", description = DashboardController.BAD_RANGE_DESCRIPTION, content = @Content(
            examples = @ExampleObject(value = DashboardController.BAD_RANGE)))
    List<MonthlyCollections> monthlyCollections(@AuthenticationPrincipal Viewer viewer,
            HttpServletRequest request) {
        return series(viewer, request, Granularity.MONTH).stream()
                .map(point -> new MonthlyCollections(YearMonth.from(point.periodStart()).toString(), point.revenue()))
                .toList();
    }

    @GetMapping("/yearly-collections/")
    @Operation(summary = "Money received per calendar year", description = "Default: the last 5 years including "
            + "the current one, zero-filled, ascending.")
    @RevenueWindow
    @ApiResponse(responseCode = "200", description = "The years", content = @Content(
            array = @ArraySchema(schema = @Schema(implementation = YearlyCollections.class)),
            examples = @ExampleObject(value = """
                    [{"year": 2024, "collected": 510000.00}, {"year": 2025, "collected": 598000.25}]""")))
    @ApiResponse(responseCode = "400", description = DashboardController.BAD_RANGE_DESCRIPTION, content = @Content(
            examples = @ExampleObject(value = DashboardController.BAD_RANGE)))
    List<YearlyCollections> yearlyCollections(@AuthenticationPrincipal Viewer viewer, HttpServletRequest request) {
        return series(viewer, request, Granularity.YEAR).stream()
                .map(point -> new YearlyCollections(point.periodStart().getYear(), point.revenue())).toList();
    }

    private List<RevenuePoint> series(Viewer viewer, HttpServletRequest request, Granularity granularity) {
        return collections.collectionsSeries(DashboardController.query(viewer, request), granularity);
    }

    /** {@code week} is the Monday the ISO week starts on. */
    record WeeklyCollections(LocalDate week, BigDecimal collected) {
    }

    record MonthlyCollections(String month, BigDecimal collected) {
    }

    record YearlyCollections(int year, BigDecimal collected) {
    }
}
