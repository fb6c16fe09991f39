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
import java.net.URI;
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
    private final AuthScheme authScheme;

    ApiErrors(AuthScheme authScheme) {
        this.authScheme = authScheme;
    }

    DokployApiException toException(Procedure<?, ?> procedure, URI requestUri, TransportResponse response,
            @Nullable Duration retryAfter, Redactor redactor) {
        int status = response.status();
        String excerpt = redactor.excerpt(response.body());
        ErrorBody body = ErrorBody.parse(response.body());
        String serverMessage = body.message != null ? redactor.scrub(body.message) : firstLine(excerpt);
        String code = body.code;
        List<ValidationIssue> issues = scrubbed(body.issues, redactor);
        String name = procedure.name();
        String message = status >= 300 && status < 400
                ? redirectMessage(procedure, status, requestUri, response.header("location"), redactor)
                : message(procedure, status, code, serverMessage, issues, body, redactor);
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

    private static List<ValidationIssue> scrubbed(List<ValidationIssue> issues, Redactor redactor) {
        List<ValidationIssue> clean = new ArrayList<>(issues.size());
        for (ValidationIssue issue : issues) {
            clean.add(new ValidationIssue(issue.code(), issue.path(), redactor.scrub(issue.message())));
        }
        return clean;
    }

    private String message(Procedure<?, ?> procedure, int status, @Nullable String code, String serverMessage,
            List<ValidationIssue> issues, ErrorBody body, Redactor redactor) {
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
            text.append(": ").append(redactor.redact(serverMessage));
        }
        for (ValidationIssue issue : issues) {
            text.append("; ").append(issue.field()).append(": ").append(redactor.redact(issue.message()));
        }
        return text.toString();
    }

    /**
     * Names where the redirect points (origin and path only: a query may carry a token) and how to stop it. The SDK
     * never follows a redirect, since the key would go wherever it points.
     */
    private static String redirectMessage(Procedure<?, ?> procedure, int status, URI requestUri,
            Optional<String> location, Redactor redactor) {
        StringBuilder text = new StringBuilder(procedure.name()).append(" failed with HTTP ").append(status)
                .append(": the server answered with a redirect");
        URI target = location.flatMap(value -> resolve(requestUri, value)).orElse(null);
        if (target == null) {
            return text.append(" without a usable Location. The SDK does not follow redirects, so that the API key"
                    + " never goes to another address: set baseUrl to the address Dokploy is served from").toString();
        }
        String origin = target.getScheme() + "://" + target.getHost() + (target.getPort() < 0 ? ""
                : ":" + target.getPort());
        String path = target.getRawPath() == null ? "" : target.getRawPath();
        String suffix = "/api/" + procedure.name();
        String base = origin + (path.endsWith(suffix) ? path.substring(0, path.length() - suffix.length()) : "");
        boolean sameOrigin = origin.equalsIgnoreCase(requestUri.getScheme() + "://" + requestUri.getHost()
                + (requestUri.getPort() < 0 ? "" : ":" + requestUri.getPort()));
        text.append(" to ").append(redactor.redact(origin + path))
                .append(sameOrigin ? " (same origin)" : " (another origin)")
                .append(". The SDK does not follow redirects, so that the API key never goes to an address you did"
                        + " not configure: use the final address as baseUrl, e.g. baseUrl(\"")
                .append(redactor.redact(base)).append("\")");
        return text.toString();
    }

    private static Optional<URI> resolve(URI requestUri, String location) {
        try {
            URI target = requestUri.resolve(location.strip());
            return target.getScheme() != null && target.getHost() != null ? Optional.of(target) : Optional.empty();
        } catch (IllegalArgumentException unusable) {
            return Optional.empty();
        }
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
