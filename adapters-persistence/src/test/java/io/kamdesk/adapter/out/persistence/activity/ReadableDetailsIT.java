package io.kamdesk.adapter.out.persistence.activity;

import static org.assertj.core.api.Assertions.assertThat;

import io.kamdesk.adapter.out.persistence.testing.FreshDatabaseInitializer;
import io.kamdesk.adapter.out.persistence.testing.PersistenceTestApplication;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The details the service words are, character for character, what the database's own wording
 * ({@code activity_readable}, which the service used before) gives for the same stored {@code jsonb}.
 */
@SpringBootTest(classes = PersistenceTestApplication.class)
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class ReadableDetailsIT {

    private static final List<String> STORED = Stream.of(
            "{}",
            "{'path': '/api/auth/login/', 'method': 'POST', 'session_id': 'b12b'}",
            "{'record': {'id': 1, 'total_bill': 1500.00, 'iig_qt': 2.50, 'iig_qt_price': 100, 'name': 'v1.5', "
                    + "'email': 'a@b.example', 'bill_date': '2026-12-01', 'kam_id': null}}",
            "{'changes': {'total_received': [0.00, 500.00], 'status': ['Active', 'Paid'], 'kam_id': [null, 3], "
                    + "'odd': 1.5, 'nested': [[1.5], {'x': 2.5}, 0.125]}}",
            "{'record': {'nested': {'x': 2.50}, 'list': [1.25], 'flag': true, 'amount': -0.01}, 'rows': 3.0, "
                    + "'counts': {'ok': 1.5}, 'query': 'page=1.5'}",
            "{'record': 1.5, 'changes': [1.5], 'import_job_id': 12}",
            "{'record': {'name': 'Dhaka \\'Net\\' \\u0001 \\\\ ঢাকা 🙂', 'price': 12345678901234567890.1234567}}",
            "{'record': {}, 'changes': {}}",
            "{'record': {'iig_qt': 2.5000, 'ggc_qt': 2.1250, 'rate': 3.0, 'fee': 0.000, 'cut': 0.10000, "
                    + "'fine': 7.000001, 'big': 1500.00}, 'changes': {'iig_qt': [2.5000, 10.0000], "
                    + "'total': [-0.5, 100.100]}}")
            .map(singleQuoted -> singleQuoted.replace('\'', '"')).toList();

    @Autowired
    DSLContext dsl;

    @Test
    void everyShapeOfDetails_readsAsTheDatabasesWordingDid() {
        for (String stored : STORED) {
            Record2<String, String> row = dsl.select(
                    DSL.field("({0}::jsonb)::text", String.class, DSL.val(stored)),
                    DSL.field("activity_readable({0}::jsonb)::text", String.class, DSL.val(stored))).fetchSingle();

            assertThat(ReadableDetails.of(row.value1())).as(stored).isEqualTo(row.value2());
        }
    }
}
