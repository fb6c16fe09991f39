package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** A {@code TRPCError} thrown by a procedure, and the error body the OpenAPI adapter makes of it (server-facts §3). */
final class TrpcError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private static final Map<String, Integer> STATUS = Map.ofEntries(
            Map.entry("PARSE_ERROR", 400), Map.entry("BAD_REQUEST", 400), Map.entry("UNAUTHORIZED", 401),
            Map.entry("FORBIDDEN", 403), Map.entry("NOT_FOUND", 404), Map.entry("METHOD_NOT_SUPPORTED", 405),
            Map.entry("CONFLICT", 409), Map.entry("UNSUPPORTED_MEDIA_TYPE", 415),
            Map.entry("TOO_MANY_REQUESTS", 429), Map.entry("INTERNAL_SERVER_ERROR", 500));

    private final String code;
    private final transient ArrayNode issues;

    private TrpcError(String code, String message, ArrayNode issues) {
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

    static TrpcError validation(ArrayNode issues) {
        return new TrpcError("BAD_REQUEST", "Input validation failed", issues);
    }

    int status() {
        return STATUS.get(code);
    }

    /**
     * The body: {@code message, code, data{code, httpStatus, path?, zodError}, issues?}.
     *
     * @param procedurePath the matched procedure, or {@code null} when none matched (then {@code data.path} is left out)
     */
    ObjectNode toBody(String procedurePath) {
        ObjectNode body = WireJson.object();
        body.put("message", getMessage());
        body.put("code", code);
        ObjectNode data = body.putObject("data");
        data.put("code", code);
        data.put("httpStatus", status());
        if (procedurePath != null) {
            data.put("path", procedurePath);
        }
        if (issues == null) {
            data.putNull("zodError");
        } else {
            ObjectNode zodError = data.putObject("zodError");
            ArrayNode formErrors = zodError.putArray("formErrors");
            ObjectNode fieldErrors = zodError.putObject("fieldErrors");
            issues.forEach(issue -> {
                if (issue.get("path").isEmpty()) {
                    formErrors.add(issue.get("message").textValue());
                } else {
                    String field = issue.get("path").get(0).asText();
                    ArrayNode messages = fieldErrors.has(field)
                            ? (ArrayNode) fieldErrors.get(field) : fieldErrors.putArray(field);
                    messages.add(issue.get("message").textValue());
                }
            });
            body.set("issues", issues);
        }
        return body;
    }
}
