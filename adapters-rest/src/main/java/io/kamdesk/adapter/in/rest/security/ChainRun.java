package io.kamdesk.adapter.in.rest.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;

/**
 * The rest of a filter chain run as work a use case calls back (inside its transaction): the chain's
 * checked failures are carried through as {@link Failed} and thrown again by the filter after it.
 */
final class ChainRun {

    private ChainRun() {
    }

    static void run(FilterChain chain, ServletRequest request, ServletResponse response) {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException e) {
            throw new Failed(e);
        }
    }

    /** A checked failure of the filter chain, carried through the work's transaction. */
    static final class Failed extends RuntimeException {
        Failed(Exception cause) {
            super(cause);
        }

        void rethrow() throws IOException, ServletException {
            if (getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) getCause();
        }
    }
}
