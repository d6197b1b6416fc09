package io.kamdesk.adapter.in.rest.security;

import io.kamdesk.domain.identity.Viewer;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An authenticated request: the viewer, their permissions as authorities, and their session. */
public final class ViewerAuthentication extends AbstractAuthenticationToken {

    private final Viewer viewer;
    private final UUID sessionId;

    public ViewerAuthentication(Viewer viewer, UUID sessionId) {
        super(viewer.permissions().stream()
                .map(permission -> new SimpleGrantedAuthority(permission.value()))
                .collect(Collectors.toSet()));
        this.viewer = viewer;
        this.sessionId = sessionId;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Viewer getPrincipal() {
        return viewer;
    }

    public Viewer viewer() {
        return viewer;
    }

    public UUID sessionId() {
        return sessionId;
    }

    @Override
    public String getName() {
        return viewer.username();
    }
}
