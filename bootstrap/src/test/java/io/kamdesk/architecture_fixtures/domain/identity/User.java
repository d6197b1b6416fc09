package io.kamdesk.architecture_fixtures.domain.identity;

public record User(long id, String email) {
}
