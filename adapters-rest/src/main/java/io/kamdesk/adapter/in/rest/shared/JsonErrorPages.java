package io.kamdesk.adapter.in.rest.shared;

import java.util.Arrays;
import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Puts {@link JsonErrorReportValve} in place of every error report valve of the host, whichever
 * customizer (Spring Boot's included) added one, just before the application starts.
 */
@Component
class JsonErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                useJsonErrorReports(context.getParent());
            }
        }));
    }

    private static void useJsonErrorReports(Container host) {
        if (host == null) {
            return;
        }
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve && !(valve instanceof JsonErrorReportValve)) {
                host.getPipeline().removeValve(valve);
            }
        }
        boolean present = Arrays.stream(host.getPipeline().getValves())
                .anyMatch(JsonErrorReportValve.class::isInstance);
        if (!present) {
            host.getPipeline().addValve(new JsonErrorReportValve());
        }
    }
}
