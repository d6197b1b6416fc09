package io.kamdesk.adapter.out.persistence.shared;

import io.kamdesk.application.shared.ActivityContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.MDC;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Hands every connection the acting user and request of the thread that borrows it (the
 * {@link ActivityContext} names, read from the logging context), as the session settings
 * {@code kamdesk.<name>} that the activity log's triggers read. A connection is told only when its
 * borrower's context differs from the one it already holds, so a request usually costs nothing.
 */
public final class ActivityContextDataSource extends DelegatingDataSource {

    private static final String SET = "select " + String.join(", ", Collections.nCopies(
            ActivityContext.NAMES.size(), "set_config(?, ?, false)"));
    private static final int MAX_SETTING_LENGTH = 512;

    /** What each physical connection was last told; forgotten with the connection. */
    private final Map<Object, List<String>> told = Collections.synchronizedMap(new WeakHashMap<>());

    public ActivityContextDataSource(DataSource target) {
        super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return tell(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return tell(super.getConnection(username, password));
    }

    private Connection tell(Connection connection) throws SQLException {
        List<String> context = currentContext();
        Object physical = connection.isWrapperFor(PGConnection.class) ? connection.unwrap(PGConnection.class)
                : connection;
        if (context.equals(told.get(physical))) {
            return connection;
        }
        try (PreparedStatement set = connection.prepareStatement(SET)) {
            for (int i = 0; i < context.size(); i++) {
                set.setString(2 * i + 1, "kamdesk." + ActivityContext.NAMES.get(i));
                set.setString(2 * i + 2, context.get(i));
            }
            set.execute();
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        told.put(physical, context);
        return connection;
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
}
