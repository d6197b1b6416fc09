package io.kamdesk.application.analytics.service;

import static io.kamdesk.application.shared.sheet.TabularWriter.Column.date;
import static io.kamdesk.application.shared.sheet.TabularWriter.Column.money;
import static io.kamdesk.application.shared.sheet.TabularWriter.Column.text;

import io.kamdesk.application.analytics.port.in.aging.AgingBucket;
import io.kamdesk.application.analytics.port.in.aging.AgingFigures;
import io.kamdesk.application.analytics.port.in.aging.CustomerAgingView;
import io.kamdesk.application.analytics.port.in.aging.GetReceivablesAgingUseCase;
import io.kamdesk.application.analytics.port.in.aging.ReceivablesAgingQuery;
import io.kamdesk.application.analytics.port.in.aging.ReceivablesAgingView.KamAging;
import io.kamdesk.application.analytics.port.in.aging.ReceivablesAgingView;
import io.kamdesk.application.analytics.port.out.FigureCache;
import io.kamdesk.application.analytics.port.out.FigureCache.FigureKey;
import io.kamdesk.application.analytics.port.out.ReceivablesReadModel.AgingRow;
import io.kamdesk.application.analytics.port.out.ReceivablesReadModel;
import io.kamdesk.application.shared.BusinessCalendar;
import io.kamdesk.application.shared.ResultSink;
import io.kamdesk.application.shared.sheet.ExportLog;
import io.kamdesk.application.shared.sheet.FileFormat;
import io.kamdesk.application.shared.sheet.SheetExport;
import io.kamdesk.application.shared.sheet.TabularWriter.Column;
import io.kamdesk.application.shared.sheet.TabularWriter;
import io.kamdesk.domain.identity.Viewer;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Receivables aging as of a day (today in the business time zone by default), with the payment terms
 * of the settings: the read model sums, this fills every bucket and orders the KAMs. The figures are
 * kept in the {@link FigureCache} under the data's version, as the dashboard's are: summing every
 * owing bill again costs tens of milliseconds, a repeated question one look at the version.
 */
public final class ReceivablesAgingService implements GetReceivablesAgingUseCase {

    private final ReceivablesReadModel readModel;
    private final BusinessCalendar calendar;
    private final int paymentTermsDays;
    private final TabularWriter sheets;
    private final ExportLog exports;
    private final FigureCache cache;

    public ReceivablesAgingService(ReceivablesReadModel readModel, BusinessCalendar calendar, int paymentTermsDays,
            TabularWriter sheets, ExportLog exports, FigureCache cache) {
        this.exports = exports;
        this.cache = cache;
        this.readModel = readModel;
        this.calendar = calendar;
        this.paymentTermsDays = paymentTermsDays;
        this.sheets = sheets;
    }

    @Override
    public ReceivablesAgingView receivablesAging(ReceivablesAgingQuery query) {
        LocalDate asOf = asOf(query);
        Viewer viewer = query.viewer();
        return cache.computeIfAbsent(new FigureKey(readModel.dataVersion(), calendar.today(), "receivables aging",
                viewer.userId(), viewer.scope(), Optional.empty(), Optional.of(asOf), query.kam()),
                () -> readAging(query, asOf));
    }

    private ReceivablesAgingView readAging(ReceivablesAgingQuery query, LocalDate asOf) {
        Map<AgingBucket, AgingFigures> overall = emptyBuckets();
        AgingFigures total = AgingFigures.NONE;
        Map<Long, KamParts> kams = new LinkedHashMap<>();
        for (AgingRow row : readModel.aging(query.viewer(), query.kam(), asOf, paymentTermsDays)) {
            AgingFigures figures = new AgingFigures(cents(row.amount()), row.customers());
            if (!row.perKam() && row.bucket() == null) {
                total = figures;
            } else if (!row.perKam()) {
                overall.put(row.bucket(), figures);
            } else {
                KamParts kam = kams.computeIfAbsent(row.kamId(), id -> new KamParts(id, row.kamName()));
                if (row.bucket() == null) {
                    kam.total = figures;
                } else {
                    kam.buckets.put(row.bucket(), figures);
                }
            }
        }
        List<KamAging> byKam = new ArrayList<>();
        kams.values().forEach(kam -> byKam.add(new KamAging(kam.id, kam.name, kam.total,
                Collections.unmodifiableMap(kam.buckets))));
        byKam.sort((a, b) -> b.total().amount().compareTo(a.total().amount()));
        // kept and handed to every caller of the same question: nobody may change it
        return new ReceivablesAgingView(asOf, paymentTermsDays, total, Collections.unmodifiableMap(overall),
                List.copyOf(byKam));
    }

    @Override
    public void agingCustomers(ReceivablesAgingQuery query, ResultSink<CustomerAgingView> sink) {
        readModel.customers(query.viewer(), query.kam(), asOf(query), paymentTermsDays, query.spec(), sink);
    }

    @Override
    public void exportAgingCustomers(ReceivablesAgingQuery query, FileFormat format, OutputStream out) {
        List<Column> columns = new ArrayList<>(List.of(text("customer"),
                text("company_name"), text("kam"),
                money("outstanding"), money("overdue")));
        Arrays.stream(AgingBucket.values()).forEach(bucket -> columns.add(money(bucket.code())));
        columns.add(date("oldest_due_date"));
        long rows = SheetExport.<CustomerAgingView>write(sheets, out, format, columns,
                sink -> agingCustomers(query, sink), ReceivablesAgingService::row);
        exports.exported(ExportLog.ExportedSheet.RECEIVABLES_AGING, rows);
    }

    private LocalDate asOf(ReceivablesAgingQuery query) {
        return query.asOf().orElseGet(calendar::today);
    }

    private static List<Object> row(CustomerAgingView customer) {
        List<Object> values = new ArrayList<>(Arrays.asList(customer.name(), customer.companyName(),
                customer.kamName(), customer.outstanding(), customer.overdue()));
        Arrays.stream(AgingBucket.values()).forEach(bucket -> values.add(customer.buckets().get(bucket)));
        values.add(customer.oldestDueDate());
        return values;
    }

    private static Map<AgingBucket, AgingFigures> emptyBuckets() {
        Map<AgingBucket, AgingFigures> buckets = new EnumMap<>(AgingBucket.class);
        Arrays.stream(AgingBucket.values()).forEach(bucket -> buckets.put(bucket, AgingFigures.NONE));
        return buckets;
    }

    private static BigDecimal cents(BigDecimal amount) {
        return Objects.requireNonNullElse(amount, BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
    }

    /** A KAM's rows as they arrive. */
    private static final class KamParts {

        private final Long id;
        private final String name;
        private AgingFigures total = AgingFigures.NONE;
        private final Map<AgingBucket, AgingFigures> buckets = emptyBuckets();

        KamParts(Long id, String name) {
            this.id = id;
            this.name = name;
        }
    }
}
