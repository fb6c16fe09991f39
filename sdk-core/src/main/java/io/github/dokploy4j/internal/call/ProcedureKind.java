package io.github.dokploy4j.internal.call;

/** How a tRPC procedure is exposed over Dokploy's REST adapter. */
public enum ProcedureKind {
    /** A tRPC query: {@code GET} with flat query parameters. */
    QUERY("GET"),
    /** A tRPC mutation: {@code POST} with a JSON body. */
    MUTATION("POST");

    private final String method;

    ProcedureKind(String method) {
        this.method = method;
    }

    /**
     * Returns the HTTP method Dokploy routes this kind under (any other method gets 404).
     *
     * @return {@code GET} or {@code POST}
     */
    public String method() {
        return method;
    }
}
