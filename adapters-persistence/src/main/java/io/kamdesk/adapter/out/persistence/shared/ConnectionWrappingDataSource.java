package io.kamdesk.adapter.out.persistence.shared;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A data source whose connections do something more around the calls their borrowers make: each
 * borrowed connection is handed out as a proxy, equal only to itself, that also implements
 * {@code role} (found by {@code unwrap} and {@code isWrapperFor}, as JDBC wrappers are).
 */
abstract class ConnectionWrappingDataSource extends DelegatingDataSource {

    ConnectionWrappingDataSource(DataSource target) {
        super(target);
    }

    @Override
    public final Connection getConnection() throws SQLException {
        return wrap(super.getConnection());
    }

    @Override
    public final Connection getConnection(String username, String password) throws SQLException {
        return wrap(super.getConnection(username, password));
    }

    /** The connection as its borrower gets it. */
    abstract Connection wrap(Connection connection) throws SQLException;

    /** A borrowed connection's proxy: its identity and its role answered here, every other call by {@code calls}. */
    static Connection proxy(Class<?> role, Calls calls) {
        return (Connection) Proxy.newProxyInstance(ConnectionWrappingDataSource.class.getClassLoader(),
                new Class<?>[] {Connection.class, role}, (proxy, method, args) -> switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "unwrap" -> args[0] == role ? proxy : calls.invoke(proxy, method, args);
                    case "isWrapperFor" -> args[0] == role ? calls.isRole() : calls.invoke(proxy, method, args);
                    default -> calls.invoke(proxy, method, args);
                });
    }

    /** What a wrapped connection does with a call; {@link #isRole} says whether it plays its role now. */
    interface Calls extends InvocationHandler {
        default boolean isRole() {
            return true;
        }
    }

    /** The call made on the connection itself, failing as it fails. */
    static Object callThrough(Connection connection, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(connection, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
