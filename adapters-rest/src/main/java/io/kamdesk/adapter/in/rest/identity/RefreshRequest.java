package io.kamdesk.adapter.in.rest.identity;

/** The body of refresh and logout: a refresh token. */
record RefreshRequest(String refresh) {

    @Override
    public String toString() {
        return "RefreshRequest[...]";
    }
}
