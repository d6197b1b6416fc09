package io.kamdesk.adapter.in.rest.identity;

record LoginResponse(String refresh, String access, User user) {

    record User(long id, String email, String username) {
    }
}
