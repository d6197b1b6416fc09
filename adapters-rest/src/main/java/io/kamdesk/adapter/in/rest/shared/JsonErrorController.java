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
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.resolve(value)
                : HttpStatus.INTERNAL_SERVER_ERROR;
        if (status.is5xxServerError()) {
            Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            log.error("Request failed outside the controllers with {}", status.value(),
                    failure instanceof Throwable t ? t : null);
            return ResponseEntity.status(status).body(ApiErrors.body("A server error occurred.", "server_error"));
        }
        return ResponseEntity.status(status).body(ApiErrors.body(sentenceFor(status), codeFor(status)));
    }

    private static String sentenceFor(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "Not found.";
            case UNAUTHORIZED -> "Authentication credentials were not provided.";
            case FORBIDDEN -> "You do not have permission to perform this action.";
            case PAYLOAD_TOO_LARGE -> "The request body is too large.";
            default -> status.getReasonPhrase() + ".";
        };
    }

    private static String codeFor(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "not_found";
            case UNAUTHORIZED -> "not_authenticated";
            case FORBIDDEN -> "permission_denied";
            case PAYLOAD_TOO_LARGE -> PayloadTooLargeException.CODE;
            case METHOD_NOT_ALLOWED -> "method_not_allowed";
            default -> "invalid_request";
        };
    }
}
