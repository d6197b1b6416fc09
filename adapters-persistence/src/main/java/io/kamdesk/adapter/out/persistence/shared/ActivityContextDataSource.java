package io.kamdesk.adapter.out.persistence.shared;

import io.kamdesk.application.shared.ActivityContext;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
 * only if it commits: after a rollback they are sent again before the next statement. A transaction's
 * own characteristics, which PostgreSQL takes only before its first query ({@code SET TRANSACTION …}),
 * go out in the same round trip, ahead of the settings ({@link #precedeFirstStatement}), or in the
 * borrower's first statement ({@link #takeOpening}).
 *
 * <p>A read-only transaction is not told: PostgreSQL refuses every write in it, so no trigger can
 * read the settings there, and the connection keeps them to send before a later statement that may
 * write.
 */
public final class ActivityContextDataSource extends ConnectionWrappingDataSource {

    private static final List<String> SETTING_NAMES = ActivityContext.NAMES.stream().map(name -> "kamdesk." + name)
            .toList();
    private static final String SET = "select " + ContextSettings.setters(SETTING_NAMES.size());
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
        return connection.isWrapperFor(FirstStatement.class) ? connection.unwrap(FirstStatement.class).take()
                : ContextSettings.NONE;
    }

    /**
     * What must open the connection's current transaction, for a statement that runs it itself: the
     * utility statements to run first ({@link #precedeFirstStatement}; empty for none), and the
     * settings as {@link #takeUntold} hands them. Taking them is a promise to send them first: the
     * connection will not. {@link #queryFirst} keeps that promise.
     */
    static Opening takeOpening(Connection connection) throws SQLException {
        return connection.isWrapperFor(FirstStatement.class) ? connection.unwrap(FirstStatement.class).opening()
                : new Opening("", ContextSettings.NONE);
    }

    /**
     * Runs {@code query} (a {@code select}) as the first statement of the connection's transaction,
     * sent in one round trip after what the connection had yet to send before it (the transaction's
     * characteristics, the activity context); {@code bind} binds the query's own parameters, those
     * after the one it is handed, and {@code read} reads its rows.
     */
    public static <T> T queryFirst(Connection connection, String query, Binder bind, RowsReader<T> read)
            throws SQLException {
        Opening opening = takeOpening(connection);
        ContextSettings settings = opening.settings();
        boolean setting = !settings.names().isEmpty();
        String statements = opening.before(setting ? "select " + settings.setters() + ";\n" + query : query);
        try (PreparedStatement statement = connection.prepareStatement(statements)) {
            bind.bind(statement, settings.bind(statement, 0));
            int wanted = setting ? 2 : 1;
            int seen = 0;
            boolean rows = statement.execute();
            while (rows || statement.getUpdateCount() != -1) {
                if (rows && ++seen == wanted) {
                    try (ResultSet result = statement.getResultSet()) {
                        return read.read(result);
                    }
                }
                rows = statement.getMoreResults();
            }
            throw new SQLException("the query gave no result set: " + query);
        }
    }

    /** Binds a statement's parameters after the {@code last} one already bound. */
    @FunctionalInterface
    public interface Binder {
        Binder NONE = (statement, last) -> { };

        void bind(PreparedStatement statement, int last) throws SQLException;
    }

    /** What a query's rows are read into. */
    @FunctionalInterface
    public interface RowsReader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    /**
     * Has {@code utility} (a {@code SET TRANSACTION …}, which takes no parameters and reads nothing) run
     * first in the connection's transaction, in the round trip of whatever the connection sends first.
     */
    public static void precedeFirstStatement(Connection connection, String utility) throws SQLException {
        if (connection.isWrapperFor(FirstStatement.class)) {
            connection.unwrap(FirstStatement.class).precede(utility);
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(utility)) {
            statement.execute();
        }
    }

    /** Session settings by name, in the order of {@link ActivityContext#NAMES}. */
    public record ContextSettings(List<String> names, List<String> values) {
        static final ContextSettings NONE = new ContextSettings(List.of(), List.of());

        /** Select-list items that set the settings, {@code set_config(?, ?, false)} each; none for none. */
        public String setters() {
            return setters(names.size());
        }

        static String setters(int count) {
            return String.join(", ", Collections.nCopies(count, "set_config(?, ?, false)"));
        }

        /** Binds each setting's name and value to the parameters after {@code last}; answers the last bound. */
        public int bind(PreparedStatement statement, int last) throws SQLException {
            int parameter = last;
            for (int i = 0; i < names.size(); i++) {
                statement.setString(++parameter, names.get(i));
                statement.setString(++parameter, values.get(i));
            }
            return parameter;
        }
    }

    /** Utility statements to run first ({@code ""} for none), then the settings to set. */
    record Opening(String utility, ContextSettings settings) {

        /** {@code statement} opened by the utility statements, if any, in one text: one round trip. */
        String before(String statement) {
            return utility.isEmpty() ? statement : utility + ";\n" + statement;
        }
    }

    /** A connection that sends what must come first before its first statement. */
    interface FirstStatement {
        ContextSettings take() throws SQLException;

        Opening opening() throws SQLException;

        void precede(String utility);
    }

    @Override
    Connection wrap(Connection connection) throws SQLException {
        List<String> context = currentContext();
        Object physical = connection.isWrapperFor(PGConnection.class) ? connection.unwrap(PGConnection.class)
                : connection;
        return proxy(FirstStatement.class, new TellFirst(connection, physical, context,
                !context.equals(told.get(physical))));
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
    private final class TellFirst implements InvocationHandler, FirstStatement {
        private final Connection connection;
        private final Object physical;
        private final List<String> context;
        private boolean pending;
        private String preamble;
        private boolean sentInTransaction;

        TellFirst(Connection connection, Object physical, List<String> context, boolean pending) {
            this.connection = connection;
            this.physical = physical;
            this.context = context;
            this.pending = pending;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if ((pending || preamble != null) && !RUNS_NOTHING.contains(name) && !name.equals("commit")
                    && !name.equals("rollback") && (preamble != null || mayWrite())) {
                send();
            }
            boolean endsTransaction = name.equals("commit") || name.equals("rollback")
                    || name.equals("setAutoCommit") && Boolean.TRUE.equals(args[0]) && !connection.getAutoCommit();
            if (endsTransaction) {
                preamble = null;
            }
            Object result = callThrough(connection, method, args);
            if (endsTransaction && sentInTransaction) {
                ended(name.equals("commit"));
            }
            return result;
        }

        @Override
        public void precede(String utility) {
            preamble = preamble == null ? utility : preamble + ";\n" + utility;
        }

        @Override
        public ContextSettings take() throws SQLException {
            if (preamble != null) {
                send();
            }
            return untold();
        }

        @Override
        public Opening opening() throws SQLException {
            String utility = preamble == null ? "" : preamble;
            preamble = null;
            return new Opening(utility, untold());
        }

        private ContextSettings untold() throws SQLException {
            if (!pending || connection.getAutoCommit() || connection.isReadOnly()) {
                return ContextSettings.NONE;
            }
            sent();
            return new ContextSettings(SETTING_NAMES, context);
        }

        /** Whether what runs next may write: anything but a read-only transaction. */
        private boolean mayWrite() throws SQLException {
            return connection.getAutoCommit() || !connection.isReadOnly();
        }

        /** What must come first, in one round trip: the transaction's characteristics, then the settings. */
        private void send() throws SQLException {
            boolean settings = pending && mayWrite();
            String first = preamble == null ? SET : settings ? preamble + ";\n" + SET : preamble;
            preamble = null;
            try (PreparedStatement set = connection.prepareStatement(first)) {
                if (settings) {
                    new ContextSettings(SETTING_NAMES, context).bind(set, 0);
                }
                set.execute();
            }
            if (settings) {
                sent();
            }
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
