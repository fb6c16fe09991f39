package io.github.dokploy4j.testkit;

import java.util.List;
import java.util.Map;

/** A {@code TRPCError} thrown by a procedure; {@link ErrorShape} writes the body the server's version sends for it. */
final class TrpcError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private static final Map<String, Integer> STATUS = Map.ofEntries(
            Map.entry("PARSE_ERROR", 400), Map.entry("BAD_REQUEST", 400), Map.entry("UNAUTHORIZED", 401),
            Map.entry("FORBIDDEN", 403), Map.entry("NOT_FOUND", 404), Map.entry("METHOD_NOT_SUPPORTED", 405),
            Map.entry("CONFLICT", 409), Map.entry("UNSUPPORTED_MEDIA_TYPE", 415),
            Map.entry("TOO_MANY_REQUESTS", 429), Map.entry("INTERNAL_SERVER_ERROR", 500));

    private final String code;
    private final transient List<ValidationIssue> issues;

    private TrpcError(String code, String message, List<ValidationIssue> issues) {
        super(message, null, false, false);
        this.code = code;
        this.issues = issues;
    }

    static TrpcError of(String code, String message) {
        return new TrpcError(code, message, null);
    }

    static TrpcError notFound(String message) {
        return of("NOT_FOUND", message);
    }

    static TrpcError badRequest(String message) {
        return of("BAD_REQUEST", message);
    }

    static TrpcError validation(List<ValidationIssue> issues) {
        return new TrpcError("BAD_REQUEST", "Input validation failed", List.copyOf(issues));
    }

    String code() {
        return code;
    }

    int status() {
        return STATUS.get(code);
    }

    /** The zod issues of an input validation error, or {@code null} for any other error. */
    List<ValidationIssue> issues() {
        return issues;
    }
}
