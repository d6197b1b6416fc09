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

    /**
     * A borrowed connection's proxy: its identity answered here, the calls of its {@code role} (which
     * the handler plays) by the handler itself, every other call by the handler's {@code invoke}.
     */
    static <H extends InvocationHandler> Connection proxy(Class<? super H> role, H handler) {
        return (Connection) Proxy.newProxyInstance(ConnectionWrappingDataSource.class.getClassLoader(),
                new Class<?>[] {Connection.class, role}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() == role) {
                        return callThrough(handler, method, args);
                    }
                    return switch (method.getName()) {
                        case "equals" -> proxy == args[0];
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "unwrap" -> args[0] == role ? proxy : handler.invoke(proxy, method, args);
                        case "isWrapperFor" -> args[0] == role || (boolean) handler.invoke(proxy, method, args);
                        default -> handler.invoke(proxy, method, args);
                    };
                });
    }

    /** The call made on {@code target} itself, failing as it fails. */
    static Object callThrough(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
