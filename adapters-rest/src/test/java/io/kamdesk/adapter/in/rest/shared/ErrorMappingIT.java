package io.kamdesk.adapter.in.rest.shared;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.kamdesk.adapter.in.rest.security.RestSecurityConfiguration;
import io.kamdesk.adapter.in.rest.security.ViewerAuthentication;
import io.kamdesk.application.identity.port.in.session.ResolveViewerUseCase;
import io.kamdesk.application.shared.VersionedRecord;
import io.kamdesk.application.shared.port.in.idempotency.ClaimKeyCommand;
import io.kamdesk.application.shared.port.in.idempotency.IdempotentRequestsUseCase;
import io.kamdesk.application.shared.port.in.idempotency.KeyedOutcome;
import io.kamdesk.application.shared.port.in.idempotency.KeyedRequest;
import io.kamdesk.application.shared.port.in.versions.RecordVersionsUseCase;
import io.kamdesk.domain.identity.DataScope;
import io.kamdesk.domain.identity.LoginThrottledException;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.ConflictException;
import io.kamdesk.domain.shared.InvalidInputException;
import io.kamdesk.domain.shared.NotFoundException;
import io.kamdesk.domain.shared.NotPermittedException;
import io.kamdesk.domain.shared.Reason;
import io.kamdesk.domain.shared.Refusal;
import io.kamdesk.domain.shared.Subject;
import io.kamdesk.domain.shared.Violation;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * The one exception mapping: each refusal the application can raise becomes the documented status
 * and {@code {detail, code}} body, and an unexpected failure reveals nothing.
 */
@WebMvcTest(controllers = ErrorMappingIT.ThrowingController.class)
@Import({RestConfiguration.class, RestSecurityConfiguration.class, ApiErrorWriter.class, ApiExceptionHandler.class,
    BodyCharactersAdvice.class, ManagementPort.class, ErrorMappingIT.Fakes.class, ErrorMappingIT.ThrowingController.class})
@TestPropertySource(properties = "kamdesk.security.jwt.secret=slice-test-secret-that-is-long-enough-42")
class ErrorMappingIT {

    private static final ViewerAuthentication SIGNED_IN = new ViewerAuthentication(
            new Viewer(7, "kam", "sales_person", Set.of(), DataScope.OWN), UUID.randomUUID());

    @Autowired
    MockMvc mvc;

