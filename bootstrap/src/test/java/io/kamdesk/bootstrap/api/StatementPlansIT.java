package io.kamdesk.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.application.shared.ActivityContext;
import io.kamdesk.bootstrap.support.ApiClient;
import io.kamdesk.bootstrap.support.FullStackTest;
import io.kamdesk.bootstrap.support.TestUsers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the service's statements are planned. A page of any list, in the orderings clients ask for,
 * is read from an index in its order: its statement, with sorting turned off for the planner, has no
 * sort under its limit. A page that sorted every matching row instead grows with the table (a
 * million payments: seconds a page). Its size is written in the statement as sent, not bound:
 * PostgreSQL plans a bound limit for a tenth of the table and so plans the statement anew on every
 * run. And no statement is JIT-compiled.
 */
@FullStackTest
@Import(StatementPlansIT.Recording.class)
class StatementPlansIT {

    private static final String MONTH = LocalDate.now().withDayOfMonth(1).toString();

    @LocalServerPort
    int port;

    @Autowired
    DSLContext dsl;

    @Autowired
    PageStatements pageStatements;

    @ParameterizedTest
    @ValueSource(strings = {
        "/api/customers/?page=1&page_size=25",
        "/api/customers/?page=1&page_size=25&ordering=-created_at",
        "/api/bills/?page=1&page_size=25",
        "/api/bills/?status=Active&billing_date_after={month}&page=1&page_size=25&ordering=-total_bill",
        "/api/customers/prospects/?page=1&page_size=25",
        "/api/users/?page=1&page_size=25",
        "/api/payments/?page=1&page_size=25",
        "/api/invoices/?page=1&page_size=25",
        "/api/invoices/?page=1&page_size=25&ordering=-month",
        "/api/billing-runs/?page=1&page_size=25",
        "/api/activity-logs/?page=1&page_size=25",
        "/api/import-jobs/?page=1&page_size=25",
        "/api/dashboard/customer-wise-revenue/?page=1&page_size=25&ordering=customer_name"
    })
    void aPage_isReadFromAnIndexInItsOrder(String path) {
        ApiClient api = new ApiClient(port);
        String token = api.logIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD).access();
        pageStatements.recorded.clear();

        assertThat(api.get(path.replace("{month}", MONTH), token).status()).isEqualTo(200);

        List<PageStatement> statements = List.copyOf(pageStatements.recorded);
        assertThat(statements).as("the page's statement").isNotEmpty();
        for (PageStatement statement : statements) {
            assertThat(statement.sent()).contains("fetch next 25 rows only");
            assertThat(sortsUnderALimit(plan(statement.inlined())))
                    .as("a sort under the limit of: %s", statement.inlined()).isEmpty();
        }
    }

    @Test
    void noStatementIsCompiledByTheJit() {
        // compiling takes 20-30 ms, for reads of a few milliseconds that PostgreSQL costs high
        assertThat(dsl.fetchValue("select current_setting('jit')")).isEqualTo("off");
    }

    private JsonNode plan(String statement) {
        return dsl.transactionResult(transaction -> {
            transaction.dsl().execute("set local enable_sort = off");
            Object plan = transaction.dsl().fetchValue("explain (format json) " + statement);
            return JsonMapper.builder().build().readTree(plan.toString()).get(0).get("Plan");
        });
    }

    private static List<String> sortsUnderALimit(JsonNode node) {
        List<String> sorts = new ArrayList<>();
        collect(node, false, sorts);
        return sorts;
    }

    private static void collect(JsonNode node, boolean underALimit, List<String> sorts) {
        String type = node.get("Node Type").asString();
        if (underALimit && type.endsWith("Sort")) {
            sorts.add(type + " by " + node.get("Sort Key"));
        }
        JsonNode children = node.get("Plans");
        if (children != null) {
            for (JsonNode child : children) {
                collect(child, underALimit || type.equals("Limit"), sorts);
            }
        }
    }

    /** A paged statement as the service sent it, and with all its values written in. */
    record PageStatement(String sent, String inlined) {
    }

    /** Records each paged statement the service runs for a request. */
    static final class PageStatements {
        final List<PageStatement> recorded = new CopyOnWriteArrayList<>();
    }

    @TestConfiguration
    static class Recording {

        @Bean
        PageStatements pageStatements() {
            return new PageStatements();
        }

        @Bean
        ExecuteListenerProvider pageStatementRecorder(PageStatements pageStatements) {
            return new DefaultExecuteListenerProvider(new ExecuteListener() {
                @Override
                public void executeStart(ExecuteContext context) {
                    // a request's own statements, not those of the jobs running beside it
                    if (MDC.get(ActivityContext.REQUEST_ID) != null && context.query() != null
                            && context.sql().contains(" rows only")) {
                        pageStatements.recorded.add(
                                new PageStatement(context.sql(), context.dsl().renderInlined(context.query())));
                    }
                }
            });
        }
    }
}
