package io.kamdesk.adapter.in.rest.security;

import io.kamdesk.application.identity.port.in.session.ResolveViewerQuery;
import io.kamdesk.application.identity.port.in.session.ResolveViewerUseCase;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * After the signature and claims checked out, asks whether the session still stands and the user is
 * still active, and what they may do. Answered from memory, not the database.
 */
public final class ViewerAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final ResolveViewerUseCase viewers;

    public ViewerAuthenticationConverter(ResolveViewerUseCase viewers) {
        this.viewers = viewers;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        ResolveViewerQuery claims;
        try {
            claims = TokenService.accessClaims(jwt);
        } catch (IllegalArgumentException e) {
            throw new InvalidBearerTokenException("Token is invalid or expired");
        }
        return viewers.resolve(claims)
                .map(viewer -> new ViewerAuthentication(viewer, claims.sessionId()))
                .orElseThrow(() -> new InvalidBearerTokenException("Token is invalid or expired"));
    }
}
