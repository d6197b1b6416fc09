package io.kamdesk.application.shared;

import java.util.Objects;
import java.util.function.Function;

/**
 * One field of a partial update: absent (leave the stored value), or present with a value that may
 * be null (clear it). PATCH needs the difference that {@code Optional} cannot express.
 */
public final class Patch<T> {

    private static final Patch<?> ABSENT = new Patch<>(false, null);

    private final boolean present;
    private final T value;

    private Patch(boolean present, T value) {
        this.present = present;
        this.value = value;
    }

    @SuppressWarnings("unchecked")
    public static <T> Patch<T> absent() {
        return (Patch<T>) ABSENT;
    }

    public static <T> Patch<T> of(T value) {
        return new Patch<>(true, value);
    }

    public boolean isPresent() {
        return present;
    }

    /** The value sent, possibly null; only meaningful when {@link #isPresent()}. */
    public T value() {
        return value;
    }

    /** The value sent, or {@code stored} when the field was absent. */
    public T orElse(T stored) {
        return present ? value : stored;
    }

    public <R> Patch<R> map(Function<T, R> mapper) {
        return present ? Patch.of(value == null ? null : mapper.apply(value)) : absent();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Patch<?> patch && present == patch.present && Objects.equals(value, patch.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(present, value);
    }

    @Override
    public String toString() {
        return present ? "Patch[" + value + "]" : "Patch[absent]";
    }
}
