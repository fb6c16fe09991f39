package io.github.dokploy4j.error;

import java.util.List;
import java.util.Objects;

/**
 * One input validation problem reported by the server (a zod issue), for example
 * {@code code="invalid_value", path=["type"], message="Invalid option: expected one of …"}.
 *
 * @param code the zod issue code, e.g. {@code invalid_type}, {@code too_small}, {@code invalid_value}; {@code ""}
 *     when the server sent none
 * @param path the path of the offending input field, e.g. {@code ["applicationId"]}; empty for the whole input
 * @param message the server's human-readable text
 */
public record ValidationIssue(String code, List<String> path, String message) {
    /**
     * Creates an issue; the path is copied.
     *
     * @param code the zod issue code
     * @param path the path of the offending field
     * @param message the server's text
     */
    public ValidationIssue {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        path = List.copyOf(path);
    }

    /**
     * Returns the path joined with dots, e.g. {@code "applicationId"}, or {@code "(input)"} for an empty path.
     *
     * @return a readable form of {@link #path()}
     */
    public String field() {
        return path.isEmpty() ? "(input)" : String.join(".", path);
    }
}
