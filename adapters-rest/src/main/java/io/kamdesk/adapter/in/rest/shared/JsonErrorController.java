package io.kamdesk.adapter.in.rest.shared;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the servlet container's error page becomes: errors raised outside Spring MVC (a filter, the
 * container itself) answer in the API's error format too, never as an HTML page.
 */
@RestController
@Hidden
public class JsonErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(JsonErrorController.class);

    @RequestMapping("/error")
    ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null) {
            // called directly, not forwarded by the container: there is nothing at this path
            return ApiErrors.response(HttpStatus.NOT_FOUND).body(ApiErrors.body("Not found.", "not_found"));
        }
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.resolve(value)
                : HttpStatus.INTERNAL_SERVER_ERROR;
        if (status.is5xxServerError()) {
            Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            if (failure instanceof Throwable t && DatabaseUnavailable.isCauseOf(t)) {
                log.warn("Database unavailable: {}", t.toString());
                return ApiExceptionHandler.unavailable();
            }
            log.error("Request failed outside the controllers with {}", status.value(),
                    failure instanceof Throwable t ? t : null);
            return ApiErrors.response(status).body(ApiErrors.body("A server error occurred.", "server_error"));
        }
        return ApiErrors.response(status).body(ApiErrors.forStatus(status.value()));
    }
}
