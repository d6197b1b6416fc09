package io.kamdesk.application.analytics.port.in;

/** The dashboard's KPI summary: by default the 30 days ending today against the 30 days before. */
public interface GetKpisUseCase {

    KpisView kpis(DashboardQuery query);
}
