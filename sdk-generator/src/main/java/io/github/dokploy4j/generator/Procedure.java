package io.github.dokploy4j.generator;

/**
 * One procedure of the document.
 *
 * @param name e.g. {@code project.create}
 * @param router e.g. {@code project}
 * @param procedure e.g. {@code create}
 * @param kind how it is called
 * @param input its input, {@code null} when it takes none
 */
record Procedure(String name, String router, String procedure, Kind kind, Schema.Obj input) {

    /** How a procedure is called. */
    enum Kind {
        /** GET with query parameters. */
        QUERY("GET"),
        /** POST with a JSON body. */
        MUTATION("POST"),
        /** POST with a multipart/form-data body (a file upload). */
        MULTIPART("POST");

        final String method;

        Kind(String method) {
            this.method = method;
        }
    }

    boolean takesInput() {
        return input != null;
    }

    /** Whether the procedure has a generated {@code …Params} class: it takes JSON or query input. */
    boolean hasParamsClass() {
        return takesInput() && kind() != Kind.MULTIPART;
    }
}