    @Test
    void invalidInput_answers400WithSnakeCaseFieldErrors() throws Exception {
        mvc.perform(get("/api/test/invalid/").with(authentication(SIGNED_IN)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Invalid input."))
                .andExpect(jsonPath("$.code").value("invalid"))
                .andExpect(jsonPath("$.potential_revenue[0]").value("Ensure this value is greater than or equal to 0."));
    }

    @Test
    void nonNumericDecimal_answersFieldError() throws Exception {
        mvc.perform(post("/api/test/number/").with(authentication(SIGNED_IN))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"amount\": \"abc\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.amount[0]").value("A valid number is required."));
    }

    @Test
    void numericStringAndNumber_areBothAccepted() throws Exception {
        mvc.perform(post("/api/test/number/").with(authentication(SIGNED_IN))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"amount\": \"19.90\", \"ignored\": 1}"))
                .andExpect(status().isOk())
                .andExpect(content().string("19.90"));
        mvc.perform(post("/api/test/number/").with(authentication(SIGNED_IN))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"amount\": 0.1}"))
                .andExpect(status().isOk())
                .andExpect(content().string("0.1"));
    }

    @Test
    void anonymous_answers401NotAuthenticated() throws Exception {
        mvc.perform(get("/api/test/conflict/"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(jsonPath("$.code").value("not_authenticated"));
    }

    @Test
    void notPermitted_answers403() throws Exception {
        mvc.perform(get("/api/test/forbidden/").with(authentication(SIGNED_IN)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("not_yours"))
                .andExpect(jsonPath("$.detail").value("You can only assign customers to yourself."));
    }

    @Test
    void notFound_answers404() throws Exception {
        mvc.perform(get("/api/test/not-found/").with(authentication(SIGNED_IN)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not_found"));
    }

    @Test
    void conflict_answers409WithItsCode() throws Exception {
        mvc.perform(get("/api/test/conflict/").with(authentication(SIGNED_IN)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("customer_has_bills"))
                .andExpect(jsonPath("$.detail").value(
                        "This customer has bills and cannot be deleted; set its status to Inactive or Lost instead."));
    }

    @Test
    void uploadTooLarge_answers413() throws Exception {
        mvc.perform(get("/api/test/upload/").with(authentication(SIGNED_IN)))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.code").value("payload_too_large"));
    }

    @Test
    void throttled_answers429WithRetryAfter() throws Exception {
        mvc.perform(get("/api/test/throttled/").with(authentication(SIGNED_IN)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "42"))
                .andExpect(jsonPath("$.code").value("throttled"));
    }

    @Test
    void unexpectedFailure_answers500WithoutDetails() throws Exception {
        mvc.perform(get("/api/test/boom/").with(authentication(SIGNED_IN)))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.code").value("server_error"))
                .andExpect(jsonPath("$.detail").value("A server error occurred."))
                .andExpect(content().string(not(containsString("select"))))
                .andExpect(content().string(not(containsString("IllegalStateException"))));
    }

    @Test
    void databaseUnreachable_answers503WithRetryAfter() throws Exception {
        mvc.perform(get("/api/test/no-database/").with(authentication(SIGNED_IN)))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(jsonPath("$.code").value("service_unavailable"))
                .andExpect(content().string(not(containsString("Connection"))));
    }

    @Test
    void connectionLostMidRequest_answers503() throws Exception {
        mvc.perform(get("/api/test/connection-lost/").with(authentication(SIGNED_IN)))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.code").value("service_unavailable"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1E-2147483648", "1e-2147483649", "-1E-2147483648"})
    void numberBeyondAnyDecimal_answers400ParseError(String number) throws Exception {
        mvc.perform(post("/api/test/number/").with(authentication(SIGNED_IN))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"amount\": " + number + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("parse_error"));
    }

    @Test
    void nulInATypedBody_isAFieldErrorOfThatField() throws Exception {
        mvc.perform(post("/api/test/note/").with(authentication(SIGNED_IN))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"a\\u0000b\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.note[0]").value("Null characters are not allowed."));
    }

    @Test
    void loneSurrogateInABody_isAFieldError() throws Exception {
        mvc.perform(post("/api/test/note/").with(authentication(SIGNED_IN))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"\\ud800\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.note[0]").value(containsString("surrogate")));
    }

    @RestController
    static class ThrowingController {

        @GetMapping("/api/test/no-database/")
        void noDatabase() {
            throw new IllegalStateException("could not begin", new java.sql.SQLTransientConnectionException(
                    "kamdesk - Connection is not available, request timed out after 3000ms."));
        }

        @GetMapping("/api/test/connection-lost/")
        void connectionLost() {
            throw new RuntimeException(new java.sql.SQLException("An I/O error occurred while sending to the backend.",
                    "08006"));
        }

        @PostMapping("/api/test/note/")
        String note(@RequestBody Note body) {
            return body.note();
        }

        record Note(String note) {
        }

        @GetMapping("/api/test/invalid/")
        void invalid() {
            throw new InvalidInputException(
                    Map.of("potentialRevenue", List.of(Violation.of(Reason.NEGATIVE))));
        }

        @PostMapping("/api/test/number/")
        String number(@RequestBody Amount body) {
            return body.amount().toPlainString();
        }

        @GetMapping("/api/test/forbidden/")
        void forbidden() {
            throw new NotPermittedException(Refusal.ASSIGN_TO_SELF_ONLY, Subject.CUSTOMER);
        }

        @GetMapping("/api/test/not-found/")
        void notFound() {
            throw new NotFoundException(Subject.CUSTOMER);
        }

        @GetMapping("/api/test/conflict/")
        void conflict() {
            throw new ConflictException(Refusal.CUSTOMER_HAS_BILLS);
        }

        @GetMapping("/api/test/upload/")
        void upload() {
            throw new MaxUploadSizeExceededException(50L * 1024 * 1024);
        }

        @GetMapping("/api/test/throttled/")
        void throttled() {
            throw new LoginThrottledException(Duration.ofSeconds(42));
        }

        @GetMapping("/api/test/boom/")
        void boom() {
            throw new IllegalStateException("select * from app_user failed");
        }

        record Amount(BigDecimal amount) {
        }
    }

    @TestConfiguration
    static class Fakes {

        @Bean
        ResolveViewerUseCase noTokensAccepted() {
            return claims -> Optional.empty();
        }

        /** No record here has a version. */
        @Bean
        RecordVersionsUseCase noVersions() {
            return new RecordVersionsUseCase() {
                @Override
                public Optional<Long> currentVersion(VersionedRecord record, long id) {
                    return Optional.empty();
                }

                @Override
                public <A> Read<A> read(VersionedRecord record, long id, Supplier<A> read) {
                    return new Read<>(read.get(), Optional.empty());
                }

                @Override
                public <A> Written<A> write(VersionedRecord record, long id, Supplier<A> write, Predicate<A> keeps) {
                    return new Written<>(write.get(), Optional.empty());
                }
            };
        }

        /** No request here sends an Idempotency-Key: every one runs. */
        @Bean
        IdempotentRequestsUseCase everyRequestRuns() {
            return new IdempotentRequestsUseCase() {
                @Override
                public KeyedOutcome answer(ClaimKeyCommand command, KeyedRequest request) {
                    return new KeyedOutcome.Ran(request.run());
                }

                @Override
                public int purgeExpiredKeys() {
                    return 0;
                }
            };
        }

        @Bean
        ListResponder listResponder(tools.jackson.databind.json.JsonMapper json) {
            return new ListResponder(json, "");
        }
    }
}
