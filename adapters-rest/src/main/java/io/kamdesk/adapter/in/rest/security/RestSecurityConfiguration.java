package io.kamdesk.adapter.in.rest.security;

import io.kamdesk.adapter.in.rest.shared.ApiDocumentConventions;
import io.kamdesk.adapter.in.rest.shared.ApiErrorWriter;
import io.kamdesk.application.identity.port.in.session.ResolveViewerUseCase;
import io.kamdesk.application.shared.port.in.idempotency.IdempotentRequestsUseCase;
import io.kamdesk.application.shared.port.in.versions.RecordVersionsUseCase;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Stateless bearer-token security generated from the {@link AuthorizationMatrix}. Paths that match
 * no controller answer 401 to strangers and 404 to signed-in users.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({JwtProperties.class, CorsProperties.class})
public class RestSecurityConfiguration {

    @Bean
    JwtKeys jwtKeys(JwtProperties properties) {
        return JwtKeys.from(properties);
    }

    @Bean
    TokenService tokenService(JwtKeys keys) {
        return new TokenService(keys);
    }

    /**
     * Spring Security would observe every filter, authentication and authorization of every
     * request (about twenty observations, each a set of tagged timers): a third of a single-row
     * GET's CPU. The request as a whole is still observed ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** The OpenAPI document's view of the matrix: which operations anyone may call. */
    @Bean
    ApiDocumentConventions.DocumentedAccess documentedAccess() {
        return methodAndPath -> AuthorizationMatrix.rules().stream()
                .filter(rule -> rule.access() == AuthorizationMatrix.Access.PUBLIC)
                .anyMatch(rule -> methodAndPath.equals(rule.method().name() + " " + rule.path()));
    }

    /** Only where there is a web server (the batch commands run without one). */
    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain apiSecurity(HttpSecurity http, JwtKeys keys, ResolveViewerUseCase viewers,
            ApiErrorWriter errorWriter, CorsProperties cors, IdempotentRequestsUseCase idempotentRequests,
            RecordVersionsUseCase versions, @Value("${kamdesk.api.require-if-match:false}") boolean requireIfMatch)
            throws Exception {
        JsonSecurityErrorHandlers errors = new JsonSecurityErrorHandlers(errorWriter);
        http.csrf(AbstractHttpConfigurer::disable)
                .addFilter(cors.toCorsFilter(errorWriter))
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .anonymous(anonymous -> { })
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    // Guarded rows first: the first matching rule wins.
                    for (AuthorizationMatrix.Rule rule : AuthorizationMatrix.rules()) {
                        var route = requests.requestMatchers(rule.method(), rule.path());
                        switch (rule.access()) {
                            case PUBLIC -> { }
                            case AUTHENTICATED -> route.authenticated();
                            case PERMISSION -> route.hasAuthority(rule.permission());
                        }
                    }
                    // A public path is open whatever the method, so a wrong method answers 405, not 401.
                    AuthorizationMatrix.rules().stream()
                            .filter(rule -> rule.access() == AuthorizationMatrix.Access.PUBLIC)
                            .forEach(rule -> requests.requestMatchers(rule.path()).permitAll());
                    requests.requestMatchers(AuthorizationMatrix.PUBLIC_INFRASTRUCTURE.toArray(String[]::new))
                            .permitAll();
                    requests.anyRequest().authenticated();
                })
                .oauth2ResourceServer(server -> server
                        .bearerTokenResolver(tokensOutsidePublicRoutes())
                        .jwt(jwt -> jwt.decoder(keys.accessDecoder())
                                .jwtAuthenticationConverter(new ViewerAuthenticationConverter(viewers)))
                        .authenticationEntryPoint(errors)
                        .accessDeniedHandler(errors))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .addFilterAfter(new ActivityContextFilter(), BearerTokenAuthenticationFilter.class)
                .addFilterAfter(new IdempotencyFilter(idempotentRequests, errorWriter), ActivityContextFilter.class)
                .addFilterAfter(new ConditionalRequestFilter(versions, errorWriter, requireIfMatch),
                        IdempotencyFilter.class);
        return http.build();
    }

    /**
     * Public routes (login, refresh, docs, health) ignore an Authorization header: a client that
     * always sends its last access token must still be able to log in or refresh once it expired.
     */
    private static BearerTokenResolver tokensOutsidePublicRoutes() {
        BearerTokenResolver bearer = new BearerHeader();
        List<RequestMatcher> publicRoutes = Stream.concat(
                        AuthorizationMatrix.rules().stream()
                                .filter(rule -> rule.access() == AuthorizationMatrix.Access.PUBLIC)
                                .map(AuthorizationMatrix.Rule::path),
                        AuthorizationMatrix.PUBLIC_INFRASTRUCTURE.stream())
                .<RequestMatcher>map(PathPatternRequestMatcher::pathPattern)
                .toList();
        RequestMatcher anyPublicRoute = new OrRequestMatcher(publicRoutes);
        return request -> anyPublicRoute.matches(request) ? null : bearer.resolve(request);
    }
}
