package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code /api/*} route, with its checks in the server's order: Next.js's body parser (413, then 400 "Invalid
 * JSON" as plain text), Dokploy's {@code validateRequest} (the plain 401), then the OpenAPI adapter (HEAD → 204, no
 * procedure for this method and path → 404 "Not found", POST content type → 415, zod input → 400) and the procedure.
 */
final class ApiHandler {

    static final int BODY_LIMIT = 1024 * 1024;

    private final FakeState state;
    private final ApiKeyGate keys;
    private final ProcedureTable procedures;
    private final ErrorShape errorShape;

    ApiHandler(FakeState state, ApiKeyGate keys, DeploymentWorker worker) {
        this.state = state;
        this.keys = keys;
        this.procedures = new ProcedureTable(state.versions);
        this.errorShape = state.versions.errorShape();
        ResourceRemoval removal = new ResourceRemoval(state, worker);
        new DeploymentRouter(state).register(procedures);
        ServiceRouter.applications(state, worker).register(procedures);
        ServiceRouter.composes(state, worker).register(procedures);
        new ProjectRouter(state, removal).register(procedures);
        new EnvironmentRouter(state, removal).register(procedures);
        new ApplicationRouter(state, removal).register(procedures);
        new ComposeRouter(state, removal).register(procedures);
        new DomainRouter(state, removal).register(procedures);
        new RollbackRouter(state).register(procedures);
        new PreviewDeploymentRouter(state, worker).register(procedures);
        String version = state.versions.version().toString();
        procedures.add(Procedure.query("settings.getDokployVersion", null, input -> TextNode.valueOf(version)));
    }

    ApiResponse handle(RecordedRequest request, byte[] body, boolean bodyTooLarge) {
        if (bodyTooLarge) {
            return ApiResponse.bare(413, "Body exceeded 1mb limit");
        }
        String contentType = request.header("content-type").orElse(null);
        JsonNode parsedBody;
        String text = new String(body, StandardCharsets.UTF_8);
        if (isJsonMediaType(contentType)) {
            try {
                parsedBody = text.isEmpty() ? WireJson.object() : WireJson.parse(text);
            } catch (JsonProcessingException e) {
                return ApiResponse.bare(400, "Invalid JSON");
            }
        } else {
            parsedBody = TextNode.valueOf(text);
        }
        if (!keys.verify(apiKey(request), 2)) {
            return new ApiResponse(401, "application/json; charset=utf-8", "{\"message\":\"Unauthorized\"}");
        }
        if ("HEAD".equals(request.method())) {
            return ApiResponse.bare(204, "");
        }
        String path = request.path().substring("/api/".length());
        Procedure procedure = procedures.match(request.method(), path);
        if (procedure == null) {
            return error(TrpcError.notFound("Not found"), null);
        }
        try {
            if (procedure.mutation) {
                if (contentType == null) {
                    throw TrpcError.of("UNSUPPORTED_MEDIA_TYPE", "Missing content-type header");
                }
                if (!contentType.startsWith("application/json")) {
                    throw TrpcError.of("UNSUPPORTED_MEDIA_TYPE", "Unsupported content-type \"" + contentType + "\"");
                }
            }
            JsonNode rawInput = procedure.mutation ? parsedBody : queryInput(request.queryParams());
            JsonNode result;
            synchronized (state) {
                ValidInput input = procedure.input == null ? ValidInput.NONE : procedure.input.parse(rawInput);
                result = procedure.body.call(input);
            }
            return ApiResponse.json(200, result == null ? "" : WireJson.write(result));
        } catch (TrpcError e) {
            return error(e, procedure.path);
        }
    }

    private ApiResponse error(TrpcError error, String procedurePath) {
        return ApiResponse.json(error.status(), WireJson.write(errorShape.body(error, procedurePath)));
    }

    /** Node joins repeated headers with ", ", which no key survives. */
    private static String apiKey(RecordedRequest request) {
        List<String> values = request.headers().get("x-api-key");
        return values == null || values.isEmpty() ? null : String.join(", ", values);
    }

    /** Next.js parses JSON for {@code application/json} and {@code application/ld+json}, in any case. */
    private static boolean isJsonMediaType(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || type.equals("application/ld+json");
    }

    /** The adapter's flat query input: an empty value is missing, a repeated name becomes an array. */
    private static JsonNode queryInput(Map<String, List<String>> params) {
        ObjectNode input = WireJson.object();
        params.forEach((name, values) -> {
            if (values.size() > 1) {
                values.forEach(input.putArray(name)::add);
            } else if (!values.get(0).isEmpty()) {
                input.put(name, values.get(0));
            }
        });
        return input;
    }
}
