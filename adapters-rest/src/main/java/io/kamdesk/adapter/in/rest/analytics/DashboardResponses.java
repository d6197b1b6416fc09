package io.kamdesk.adapter.in.rest.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.kamdesk.application.analytics.port.in.CustomerRevenueView;
import io.kamdesk.application.analytics.port.in.KamPerformanceView;
import io.kamdesk.application.analytics.port.in.KpisView;
import io.kamdesk.application.analytics.port.in.RevenuePoint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The dashboard's JSON shapes, as the API document gives them. Every figure is a JSON number.
 * Customer-wise revenue keeps the document's camelCase names (the contract), spelled out here
 * because the API's naming strategy is snake_case.
 */
final class DashboardResponses {

    private DashboardResponses() {
    }

    record Kpis(BigDecimal totalRevenue, BigDecimal totalRevenueChange, long totalCustomers,
            BigDecimal totalCustomersChange, long activeCustomers, BigDecimal activeCustomersChange,
            BigDecimal collectionRate, BigDecimal collectionRateChange, BigDecimal cashCollected) {

        static Kpis from(KpisView view) {
            return new Kpis(view.totalRevenue(), view.totalRevenueChange(), view.totalCustomers(),
                    view.totalCustomersChange(), view.activeCustomers(), view.activeCustomersChange(),
                    view.collectionRate(), view.collectionRateChange(), view.cashCollected());
        }
    }

    /** {@code week} is the Monday the ISO week starts on. */
    record WeeklyRevenue(LocalDate week, BigDecimal revenue) {

        static WeeklyRevenue from(RevenuePoint point) {
            return new WeeklyRevenue(point.periodStart(), point.revenue());
        }
    }

    /** {@code month} is written {@code YYYY-MM}. */
    record MonthlyRevenue(String month, BigDecimal revenue) {

        static MonthlyRevenue from(RevenuePoint point) {
            return new MonthlyRevenue(YearMonth.from(point.periodStart()).toString(), point.revenue());
        }
    }

    record YearlyRevenue(int year, BigDecimal revenue) {

        static YearlyRevenue from(RevenuePoint point) {
            return new YearlyRevenue(point.periodStart().getYear(), point.revenue());
        }
    }

    record CustomerRevenue(
            @JsonProperty("customer_id") long customerId,
            @JsonProperty("customerName") String customerName,
            @JsonProperty("email") String email,
            @JsonProperty("status") String status,
            @JsonProperty("joinDate") LocalDate joinDate,
            @JsonProperty("leaveDate") LocalDate leaveDate,
            @JsonProperty("totalRevenue") BigDecimal totalRevenue,
            @JsonProperty("totalDue") BigDecimal totalDue,
            @JsonProperty("collectionRate") BigDecimal collectionRate,
            @JsonProperty("kam") String kam) {

        static CustomerRevenue from(CustomerRevenueView view) {
            return new CustomerRevenue(view.customerId(), view.customerName(), view.email(), view.status(),
                    view.joinDate(), view.leaveDate(), view.totalRevenue(), view.totalDue(), view.collectionRate(),
                    view.kam());
        }
    }

    record KamPerformance(String kam, long kamId, long totalCustomers, long activeCustomers, BigDecimal totalRevenue,
            BigDecimal avgRevenuePerCustomer) {

        static KamPerformance from(KamPerformanceView view) {
            return new KamPerformance(view.kam(), view.kamId(), view.totalCustomers(), view.activeCustomers(),
                    view.totalRevenue(), view.avgRevenuePerCustomer());
        }
    }
}
