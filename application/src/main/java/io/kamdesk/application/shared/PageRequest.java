package io.kamdesk.application.shared;

/** A page of a list, numbered from 1. */
public record PageRequest(int number, int size) {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 10_000;

    public PageRequest {
        if (number < 1) {
            throw new IllegalArgumentException("page numbers start at 1");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page size must be between 1 and " + MAX_SIZE);
        }
    }

    public long offset() {
        return (long) (number - 1) * size;
    }
}
