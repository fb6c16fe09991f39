package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The error body of the OpenAPI adapter, which changed with tRPC v11 in Dokploy v0.28.0 (server-facts §3). */
enum ErrorShape {

    /** Up to v0.27.x: {@code {message, code, issues?}}, no {@code data}, zod 3 issues (measured on v0.27.0). */
    TRPC_10_ZOD_3 {
        @Override
        ObjectNode body(TrpcError error, String procedurePath) {
            ObjectNode body = WireJson.object();
            body.put("message", error.getMessage());
            body.put("code", error.code());
            if (error.issues() != null) {
                ArrayNode issues = body.putArray("issues");
                error.issues().forEach(issue -> issues.add(Zod3IssueJson.render(issue)));
            }
            return body;
        }
    },

    /**
     * From v0.28.0: {@code {message, code, data{code, httpStatus, path?, zodError}, issues?}} with zod 4 issues and
     * {@code data.zodError} as {@code ZodError.flatten()}.
     */
    TRPC_11_ZOD_4 {
        @Override
        ObjectNode body(TrpcError error, String procedurePath) {
            ObjectNode body = WireJson.object();
            body.put("message", error.getMessage());
            body.put("code", error.code());
            ObjectNode data = body.putObject("data");
            data.put("code", error.code());
            data.put("httpStatus", error.status());
            if (procedurePath != null) {
                data.put("path", procedurePath);
            }
            if (error.issues() == null) {
                data.putNull("zodError");
                return body;
            }
            ArrayNode issues = WireJson.array();
            error.issues().forEach(issue -> issues.add(Zod4IssueJson.render(issue)));
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
            return body;
        }
    };

    /**
     * The body for {@code error}.
     *
     * @param procedurePath the matched procedure, or {@code null} when none matched
     */
    abstract ObjectNode body(TrpcError error, String procedurePath);
}
