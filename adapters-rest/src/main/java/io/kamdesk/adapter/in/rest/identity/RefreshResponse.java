package io.kamdesk.adapter.in.rest.identity;

record RefreshResponse(String access, String refresh) {
}
