package io.kamdesk.architecture_fixtures.adapter.out.persistence.identity;

import org.springframework.http.HttpStatus;

/** Bad (rule 5): an HTTP status chosen in persistence. */
public class RepositoryUsingHttpStatus {

    public HttpStatus notFound() {
        return HttpStatus.NOT_FOUND;
    }
}
