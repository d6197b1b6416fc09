package io.kamdesk.adapter.in.rest.shared;

/** A list's query parameter is unusable: an unknown ordering or filter value, a bad page. */
public class ListParameterException extends RuntimeException {

    private final String parameter;
    private final boolean invalidPage;

    private ListParameterException(String parameter, String message, boolean invalidPage) {
        super(message);
        this.parameter = parameter;
        this.invalidPage = invalidPage;
    }

    public static ListParameterException badValue(String parameter, String message) {
        return new ListParameterException(parameter, message, false);
    }

    /** A page past the last one: DRF answers 404 "Invalid page.", and so do we. */
    public static ListParameterException pageOutOfRange() {
        return new ListParameterException("page", "Invalid page.", true);
    }

    public String parameter() {
        return parameter;
    }

    public boolean isInvalidPage() {
        return invalidPage;
    }
}
