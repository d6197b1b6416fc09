package io.kamdesk.adapter.in.rest.security;

import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Refuses to start the service with a controller route that the {@link AuthorizationMatrix} lacks. */
@Component
public class AuthorizationMatrixGuard implements ApplicationListener<ContextRefreshedEvent> {

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        event.getApplicationContext().getBeansOfType(RequestMappingHandlerMapping.class).values().forEach(mapping -> {
            var mismatch = AuthorizationMatrix.compareWith(mapping.getHandlerMethods());
            if (!mismatch.undeclared().isEmpty()) {
                throw new IllegalStateException("Routes without a row in the AuthorizationMatrix: "
                        + mismatch.undeclared());
            }
        });
    }
}
