package io.kamdesk.adapter.in.rest.shared;

import io.kamdesk.application.shared.VersionedRecord;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The routes of the versioned records: each record's own path (read, replaced, changed, deleted) and
 * its actions (POSTs that change it). The conditional-request filter and the API document both read
 * this one list.
 */
public final class VersionedRoutes {

    public static final List<Route> ROUTES = List.of(
            new Route("/api/users/{id}/", VersionedRecord.USER, false),
            new Route("/api/auth/roles/{id}/", VersionedRecord.ROLE, false),
            new Route("/api/customers/prospects/{id}/", VersionedRecord.PROSPECT, false),
            new Route("/api/customers/prospects/{id}/convert/", VersionedRecord.PROSPECT, true),
            new Route("/api/customers/{id}/", VersionedRecord.CUSTOMER, false),
            new Route("/api/bills/{id}/", VersionedRecord.BILL, false),
            new Route("/api/payments/{id}/", VersionedRecord.PAYMENT, false),
            new Route("/api/payments/{id}/void/", VersionedRecord.PAYMENT, true),
            new Route("/api/invoices/{id}/", VersionedRecord.INVOICE, false),
            new Route("/api/invoices/{id}/issue/", VersionedRecord.INVOICE, true),
            new Route("/api/invoices/{id}/void/", VersionedRecord.INVOICE, true),
            new Route("/api/import-jobs/{id}/", VersionedRecord.IMPORT_JOB, false),
            new Route("/api/import-jobs/{id}/cancel/", VersionedRecord.IMPORT_JOB, true),
            new Route("/api/billing-runs/{id}/", VersionedRecord.BILLING_RUN, false),
            new Route("/api/billing-runs/{id}/cancel/", VersionedRecord.BILLING_RUN, true));

    private VersionedRoutes() {
    }

    /**
     * A path template of a versioned record; {@code action}: a POST that changes the record (the
     * record's own path takes GET, PUT, PATCH and DELETE).
     */
    public record Route(String template, VersionedRecord record, boolean action) {

        /** The template as a pattern of request paths (the trailing slash optional), the id its group 1. */
        public Pattern pattern() {
            String path = template.replace("{id}", "(\\d{1,18})");
            return Pattern.compile(Pattern.quote(path.substring(0, path.indexOf('(')))
                    + path.substring(path.indexOf('('), path.length() - 1) + "/?");
        }
    }
}
