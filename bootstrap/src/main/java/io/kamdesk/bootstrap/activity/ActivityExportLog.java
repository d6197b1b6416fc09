package io.kamdesk.bootstrap.activity;

import io.kamdesk.application.activity.port.in.ActivityAction;
import io.kamdesk.application.activity.port.in.ActivityResource;
import io.kamdesk.application.activity.port.out.ActivityLogRepository;
import io.kamdesk.application.shared.sheet.ExportLog;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The areas' downloads entered in the activity log, with their rows (the request's filters come along). */
@Component
class ActivityExportLog implements ExportLog {

    private final ActivityLogRepository activityLog;

    ActivityExportLog(ActivityLogRepository activityLog) {
        this.activityLog = activityLog;
    }

    @Override
    public void exported(ExportedSheet sheet, long rows) {
        switch (sheet) {
            case PAYMENTS -> record(ActivityAction.EXPORT_PAYMENTS, ActivityResource.PAYMENT, rows);
            case RECEIVABLES_AGING -> record(ActivityAction.EXPORT_RECEIVABLES_AGING, ActivityResource.CUSTOMER, rows);
            case CUSTOMER_STATEMENT -> record(ActivityAction.EXPORT_CUSTOMER_STATEMENT, ActivityResource.CUSTOMER,
                    rows);
            case INVOICES -> record(ActivityAction.EXPORT_INVOICES, ActivityResource.INVOICE, rows);
        }
    }

    private void record(ActivityAction action, ActivityResource resource, long rows) {
        activityLog.record(action, resource, Map.of("rows", rows));
    }
}
