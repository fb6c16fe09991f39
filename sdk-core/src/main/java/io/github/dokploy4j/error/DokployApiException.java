package io.github.dokploy4j.error;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The server answered with a status outside 2xx. Subclasses exist for the statuses a caller usually handles
 * differently (400, 401, 403, 404, 429, 5xx); every other status (3xx, 409, 415, …) is a plain
 * {@code DokployApiException}.
 *
 * <p>Dokploy's error body is {@code {"message", "code", "data":{"code","httpStatus","path","zodError"}, "issues"}}.
 * Every part is optional here: servers up to v0.27 send no {@code data}, a malformed request gets the plain text
 * {@code Invalid JSON}, and a reverse proxy may answer with an HTML page. The exception then still carries the status
 * and a short excerpt of the body.
 */
public class DokployApiException extends DokployException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final @Nullable String code;
    private final String serverMessage;
    private final String procedure;
    private final List<ValidationIssue> issues;
    private final String responseBody;

    /**
     * Creates an exception for an error answer.
     *
     * @param message the full message, naming the procedure and the status; must not contain secrets
     * @param status the HTTP status
     * @param code the tRPC error code such as {@code NOT_FOUND}, or {@code null} when the body had none
     * @param serverMessage the server's {@code message}, or a short excerpt when the body was not JSON
     * @param procedure the procedure that was called, e.g. {@code deployment.all}
     * @param issues the validation issues, possibly empty
     * @param responseBody a bounded, redacted excerpt of the response body
     */
    public DokployApiException(String message, int status, @Nullable String code, String serverMessage,
            String procedure, List<ValidationIssue> issues, String responseBody) {
        super(message);
        this.status = status;
        this.code = code;
        this.serverMessage = serverMessage;
        this.procedure = procedure;
        this.issues = List.copyOf(issues);
        this.responseBody = responseBody;
    }

    /**
     * Returns the HTTP status of the answer.
     *
     * @return the status, e.g. 404
     */
    public int status() {
        return status;
    }

    /**
     * Returns the tRPC error code of the body, e.g. {@code "NOT_FOUND"} or {@code "BAD_REQUEST"}.
     *
     * @return the code, or empty when the body carried none (the plain 401 of a failed authentication, plain-text
     *     and HTML bodies)
     */
    public Optional<String> code() {
        return Optional.ofNullable(code);
    }

    /**
     * Returns the server's own message as it sent it, e.g. {@code "Deployment not found"}, line breaks and all (a
     * failed {@code killProcess} answers a three-line message), with every secret the client knows (the API key,
     * default header values) replaced by a placeholder; for bodies that are not JSON, the first line of a short
     * excerpt. {@link #getMessage()} quotes it with control characters escaped and cut to a bounded length.
     *
     * @return the server's message, never null
     */
    public String serverMessage() {
        return serverMessage;
    }

    /**
     * Returns the procedure that was called.
     *
     * @return the procedure name, e.g. {@code "deployment.killProcess"}
     */
    public String procedure() {
        return procedure;
    }

    /**
     * Returns the input validation issues the server reported ({@code "Input validation failed"}).
     *
     * @return the issues, empty for errors that are not validation errors
     */
    public List<ValidationIssue> issues() {
        return issues;
    }

    /**
     * Returns a bounded excerpt of the response body with secrets removed, for logs and diagnostics.
     *
     * @return the excerpt, possibly empty
     */
    public String responseBody() {
        return responseBody;
    }
}
