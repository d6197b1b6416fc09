package io.kamdesk.adapter.in.rest.shared;

import io.kamdesk.application.shared.sheet.ExportTooLargeException;
import io.kamdesk.application.shared.sheet.FileFormat;
import io.kamdesk.domain.identity.AuthenticationFailedException;
import io.kamdesk.domain.identity.LoginThrottledException;
import io.kamdesk.domain.shared.ConflictException;
import io.kamdesk.domain.shared.DomainException;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.InvalidValueException;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.NotPermittedException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The one mapping from exceptions to HTTP answers for everything that reaches a controller. Domain
 * refusals are worded by {@link Wording}; framework errors get a sentence a person can act on;
 * anything unexpected is a 500 that reveals nothing and is logged with its stack trace.
 */
@RestControllerAdvice
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Map<String, Object>> invalidInput(InvalidInputException e) {
        return ApiErrors.response(HttpStatus.BAD_REQUEST).body(ApiErrors.invalid(Wording.fieldErrors(e)));
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<Map<String, Object>> invalidRequest(InvalidRequestException e) {
        return ApiErrors.response(HttpStatus.BAD_REQUEST).body(ApiErrors.invalid(e.fieldErrors()));
    }

    @ExceptionHandler(InvalidValueException.class)
    ResponseEntity<Map<String, Object>> invalidValue(InvalidValueException e) {
        return answer(HttpStatus.BAD_REQUEST, Wording.detail(e), Wording.code(e));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(NotFoundException e) {
        return answer(HttpStatus.NOT_FOUND, Wording.detail(e), Wording.code(e));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Map<String, Object>> conflict(ConflictException e) {
        return answer(HttpStatus.CONFLICT, Wording.detail(e), Wording.code(e));
    }

    @ExceptionHandler(NotPermittedException.class)
    ResponseEntity<Map<String, Object>> notPermitted(NotPermittedException e) {
        return answer(HttpStatus.FORBIDDEN, Wording.detail(e), Wording.code(e));
    }

    @ExceptionHandler(AuthenticationFailedException.class)
    ResponseEntity<Map<String, Object>> authenticationFailed(AuthenticationFailedException e) {
        return ApiErrors.response(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(ApiErrors.body(Wording.detail(e), Wording.code(e)));
    }

    /** Spring Security's own refusals, should one be raised inside a controller. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, Object>> accessDenied(AccessDeniedException e) {
        return answer(HttpStatus.FORBIDDEN, "You do not have permission to perform this action.", "permission_denied");
    }

    @ExceptionHandler(org.springframework.security.core.AuthenticationException.class)
    ResponseEntity<Map<String, Object>> unauthenticated(Exception e) {
        return ApiErrors.response(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(ApiErrors.body("Authentication credentials were not provided.", "not_authenticated"));
    }

    @ExceptionHandler(LoginThrottledException.class)
    ResponseEntity<Map<String, Object>> throttled(LoginThrottledException e) {
        return ApiErrors.response(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .body(ApiErrors.body(Wording.detail(e), Wording.code(e)));
    }

    /** A domain refusal without a dedicated mapping is still the client's problem, never a 500. */
    @ExceptionHandler(DomainException.class)
    ResponseEntity<Map<String, Object>> otherDomainRefusal(DomainException e) {
        return answer(HttpStatus.BAD_REQUEST, Wording.detail(e), Wording.code(e));
    }

    @ExceptionHandler(ListParameterException.class)
    ResponseEntity<Map<String, Object>> badListParameter(ListParameterException e) {
        if (e.isInvalidPage()) {
            return answer(HttpStatus.NOT_FOUND, e.getMessage(), "not_found");
        }
        return ApiErrors.response(HttpStatus.BAD_REQUEST)
                .body(ApiErrors.invalid(Map.of(e.parameter(), List.of(e.getMessage()))));
    }

    @ExceptionHandler(ExportTooLargeException.class)
    ResponseEntity<Map<String, Object>> exportTooLarge(ExportTooLargeException e) {
        String sheet = e.format() == FileFormat.XLS ? "XLS" : "Excel";
        return ApiErrors.response(HttpStatus.BAD_REQUEST).body(ApiErrors.body(String.format(Locale.ROOT,
                "The export matches %,d rows, more than one %s sheet holds (%,d). Download it as CSV (format=csv), "
                        + "or narrow it with a filter or a search.", e.rows(), sheet, e.format().maxDataRows()),
                "too_many_rows"));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadableBody(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof PayloadTooLargeException tooLarge
                || cause != null && cause.getCause() instanceof PayloadTooLargeException) {
            PayloadTooLargeException limit = cause instanceof PayloadTooLargeException direct
                    ? direct
                    : (PayloadTooLargeException) cause.getCause();
            return answer(HttpStatus.PAYLOAD_TOO_LARGE, limit.getMessage(), PayloadTooLargeException.CODE);
        }
        if (cause instanceof MismatchedInputException mismatch && mismatch.getPath().isEmpty()
                && mismatch.getTargetType() != null && JsonRequest.class.isAssignableFrom(mismatch.getTargetType())) {
            return ApiErrors.response(HttpStatus.BAD_REQUEST).body(ApiErrors.invalid(Map.of("non_field_errors",
                    List.of("Invalid data. Expected a JSON object."))));
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return ApiErrors.response(HttpStatus.BAD_REQUEST)
                    .body(ApiErrors.invalid(Map.of(pathOf(mismatch), List.of(describeMismatch(mismatch)))));
        }
        if (cause instanceof NumberFormatException || cause instanceof ArithmeticException) {
            return answer(HttpStatus.BAD_REQUEST, ApiJsonConverter.NUMBER_OUT_OF_RANGE, "parse_error");
        }
        if (cause instanceof StreamReadException || cause instanceof JacksonException) {
            return answer(HttpStatus.BAD_REQUEST, "JSON parse error: the request body is not valid JSON.",
                    "parse_error");
        }
        return answer(HttpStatus.BAD_REQUEST, "The request body is missing or unreadable.", "parse_error");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        String type = e.getContentType() == null ? "none" : e.getContentType().toString();
        return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Unsupported media type \"" + type + "\" in request; send " + supported(e) + ".",
                "unsupported_media_type");
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Map<String, Object>> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return answer(HttpStatus.NOT_ACCEPTABLE, "Could not satisfy the request Accept header.", "not_acceptable");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, Object>> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        var builder = ApiErrors.response(HttpStatus.METHOD_NOT_ALLOWED);
        if (e.getSupportedHttpMethods() != null) {
            builder.allow(e.getSupportedHttpMethods().toArray(org.springframework.http.HttpMethod[]::new));
        }
        return builder.body(ApiErrors.body("Method \"" + e.getMethod() + "\" not allowed.", "method_not_allowed"));
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ResponseEntity<Map<String, Object>> noSuchPath(Exception e) {
        return answer(HttpStatus.NOT_FOUND, "Not found.", "not_found");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> argumentTypeMismatch(MethodArgumentTypeMismatchException e) {
        if (e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
            // /api/users/abc/ names no user, as DRF answers for a non-numeric id
            return answer(HttpStatus.NOT_FOUND, "Not found.", "not_found");
        }
        return ApiErrors.response(HttpStatus.BAD_REQUEST)
                .body(ApiErrors.invalid(Map.of(e.getName(), List.of("Enter a valid value."))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missingParameter(MissingServletRequestParameterException e) {
        return ApiErrors.response(HttpStatus.BAD_REQUEST)
                .body(ApiErrors.invalid(Map.of(e.getParameterName(), List.of("This field is required."))));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<Map<String, Object>> missingPart(MissingServletRequestPartException e) {
        return ApiErrors.response(HttpStatus.BAD_REQUEST)
                .body(ApiErrors.invalid(Map.of(e.getRequestPartName(), List.of("No file was submitted."))));
    }

    /** A body declared multipart that is not (no boundary, broken parts): the upload itself is malformed. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Map<String, Object>> malformedMultipart(MultipartException e) {
        if (e instanceof MaxUploadSizeExceededException tooLarge) {
            return payloadTooLarge(tooLarge);
        }
        return answer(HttpStatus.BAD_REQUEST, "The multipart body is malformed: send the file as multipart/form-data "
                + "with a boundary, in the field \"file\".", "parse_error");
    }

    @ExceptionHandler({MaxUploadSizeExceededException.class, PayloadTooLargeException.class})
    ResponseEntity<Map<String, Object>> payloadTooLarge(Exception e) {
        String detail = e instanceof PayloadTooLargeException ? e.getMessage() : "The uploaded file is too large.";
        return answer(HttpStatus.PAYLOAD_TOO_LARGE, detail, PayloadTooLargeException.CODE);
    }

    /**
     * Anything else. Framework errors that know they are the client's fault (they carry a 4xx) keep
     * their status; the rest is a 500 that reveals nothing and is logged with its stack trace.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> unexpected(Exception e) {
        if (e instanceof ErrorResponse framework && framework.getStatusCode().is4xxClientError()) {
            HttpStatus known = HttpStatus.resolve(framework.getStatusCode().value());
            String detail = known == null ? "The request could not be processed." : known.getReasonPhrase() + ".";
            return answer(framework.getStatusCode(), detail, "invalid_request");
        }
        if (StaleVersion.isCauseOf(e)) {
            return answer(HttpStatus.PRECONDITION_FAILED, StaleVersion.DETAIL, StaleVersion.CODE);
        }
        if (DatabaseUnavailable.isCauseOf(e)) {
            log.warn("Database unavailable: {}", e.toString());
            return unavailable();
        }
        log.error("Unexpected error while handling the request", e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, "A server error occurred.", "server_error");
    }

    /** The database cannot be reached: nothing was done, and the client may try again shortly. */
    static ResponseEntity<Map<String, Object>> unavailable() {
        return ApiErrors.response(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS))
                .body(ApiErrors.body(DatabaseUnavailable.DETAIL, DatabaseUnavailable.CODE));
    }

    private static ResponseEntity<Map<String, Object>> answer(HttpStatusCode status, String detail, String code) {
        return ApiErrors.response(status).body(ApiErrors.body(detail, code));
    }

    private static String pathOf(MismatchedInputException e) {
        return e.getPath().stream()
                .map(reference -> reference.getPropertyName() != null
                        ? reference.getPropertyName()
                        : String.valueOf(reference.getIndex()))
                .collect(Collectors.joining("."));
    }

    private static String describeMismatch(MismatchedInputException e) {
        Class<?> target = e.getTargetType();
        if (target == null) {
            return "Invalid value.";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive() && target != boolean.class) {
            return "A valid number is required.";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "Must be a valid boolean.";
        }
        if (target == String.class) {
            return "Not a valid string.";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(target)) {
            return "Date has wrong format. Use one of these formats instead: YYYY-MM-DD.";
        }
        if (List.class.isAssignableFrom(target) || target.isArray()) {
            return "Expected a list of items.";
        }
        return "Invalid value.";
    }

    private static String supported(HttpMediaTypeNotSupportedException e) {
        return e.getSupportedMediaTypes().isEmpty()
                ? "application/json"
                : e.getSupportedMediaTypes().stream().map(Object::toString).distinct()
                        .collect(Collectors.joining(" or "));
    }
}
