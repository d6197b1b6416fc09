package io.kamdesk.adapter.in.rest.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.support.StaticWebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;

/** Asking the path first finds the same handler, and refuses the same requests, as Spring's own order. */
class PathFirstHandlerMappingTest {

    private final PathFirstHandlerMapping mapping = new PathFirstHandlerMapping();

    @BeforeEach
    void controllers() {
        StaticWebApplicationContext context = new StaticWebApplicationContext();
        context.registerSingleton("things", Things.class);
        mapping.setApplicationContext(context);
        mapping.afterPropertiesSet();
    }

    @Test
    void aPathWithAVariable_findsItsHandler_amongMappingsOfOtherPathsAndMethods() throws Exception {
        assertThat(handler("GET", "/api/things/42/")).isEqualTo("thing");
        assertThat(handler("POST", "/api/things/")).isEqualTo("create");
        assertThat(handler("GET", "/api/things/")).isEqualTo("list");
        assertThat(mapping.getHandler(request("GET", "/api/nothing/42/"))).isNull();
    }

    @Test
    void anotherMethodOrMediaTypeOnAKnownPath_isRefusedAsBefore() {
        assertThatThrownBy(() -> mapping.getHandler(request("DELETE", "/api/things/42/")))
                .isInstanceOf(HttpRequestMethodNotSupportedException.class);
        MockHttpServletRequest xml = request("GET", "/api/things/42/");
        xml.addHeader("Accept", MediaType.APPLICATION_XML_VALUE);
        assertThatThrownBy(() -> mapping.getHandler(xml)).isInstanceOf(HttpMediaTypeNotAcceptableException.class);
    }

    private String handler(String method, String path) throws Exception {
        HandlerExecutionChain chain = mapping.getHandler(request(method, path));
        return ((HandlerMethod) chain.getHandler()).getMethod().getName();
    }

    private static MockHttpServletRequest request(String method, String path) {
        return new MockHttpServletRequest(method, path);
    }

    @RestController
    static class Things {
        @GetMapping(path = "/api/things/{id}/", produces = MediaType.APPLICATION_JSON_VALUE)
        String thing() {
            return "";
        }

        @GetMapping(path = "/api/things/", produces = MediaType.APPLICATION_JSON_VALUE)
        String list() {
            return "";
        }

        @PostMapping(path = "/api/things/", produces = MediaType.APPLICATION_JSON_VALUE)
        String create() {
            return "";
        }
    }
}
