package io.kamdesk.adapter.in.rest.security;

import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Refuses to start the service when the controllers and the {@link AuthorizationMatrix} disagree: a
 * route without a row, or a row for a route that no longer exists.
 */
@Component
public class AuthorizationMatrixGuard implements ApplicationListener<ContextRefreshedEvent> {

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        var context = event.getApplicationContext();
        if (!context.containsBean("requestMappingHandlerMapping")) {
            return;
        }
        var mapping = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        var mismatch = AuthorizationMatrix.compareWith(mapping.getHandlerMethods());
        if (!mismatch.isEmpty()) {
            throw new IllegalStateException("The AuthorizationMatrix and the controllers disagree. Routes without a "
                    + "row: " + mismatch.undeclared() + "; rows without a route: " + mismatch.unmapped());
        }
    }
}
