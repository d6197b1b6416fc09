package io.kamdesk.adapter.in.rest.shared;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The caller's address as the container sees it. Behind a proxy, set
 * {@code server.forward-headers-strategy} so that this is the client's, not the proxy's.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        return address == null || address.isBlank() ? "unknown" : address;
    }
}
