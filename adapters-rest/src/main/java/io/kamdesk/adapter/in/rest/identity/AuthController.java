package io.kamdesk.adapter.in.rest.identity;

import io.kamdesk.adapter.in.rest.security.TokenService;
import io.kamdesk.adapter.in.rest.shared.ClientAddress;
import io.kamdesk.application.identity.port.in.session.LogInCommand;
import io.kamdesk.application.identity.port.in.session.LogInUseCase;
import io.kamdesk.application.identity.port.in.session.LogOutCommand;
import io.kamdesk.application.identity.port.in.session.LogOutUseCase;
import io.kamdesk.application.identity.port.in.session.LoginResult;
import io.kamdesk.application.identity.port.in.session.RefreshSessionCommand;
import io.kamdesk.application.identity.port.in.session.RefreshSessionUseCase;
import io.kamdesk.application.identity.port.in.session.SessionGrant;
import io.kamdesk.domain.identity.Viewer;
import io.kamdesk.domain.shared.FieldErrors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/auth", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Auth", description = "Login, token refresh and logout")
class AuthController {

    private final LogInUseCase logIn;
    private final RefreshSessionUseCase refreshSession;
    private final LogOutUseCase logOut;
    private final TokenService tokens;

    AuthController(LogInUseCase logIn, RefreshSessionUseCase refreshSession, LogOutUseCase logOut,
            TokenService tokens) {
        this.logIn = logIn;
        this.refreshSession = refreshSession;
        this.logOut = logOut;
        this.tokens = tokens;
    }

    @PostMapping(path = "/login/", consumes = MediaType.APPLICATION_JSON_VALUE)
    @SecurityRequirements
    @Operation(summary = "Log in with e-mail and password", description = "Opens a session. An unknown e-mail, a "
            + "wrong password and an inactive account all answer the same 401. After 5 failures in 15 minutes "
            + "for an account (100 for an address) the answer is 429 with Retry-After.")
    @ApiResponse(responseCode = "200", description = "Tokens and the user")
    @ApiResponse(responseCode = "401", description = "Wrong credentials", content = @Content(examples = @ExampleObject(
            value = "{\"detail\": \"No active account found with the given credentials\", "
                    + "\"code\": \"no_active_account\"}")))
    @ApiResponse(responseCode = "429", description = "Too many failed attempts; see Retry-After")
    LoginResponse login(@RequestBody LoginRequest body, HttpServletRequest request) {
        FieldErrors errors = new FieldErrors();
        errors.required("email", body.email());
        errors.required("password", body.password());
        errors.throwIfAny();
        LoginResult result = logIn.logIn(new LogInCommand(body.email(), body.password(),
                ClientAddress.of(request), request.getHeader(HttpHeaders.USER_AGENT)));
        SessionGrant grant = result.grant();
        return new LoginResponse(tokens.refreshToken(grant), tokens.accessToken(grant),
                new LoginResponse.User(result.user().id(), result.user().email(), result.user().username()));
    }

    @PostMapping(path = "/refresh/", consumes = MediaType.APPLICATION_JSON_VALUE)
    @SecurityRequirements
    @Operation(summary = "Exchange a refresh token for new tokens", description = "Rotates: the refresh token "
            + "presented is used up and a new one is returned with the access token. Presenting a used refresh "
            + "token again revokes the whole session.")
    @ApiResponse(responseCode = "200", description = "New access and refresh tokens")
    @ApiResponse(responseCode = "401", description = "Token invalid, expired, used or revoked")
    RefreshResponse refresh(@RequestBody RefreshRequest body) {
        FieldErrors errors = new FieldErrors();
        errors.required("refresh", body.refresh());
        errors.throwIfAny();
        TokenService.RefreshToken token = tokens.readRefreshToken(body.refresh());
        SessionGrant grant = refreshSession.refresh(new RefreshSessionCommand(token.sessionId(), token.tokenId()));
        return new RefreshResponse(tokens.accessToken(grant), tokens.refreshToken(grant));
    }

    @PostMapping(path = "/logout/", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Log out", description = "Revokes the session of the refresh token, with all its access "
            + "tokens, on every instance within seconds. The refresh token must be the caller's own.")
    @ApiResponse(responseCode = "205", description = "Logged out. HTTP forbids content in a 205 answer (RFC 9110 "
            + "15.3.6), so the {\"detail\": \"Logged out\"} of the API document is not sent: browsers' fetch() could "
            + "not read it anyway.")
    @ApiResponse(responseCode = "403", description = "The refresh token belongs to another user")
    ResponseEntity<Void> logout(@RequestBody RefreshRequest body,
            @AuthenticationPrincipal Viewer viewer) {
        FieldErrors errors = new FieldErrors();
        errors.required("refresh", body.refresh());
        errors.throwIfAny();
        TokenService.RefreshToken token = tokens.readRefreshToken(body.refresh());
        logOut.logOut(new LogOutCommand(viewer, token.sessionId()));
        return ResponseEntity.status(HttpStatus.RESET_CONTENT).build();
    }
}
