package io.kamdesk.adapter.in.rest.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.OptionalInt;
import org.apache.catalina.connector.Connector;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * The optional second port of the same server that serves the actuator's metrics
 * ({@code kamdesk.management.port}, on {@code kamdesk.management.address}, loopback by default). The
 * API's own port never serves metrics: they name the service's internals and its traffic.
 */
@Component
public class ManagementPort implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final Integer port;
    private final String address;
    private Connector connector;

    public ManagementPort(@Value("${kamdesk.management.port:#{null}}") Integer port,
            @Value("${kamdesk.management.address:127.0.0.1}") String address) {
        this.port = port;
        this.address = address;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (port == null) {
            return;
        }
        connector = new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL);
        connector.setPort(port);
        try {
            connector.setProperty("address", InetAddress.getByName(address).getHostAddress());
        } catch (UnknownHostException e) {
            throw new IllegalStateException("kamdesk.management.address is not a usable address: " + address, e);
        }
        factory.addAdditionalConnectors(connector);
    }

    /** Whether a management port is configured, that is whether anything serves metrics. */
    public boolean configured() {
        return port != null;
    }

    /** The port the management connector listens on; empty when there is none. */
    public OptionalInt localPort() {
        return connector == null ? OptionalInt.empty() : OptionalInt.of(connector.getLocalPort());
    }

    /** Whether the request arrived on the management port. */
    public boolean received(HttpServletRequest request) {
        return connector != null && request.getLocalPort() == connector.getLocalPort();
    }
}
