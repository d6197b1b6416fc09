package io.kamdesk.adapter.out.persistence.shared;

import io.kamdesk.application.shared.ActingUser;
import io.kamdesk.application.shared.ActivityContext;
import java.util.function.Supplier;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * Work on a user's behalf runs with them as the acting user of the activity log (and of the log's lines),
 * an import's rows with its job.
 */
@Component
public class MdcActingUser implements ActingUser {

    @Override
    public <T> T actingAs(long userId, String username, Supplier<T> work) {
        String previousId = MDC.get(ActivityContext.ACTOR_ID);
        String previousName = MDC.get(ActivityContext.ACTOR_NAME);
        MDC.put(ActivityContext.ACTOR_ID, Long.toString(userId));
        MDC.put(ActivityContext.ACTOR_NAME, username);
        try {
            return work.get();
        } finally {
            restore(ActivityContext.ACTOR_ID, previousId);
            restore(ActivityContext.ACTOR_NAME, previousName);
        }
    }

    @Override
    public <T> T partOfImport(long importJobId, Supplier<T> work) {
        String previous = MDC.get(ActivityContext.IMPORT_JOB_ID);
        MDC.put(ActivityContext.IMPORT_JOB_ID, Long.toString(importJobId));
        try {
            return work.get();
        } finally {
            restore(ActivityContext.IMPORT_JOB_ID, previous);
        }
    }

    private static void restore(String name, String value) {
        if (value == null) {
            MDC.remove(name);
        } else {
            MDC.put(name, value);
        }
    }
}
