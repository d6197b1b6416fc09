package io.kamdesk.adapter.in.rest.shared;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP edge's cross-cutting pieces: JSON conventions, filters, the OpenAPI description. */
@Configuration(proxyBeanMethods = false)
public class RestConfiguration {

    /**
     * snake_case field names, exact decimals, unknown fields ignored (DRF's behaviour). The naming rule
     * is declared here once, for the JSON on the wire and for the OpenAPI document's schemas alike
     * ({@link #apiSchemaNames()}): the document's property names are the wire's.
     */
    @Bean
    JsonMapperBuilderCustomizer apiJsonConventions() {
        return builder -> builder
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .addModule(new PatchModule())
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** Requests mapped to controllers by path first ({@link PathFirstHandlerMapping}). */
    @Bean
    WebMvcRegistrations pathFirstHandlerMapping() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new PathFirstHandlerMapping();
            }
        };
    }

    /** The schema generator reads models with its own (Jackson 2) mapper: the same naming rule. */
    @Bean
    ModelResolver apiSchemaNames() {
        return new PatchSchemas(Json.mapper().copy()
                .setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE));
    }

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        var registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    /** Runs before anything reads a parameter (the container would fail on a malformed one). */
    @Bean
    FilterRegistrationBean<QueryStringFilter> queryStringFilter(ApiErrorWriter errors) {
        var registration = new FilterRegistrationBean<>(new QueryStringFilter(errors));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ActuatorOnMainPortFilter> actuatorOnMainPortFilter(ManagementPort managementPort,
            ApiErrorWriter errors) {
        var registration = new FilterRegistrationBean<>(new ActuatorOnMainPortFilter(managementPort, errors));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 6);
        return registration;
    }

    /** The JSON converter in the framework's own place among the converters (not as a bean: see ApiJsonConverter). */
    @Bean
    ServerHttpMessageConvertersCustomizer apiJsonConverter(JsonMapper mapper) {
        return converters -> converters.withJsonConverter(new ApiJsonConverter(mapper));
    }

    @Bean
    FilterRegistrationBean<TrailingSlashFilter> trailingSlashFilter() {
        var registration = new FilterRegistrationBean<>(new TrailingSlashFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(ApiErrorWriter errors,
            @Value("${kamdesk.api.max-request-body-size:1MB}") DataSize maxBodySize) {
        var registration = new FilterRegistrationBean<>(new RequestBodyLimitFilter(maxBodySize, errors));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    OpenAPI kamDeskOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("KAM Desk API")
                        .version("1")
                        .description("Key-account CRM and billing for bandwidth resellers. Every path ends with a "
                                + "slash (the path without it answers the same). Errors are JSON "
                                + "{\"detail\", \"code\", \"request_id\"}; invalid fields are listed at top level."))
                .servers(List.of(new Server().url("/").description("The service itself")))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
