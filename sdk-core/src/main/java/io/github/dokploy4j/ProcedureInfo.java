package io.github.dokploy4j;

import io.github.dokploy4j.params.ParamsObject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One procedure of Dokploy's API as this SDK knows it from the server's OpenAPI document (v0.30.2): its name, the
 * HTTP method it is served under, and the class of its input. The escape hatch
 * ({@link RawProcedure#call(Object)}) uses it to pick GET or POST and to check an input; tools use the list, for
 * example for shell completion.
 *
 * <pre>{@code
 * for (ProcedureInfo p : ProcedureInfo.all()) {
 *     System.out.println(p.method() + " " + p.name());
 * }
 * }</pre>
 */
public final class ProcedureInfo {
    private static final Map<String, ProcedureInfo> BY_NAME = KnownProcedures.ALL.stream()
            .collect(Collectors.toUnmodifiableMap(ProcedureInfo::name, Function.identity()));

    private final String name;
    private final String method;
    private final @Nullable Class<? extends ParamsObject> inputType;
    private final @Nullable String since;
    private final @Nullable String form;

    ProcedureInfo(String name, String method, @Nullable Class<? extends ParamsObject> inputType,
            @Nullable String since, @Nullable String form) {
        this.name = name;
        this.method = method;
        this.inputType = inputType;
        this.since = since;
        this.form = form;
    }

    /**
     * Returns every procedure of the document, sorted by name.
     *
     * @return the procedures
     */
    public static List<ProcedureInfo> all() {
        return KnownProcedures.ALL;
    }

    /**
     * Returns the names of every procedure, sorted.
     *
     * @return e.g. {@code admin.setupMonitoring}, {@code ai.create}, …
     */
    public static List<String> names() {
        return KnownProcedures.ALL.stream().map(ProcedureInfo::name).toList();
    }

    /**
     * Finds a procedure by its exact name.
     *
     * @param name e.g. {@code application.one}
     * @return the procedure, or empty when the document of v0.30.2 does not have it
     */
    public static Optional<ProcedureInfo> find(String name) {
        return Optional.ofNullable(BY_NAME.get(Objects.requireNonNull(name, "name must not be null")));
    }

    /**
     * Returns the Dokploy version whose OpenAPI document this catalog was generated from.
     *
     * @return {@code v0.30.2}
     */
    public static String serverVersion() {
        return KnownProcedures.SERVER_VERSION;
    }

    /**
     * Returns the procedure's name.
     *
     * @return e.g. {@code application.one}
     */
    public String name() {
        return name;
    }

    /**
     * Returns the router, the part of the name before the dot.
     *
     * @return e.g. {@code application}
     */
    public String router() {
        return name.substring(0, name.indexOf('.'));
    }

    /**
     * Returns the HTTP method: {@code GET} for a query (input as query parameters), {@code POST} for a mutation
     * (input as a JSON body, or a multipart form for {@link #isMultipart()}).
     *
     * @return {@code GET} or {@code POST}
     */
    public String method() {
        return method;
    }

    /**
     * Tells whether the procedure is a query, sent as {@code GET}.
     *
     * @return whether it is a query
     */
    public boolean isQuery() {
        return method.equals("GET");
    }

    /**
     * Returns the class of the procedure's input.
     *
     * @return e.g. {@code ApplicationOneParams.class}; empty when the procedure takes no input, and for the
     *     multipart procedures
     */
    public Optional<Class<? extends ParamsObject>> inputType() {
        return Optional.ofNullable(inputType);
    }

    /**
     * Returns the first Dokploy version that has the procedure, where this SDK knows it.
     *
     * @return e.g. {@code v0.28.3}, or empty
     */
    public Optional<String> since() {
        return Optional.ofNullable(since);
    }

    /**
     * Tells whether the procedure takes a file as {@code multipart/form-data} ({@code application.dropDeployment},
     * {@code docker.uploadFileToContainer}); the SDK does not send those.
     *
     * @return whether it is multipart
     */
    public boolean isMultipart() {
        return form != null;
    }

    /**
     * Says how to send a multipart procedure, which this SDK refuses: with {@code curl}, one {@code -F} per part.
     *
     * @return the advice, naming the procedure's parts
     */
    public String multipartAdvice() {
        return name + " takes a file as multipart/form-data, which this SDK does not send (no silent JSON): send it"
                + " with curl -H \"x-api-key: $DOKPLOY_API_KEY\" " + form + " https://<your-dokploy>/api/" + name
                + ", or java.net.http with a multipart body";
    }

    @Override
    public String toString() {
        return method + " " + name;
    }
}
