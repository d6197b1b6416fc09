package io.kamdesk.architecture_fixtures.adapter.out.persistence.identity;

import org.springframework.security.core.context.SecurityContextHolder;

/** Bad (rule 5): data scope taken from Spring Security instead of the query's viewer. */
public class RepositoryReadingSecurityContext {

    public String currentUser() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
