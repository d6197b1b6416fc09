package io.kamdesk.adapter.out.persistence.shared;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Lets a transaction's last write travel with its commit: a statement handed to
 * {@link #sendWithCommit} is sent in the same round trip as the {@code COMMIT} (one prepared
 * statement of the two, which PostgreSQL runs in order; should the write fail, the commit is not run
 * and the transaction rolls back), and is dropped if the transaction rolls back instead. Outside a
 * transaction it is sent at once. Nothing in the transaction can read what such a statement writes.
 */
public final class CommitCarryingDataSource extends ConnectionWrappingDataSource {

    public CommitCarryingDataSource(DataSource target) {
        super(target);
    }

    /** Sends {@code sql}, bound by {@code binder}, with the commit of the connection's transaction. */
    public static void sendWithCommit(Connection connection, String sql, Binder binder) throws SQLException {
        if (!connection.getAutoCommit() && connection.isWrapperFor(Carrier.class)
                && connection.unwrap(Carrier.class).carry(sql, binder)) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            statement.execute();
        }
    }

    /** Binds a statement's parameters. */
    @FunctionalInterface
    public interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /** A connection that carries a statement to its commit. */
    interface Carrier {
        /** Takes the statement for the commit; false if it carries one already. */
        boolean carry(String sql, Binder binder);
    }

    @Override
    Connection wrap(Connection connection) {
        return proxy(Carrier.class, new CarryToCommit(connection));
    }

    private static final class CarryToCommit implements InvocationHandler, Carrier {
        private final Connection connection;
        private String carried;
        private Binder binder;

        CarryToCommit(Connection connection) {
            this.connection = connection;
        }

        @Override
        public boolean carry(String sql, Binder statementBinder) {
            if (carried != null) {
                return false;
            }
            carried = sql;
            binder = statementBinder;
            return true;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "commit" -> sendCarriedWithCommit();
                case "setAutoCommit" -> {
                    if (Boolean.TRUE.equals(args[0]) && !connection.getAutoCommit()) {
                        sendCarriedWithCommit();
                    }
                }
                case "rollback", "close" -> {
                    carried = null;
                    binder = null;
                }
                default -> {
                    // nothing more than the call itself
                }
            }
            return callThrough(connection, method, args);
        }

        /** The carried statement and the commit, in one round trip; the driver's commit then has nothing to do. */
        private void sendCarriedWithCommit() throws SQLException {
            if (carried == null) {
                return;
            }
            String sql = carried;
            Binder statementBinder = binder;
            carried = null;
            binder = null;
            try (PreparedStatement statement = connection.prepareStatement(sql + ";\ncommit")) {
                statementBinder.bind(statement);
                statement.execute();
            }
        }
    }
}
