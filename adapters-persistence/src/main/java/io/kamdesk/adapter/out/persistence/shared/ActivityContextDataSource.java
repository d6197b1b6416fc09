package io.kamdesk.adapter.out.persistence.shared;

import io.kamdesk.application.shared.ActivityContext;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.MDC;

/**
 * Hands every connection the acting user and request of the thread that borrows it (the
 * {@link ActivityContext} names, read from the logging context), as the session settings
 * {@code kamdesk.<name>} that the activity log's triggers read.
 *
 * <p>A connection is told only when its borrower's context differs from the one it already holds,
 * and only once something is about to run on it: the settings go out just before its first statement
 * (or before it is unwrapped, as a bulk copy does), so a borrower may instead send them inside its own
 * first statement ({@link #takeUntold}) and spare a round trip. Settings sent inside a transaction last
 * only if it commits: after a rollback they are sent again before the next statement.
 */
public final class ActivityContextDataSource extends ConnectionWrappingDataSource {

    private static final String SET = "select " + String.join(", ", Collections.nCopies(
            ActivityContext.NAMES.size(), "set_config(?, ?, false)"));
    private static final int MAX_SETTING_LENGTH = 512;
    /** What a borrower may call before the context is sent: nothing of it runs a statement. */
    private static final Set<String> RUNS_NOTHING = Set.of("close", "isClosed", "setAutoCommit", "getAutoCommit",
            "setReadOnly", "isReadOnly", "setTransactionIsolation", "getTransactionIsolation", "getWarnings",
            "clearWarnings", "isWrapperFor", "isValid", "getHoldability", "setHoldability", "getNetworkTimeout",
            "setNetworkTimeout", "abort", "toString");

    /** What each physical connection was last told, for good; forgotten with the connection. */
    private final Map<Object, List<String>> told = Collections.synchronizedMap(new WeakHashMap<>());

    public ActivityContextDataSource(DataSource target) {
        super(target);
    }

    /**
     * The session settings this connection has yet to be told, as {@code kamdesk.<name>} and value,
     * for a statement that sets them itself (with {@code set_config(name, value, false)}) as its first
     * work in the current transaction; none if the connection holds them already. Taking them is a
     * promise to send them: the connection will not.
     */
    public static ContextSettings takeUntold(Connection connection) throws SQLException {
        return connection.isWrapperFor(Untold.class) ? connection.unwrap(Untold.class).take() : ContextSettings.NONE;
    }

    /** Session settings by name, in the order of {@link ActivityContext#NAMES}. */
    public record ContextSettings(List<String> names, List<String> values) {
        static final ContextSettings NONE = new ContextSettings(List.of(), List.of());
    }

    /** A connection whose borrower's context is not sent yet. */
    interface Untold {
        ContextSettings take() throws SQLException;
    }

    @Override
    Connection wrap(Connection connection) throws SQLException {
        List<String> context = currentContext();
        Object physical = connection.isWrapperFor(PGConnection.class) ? connection.unwrap(PGConnection.class)
                : connection;
        if (context.equals(told.get(physical))) {
            return connection;
        }
        return proxy(Untold.class, new TellFirst(connection, physical, context));
    }

    private static List<String> currentContext() {
        List<String> values = new ArrayList<>(ActivityContext.NAMES.size());
        for (String name : ActivityContext.NAMES) {
            String value = MDC.get(name);
            values.add(value == null ? "" : value.length() > MAX_SETTING_LENGTH
                    ? value.substring(0, MAX_SETTING_LENGTH) : value);
        }
        return values;
    }

    /**
     * The borrowed connection, which sends its context before the first call that may run something,
     * and keeps track of whether the settings it sent inside a transaction survive it.
     */
    private final class TellFirst implements Calls, Untold {
        private final Connection connection;
        private final Object physical;
        private final List<String> context;
        private boolean pending = true;
        private boolean sentInTransaction;

        TellFirst(Connection connection, Object physical, List<String> context) {
            this.connection = connection;
            this.physical = physical;
            this.context = context;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (method.getDeclaringClass() == Untold.class) {
                return take();
            }
            if (pending && !RUNS_NOTHING.contains(name) && !name.equals("commit") && !name.equals("rollback")) {
                send();
            }
            boolean endsTransaction = name.equals("commit") || name.equals("rollback")
                    || name.equals("setAutoCommit") && Boolean.TRUE.equals(args[0]) && !connection.getAutoCommit();
            Object result = callThrough(connection, method, args);
            if (endsTransaction && sentInTransaction) {
                ended(name.equals("commit"));
            }
            return result;
        }

        @Override
        public boolean isRole() {
            return pending;
        }

        @Override
        public ContextSettings take() throws SQLException {
            if (!pending || connection.getAutoCommit()) {
                return ContextSettings.NONE;
            }
            List<String> names = new ArrayList<>(context.size());
            for (String name : ActivityContext.NAMES) {
                names.add("kamdesk." + name);
            }
            sent();
            return new ContextSettings(names, context);
        }

        private void send() throws SQLException {
            try (PreparedStatement set = connection.prepareStatement(SET)) {
                for (int i = 0; i < context.size(); i++) {
                    set.setString(2 * i + 1, "kamdesk." + ActivityContext.NAMES.get(i));
                    set.setString(2 * i + 2, context.get(i));
                }
                set.execute();
            }
            sent();
        }

        private void sent() throws SQLException {
            pending = false;
            if (connection.getAutoCommit()) {
                told.put(physical, context);
            } else {
                sentInTransaction = true;
            }
        }

        /**
         * The transaction the settings went out in is over. Unless it was committed (a transaction ended
         * by a switch to auto-commit may have failed and been rolled back), they go out again before the
         * next statement, and the session is taken to hold nothing known.
         */
        private void ended(boolean committed) {
            sentInTransaction = false;
            if (committed) {
                told.put(physical, context);
            } else {
                told.remove(physical);
                pending = true;
            }
        }
    }
}
