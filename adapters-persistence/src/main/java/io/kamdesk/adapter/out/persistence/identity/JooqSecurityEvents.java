package io.kamdesk.adapter.out.persistence.identity;

import static io.kamdesk.adapter.out.persistence.jooq.Tables.SECURITY_EVENT;

import io.kamdesk.adapter.out.persistence.jooq.tables.records.SecurityEventRecord;
import io.kamdesk.application.identity.port.out.SecurityEvent;
import io.kamdesk.application.identity.port.out.SecurityEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
public class JooqSecurityEvents implements SecurityEvents {

    private final DSLContext dsl;

    public JooqSecurityEvents(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void publish(SecurityEvent event) {
        dsl.insertInto(SECURITY_EVENT)
                .set(SECURITY_EVENT.KIND, event.kind().name().toLowerCase(Locale.ROOT))
                .set(SECURITY_EVENT.USER_ID, event.userId())
                .set(SECURITY_EVENT.SESSION_ID, event.sessionId())
                .execute();
    }

    @Override
    public List<SecurityEvent> after(Instant after) {
        return select(SECURITY_EVENT.OCCURRED_AT.gt(after));
    }

    @Override
    public List<SecurityEvent> recent(Duration lookback) {
        return select(newerThan(lookback));
    }

    @Override
    public void purgeOlderThan(Duration age) {
        dsl.deleteFrom(SECURITY_EVENT).where(DSL.not(newerThan(age))).execute();
    }

    private List<SecurityEvent> select(Condition condition) {
        return dsl.selectFrom(SECURITY_EVENT)
                .where(condition)
                .orderBy(SECURITY_EVENT.OCCURRED_AT, SECURITY_EVENT.ID)
                .fetch(JooqSecurityEvents::toEvent);
    }

    /** Measured by the database's clock, which every instance shares. */
    private static Condition newerThan(Duration age) {
        return DSL.condition("{0} > clock_timestamp() - make_interval(secs => {1})", SECURITY_EVENT.OCCURRED_AT,
                DSL.val(Math.max(1, age.toSeconds())));
    }

    private static SecurityEvent toEvent(SecurityEventRecord row) {
        return new SecurityEvent(SecurityEvent.Kind.valueOf(row.getKind().toUpperCase(Locale.ROOT)), row.getUserId(),
                row.getSessionId(), row.getOccurredAt());
    }
}
