package io.kamdesk.adapter.in.rest.shared;

/** A request body went over the configured limit while being read. */
public class PayloadTooLargeException extends RuntimeException {

    public static final String CODE = "payload_too_large";

    public PayloadTooLargeException(long maxBytes) {
        super("The request body is too large; the limit is " + maxBytes + " bytes.");
    }
}
