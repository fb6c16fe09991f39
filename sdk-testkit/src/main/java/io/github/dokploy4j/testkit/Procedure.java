package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;

/** One tRPC procedure as the OpenAPI adapter exposes it: a query answers GET, a mutation answers POST. */
final class Procedure {

    /** The procedure's body: returns the value to send, {@code null} for {@code undefined} (an empty 200 body). */
    interface Body {
        JsonNode call(ValidInput input);
    }

    final String path;
    final boolean mutation;
    final InputSchema input;
    final Body body;

    private Procedure(String path, boolean mutation, InputSchema input, Body body) {
        this.path = path;
        this.mutation = mutation;
        this.input = input;
        this.body = body;
    }

    static Procedure query(String path, InputSchema input, Body body) {
        return new Procedure(path, false, input, body);
    }

    static Procedure mutation(String path, InputSchema input, Body body) {
        return new Procedure(path, true, input, body);
    }

    String httpMethod() {
        return mutation ? "POST" : "GET";
    }
}
