package io.github.dokploy4j.internal.call;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dokploy4j.AuthScheme;
import io.github.dokploy4j.error.BadRequestException;
import io.github.dokploy4j.error.DokployApiException;
import io.github.dokploy4j.error.ForbiddenException;
import io.github.dokploy4j.error.NotFoundException;
import io.github.dokploy4j.error.RateLimitedException;
import io.github.dokploy4j.error.ServerErrorException;
import io.github.dokploy4j.error.UnauthorizedException;
import io.github.dokploy4j.error.ValidationIssue;
import io.github.dokploy4j.internal.http.TransportResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns a non-2xx answer into the typed exception of its status. Every part of Dokploy's error body
 * ({@code message, code, data{code, httpStatus, path, zodError}, issues}) is optional; bodies that are not JSON
 * (plain-text {@code Invalid JSON}, a proxy's HTML page) still give the status and an excerpt.
 */
final class ApiErrors {
    private final Redactor redactor;
    private final AuthScheme authScheme;

    ApiErrors(Redactor redactor, AuthScheme authScheme) {
        this.redactor = redactor;
        this.authScheme = authScheme;
    }

    DokployApiException toException(Procedure<?> procedure, TransportResponse response,
            @Nullable Duration retryAfter) {
        int status = response.status();
        String excerpt = redactor.excerpt(response.body());
        ErrorBody body = ErrorBody.parse(response.body());
        String serverMessage = body.message != null ? redactor.redact(body.message) : firstLine(excerpt);
        String code = body.code;
        List<ValidationIssue> issues = body.issues;
        String name = procedure.name();
        String message = message(procedure, status, code, serverMessage, issues, body);
        switch (status) {
            case 400:
                return new BadRequestException(message, status, code, serverMessage, name, issues, excerpt);
            case 401:
                return new UnauthorizedException(message, status, code, serverMessage, name, issues, excerpt);
            case 403:
                return new ForbiddenException(message, status, code, serverMessage, name, issues, excerpt);
            case 404:
                return new NotFoundException(message, status, code, serverMessage, name, issues, excerpt,
                        isUnknownRoute(body));
            case 429:
                return new RateLimitedException(message, status, code, serverMessage, name, issues, excerpt,
                        retryAfter);
            default:
                return status >= 500
                        ? new ServerErrorException(message, status, code, serverMessage, name, issues, excerpt)
                        : new DokployApiException(message, status, code, serverMessage, name, issues, excerpt);
        }
    }

    private String message(Procedure<?> procedure, int status, @Nullable String code, String serverMessage,
            List<ValidationIssue> issues, ErrorBody body) {
        StringBuilder text = new StringBuilder(procedure.name()).append(" failed with HTTP ").append(status);
        if (code != null) {
            text.append(' ').append(code);
        }
        if (status == 401 && code == null) {
            text.append(": authentication failed. The API key is missing, wrong, disabled or expired, or it has used"
                    + " up its rate-limit budget (keys created through the API without rateLimitEnabled:false allow"
                    + " 10 verifications a day and every request spends two); Dokploy gives the same answer for all"
                    + " of these");
            if (authScheme == AuthScheme.BEARER) {
                text.append(". This client sends 'Authorization: Bearer', which Dokploy ignores since v0.19.0:"
                        + " use AuthScheme.X_API_KEY");
            }
            return text.toString();
        }
        if (status == 404 && isUnknownRoute(body)) {
            text.append(": this procedure does not exist on this server (older Dokploy?");
            procedure.since().ifPresent(v -> text.append(" ").append(procedure.name())
                    .append(" exists since Dokploy ").append(v));
            return text.append(')').toString();
        }
        if (!serverMessage.isEmpty()) {
            text.append(": ").append(serverMessage);
        }
        for (ValidationIssue issue : issues) {
            text.append("; ").append(issue.field()).append(": ").append(redactor.redact(issue.message()));
        }
        return text.toString();
    }

    private static boolean isUnknownRoute(ErrorBody body) {
        return "Not found".equals(body.message) && body.path == null && body.issues.isEmpty();
    }

    /** The excerpt escapes line breaks as {@code \\r} and {@code \\n}; the server's message is its first line. */
    private static String firstLine(String excerpt) {
        return excerpt.split("\\\\[rn]", 2)[0].strip();
    }

    /** The parts of an error body, each absent when the body lacks it or is not JSON. */
    private static final class ErrorBody {
        final @Nullable String message;
        final @Nullable String code;
        final @Nullable String path;
        final List<ValidationIssue> issues;

        private ErrorBody(@Nullable String message, @Nullable String code, @Nullable String path,
                List<ValidationIssue> issues) {
            this.message = message;
            this.code = code;
            this.path = path;
            this.issues = issues;
        }

        static ErrorBody parse(byte[] bytes) {
            JsonNode root = readObject(bytes);
            if (root == null) {
                return new ErrorBody(null, null, null, List.of());
            }
            JsonNode data = root.path("data");
            String code = text(root.get("code")).or(() -> text(data.get("code"))).orElse(null);
            return new ErrorBody(text(root.get("message")).orElse(null), code, text(data.get("path")).orElse(null),
                    issues(root.get("issues")));
        }

        private static @Nullable JsonNode readObject(byte[] bytes) {
            try {
                JsonNode node = WireJson.MAPPER.readTree(bytes);
                return node != null && node.isObject() ? node : null;
            } catch (java.io.IOException notJson) {
                return null;
            }
        }

        private static Optional<String> text(@Nullable JsonNode node) {
            return node != null && node.isTextual() ? Optional.of(node.textValue()) : Optional.empty();
        }

        private static List<ValidationIssue> issues(@Nullable JsonNode node) {
            if (node == null || !node.isArray()) {
                return List.of();
            }
            List<ValidationIssue> issues = new ArrayList<>();
            for (JsonNode issue : node) {
                List<String> path = new ArrayList<>();
                for (JsonNode segment : issue.path("path")) {
                    path.add(segment.asText());
                }
                issues.add(new ValidationIssue(issue.path("code").asText(""), path,
                        issue.path("message").asText("")));
            }
            return issues;
        }
    }
}
