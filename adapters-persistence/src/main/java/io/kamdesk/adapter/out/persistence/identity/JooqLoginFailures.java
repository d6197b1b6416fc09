package io.kamdesk.adapter.out.persistence.identity;

import static io.kamdesk.adapter.out.persistence.jooq.Tables.LOGIN_FAILURE;

import io.kamdesk.application.identity.port.out.LoginFailures;
import io.kamdesk.domain.identity.LoginThrottlePolicy.FailureCount;
import java.time.Instant;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
public class JooqLoginFailures implements LoginFailures {

    private final DSLContext dsl;

    public JooqLoginFailures(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void record(String accountKey, String clientAddress, Instant at) {
        dsl.insertInto(LOGIN_FAILURE)
                .set(LOGIN_FAILURE.ACCOUNT_KEY, accountKey)
                .set(LOGIN_FAILURE.CLIENT_ADDRESS, clientAddress)
                .set(LOGIN_FAILURE.FAILED_AT, at)
                .execute();
    }

    @Override
    public FailureCount countForAccount(String accountKey, Instant since, int limit) {
        return count(LOGIN_FAILURE.ACCOUNT_KEY.eq(accountKey).and(LOGIN_FAILURE.FAILED_AT.gt(since)), limit);
    }

    @Override
    public FailureCount countForAddress(String clientAddress, Instant since, int limit) {
        return count(LOGIN_FAILURE.CLIENT_ADDRESS.eq(clientAddress).and(LOGIN_FAILURE.FAILED_AT.gt(since)), limit);
    }

    private FailureCount count(Condition inWindow, int limit) {
        int failures = dsl.fetchCount(LOGIN_FAILURE, inWindow);
        if (failures < limit) {
            return new FailureCount(failures, null);
        }
        Instant blocking = dsl.select(LOGIN_FAILURE.FAILED_AT)
                .from(LOGIN_FAILURE)
                .where(inWindow)
                .orderBy(LOGIN_FAILURE.FAILED_AT.desc())
                .offset(limit - 1)
                .limit(1)
                .fetchOne(LOGIN_FAILURE.FAILED_AT);
        return new FailureCount(failures, blocking);
    }

    @Override
    public void clearAccount(String accountKey) {
        dsl.deleteFrom(LOGIN_FAILURE).where(LOGIN_FAILURE.ACCOUNT_KEY.eq(accountKey)).execute();
    }

    @Override
    public void purgeOlderThan(Instant before) {
        dsl.deleteFrom(LOGIN_FAILURE).where(LOGIN_FAILURE.FAILED_AT.lt(before)).execute();
    }
}
