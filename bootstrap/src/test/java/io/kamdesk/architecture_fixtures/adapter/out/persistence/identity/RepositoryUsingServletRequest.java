package io.kamdesk.architecture_fixtures.adapter.out.persistence.identity;

import jakarta.servlet.http.HttpServletRequest;

/** Bad (rule 5): the HTTP request below the REST edge. */
public class RepositoryUsingServletRequest {

    public String clientAddress(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
