package io.github.dokploy4j.internal.call;

import java.util.Objects;

/** The checks every public method runs before it sends anything, with messages that name the parameter. */
public final class Arguments {
    private Arguments() {
    }

    /**
     * Requires a non-null, non-blank id.
     *
     * @param value the id
     * @param name the parameter's name
     * @return the id
     * @throws NullPointerException when it is null
     * @throws IllegalArgumentException when it is empty or only white space
     */
    public static String requireId(String value, String name) {
        Objects.requireNonNull(value, () -> name + " must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    /**
     * Requires a non-null value.
     *
     * @param value the value
     * @param name the parameter's name
     * @param <T> its type
     * @return the value
     * @throws NullPointerException when it is null
     */
    public static <T> T requireNonNull(T value, String name) {
        return Objects.requireNonNull(value, () -> name + " must not be null");
    }

    /**
     * Requires a number within a closed range.
     *
     * @param value the number
     * @param min the smallest allowed
     * @param max the largest allowed
     * @param name the parameter's name
     * @return the number
     * @throws IllegalArgumentException when it is outside the range
     */
    public static int requireRange(int value, int min, int max, String name) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }
}
