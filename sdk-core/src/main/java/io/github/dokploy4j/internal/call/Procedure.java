package io.github.dokploy4j.internal.call;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One Dokploy procedure declared as data: its name, whether it is a query ({@code GET} with its input as query
 * parameters) or a mutation ({@code POST} with its input as a JSON body), how its input is encoded, how its answer is
 * decoded, and the Dokploy version that introduced it (for the message of a 404 on older servers). The kind follows
 * from the factory used, and a query can only be declared with a {@link QueryEncoder}, a mutation only with a
 * {@link BodyEncoder}: the pairing is settled when the declaration is built.
 *
 * <pre>{@code
 * static final Procedure<ProjectOneParams, Project> ONE =
 *         Procedure.query("project.one", QueryEncoder.fields(), ResponseDecoders.object(Project.class, "a project"));
 * }</pre>
 *
 * @param <I> the input type ({@link Void} for a procedure without input)
 * @param <O> what a call returns
 */
public final class Procedure<I, O> {
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)+");

    private final String name;
    private final ProcedureKind kind;
    private final @Nullable QueryEncoder<? super I> query;
    private final @Nullable BodyEncoder<? super I> body;
    private final ResponseDecoder<O> decoder;
    private final @Nullable String since;

    private Procedure(String name, ProcedureKind kind, @Nullable QueryEncoder<? super I> query,
            @Nullable BodyEncoder<? super I> body, ResponseDecoder<O> decoder, @Nullable String since) {
        this.name = checkName(name);
        this.kind = kind;
        this.query = query;
        this.body = body;
        this.decoder = Objects.requireNonNull(decoder, "decoder");
        this.since = since;
    }

    /**
     * Declares a query ({@code GET}).
     *
     * @param name the procedure, e.g. {@code deployment.all}
     * @param input how the input becomes query parameters
     * @param output how the answer is read
     * @param <I> the input type
     * @param <O> the answer type
     * @return the declaration
     * @throws IllegalArgumentException when the name is not {@code <router>.<procedure>}
     */
    public static <I, O> Procedure<I, O> query(String name, QueryEncoder<? super I> input, ResponseDecoder<O> output) {
        return new Procedure<>(name, ProcedureKind.QUERY, Objects.requireNonNull(input, "input"), null, output, null);
    }

    /**
     * Declares a mutation ({@code POST}).
     *
     * @param name the procedure, e.g. {@code deployment.killProcess}
     * @param input how the input becomes the JSON body
     * @param output how the answer is read
     * @param <I> the input type
     * @param <O> the answer type
     * @return the declaration
     * @throws IllegalArgumentException when the name is not {@code <router>.<procedure>}
     */
    public static <I, O> Procedure<I, O> mutation(String name, BodyEncoder<? super I> input,
            ResponseDecoder<O> output) {
        return new Procedure<>(name, ProcedureKind.MUTATION, null, Objects.requireNonNull(input, "input"), output,
                null);
    }

    /**
     * Returns the same declaration noting the first Dokploy version that has the procedure.
     *
     * @param version e.g. {@code v0.29.5}
     * @return a copy with the version
     */
    public Procedure<I, O> since(String version) {
        return new Procedure<>(name, kind, query, body, decoder, Objects.requireNonNull(version, "version"));
    }

    /**
     * Checks a procedure name: {@code <router>.<procedure>}, letters, digits and underscores only, so a name can only
     * ever address a procedure under {@code /api/}.
     *
     * @param name the name
     * @return the name
     * @throws NullPointerException when it is null
     * @throws IllegalArgumentException when it is not of that form
     */
    public static String checkName(String name) {
        Objects.requireNonNull(name, "name must not be null");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("name must be a procedure such as \"application.one\""
                    + " (<router>.<procedure>), was \"" + name + "\"");
        }
        return name;
    }

    /**
     * Returns the procedure's name.
     *
     * @return e.g. {@code deployment.all}
     */
    public String name() {
        return name;
    }

    /**
     * Returns whether it is a query or a mutation.
     *
     * @return the kind
     */
    public ProcedureKind kind() {
        return kind;
    }

    /**
     * Returns how the answer is decoded.
     *
     * @return the decoder
     */
    public ResponseDecoder<O> decoder() {
        return decoder;
    }

    /**
     * Returns the first Dokploy version that has this procedure, when known.
     *
     * @return e.g. {@code v0.29.5}
     */
    public Optional<String> since() {
        return Optional.ofNullable(since);
    }

    /**
     * Encodes a query's input.
     *
     * @param input the input
     * @return the query string without {@code ?}, empty for none
     * @throws IllegalStateException when this is a mutation
     * @throws IllegalArgumentException when the input cannot be encoded, naming this procedure
     */
    public String encodeQuery(@Nullable I input) {
        if (query == null) {
            throw new IllegalStateException(name + " is a mutation: it has a body, not a query");
        }
        try {
            return query.encode(input);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the input of " + name + " cannot be sent: " + e.getMessage(), e);
        }
    }

    /**
     * Encodes a mutation's input.
     *
     * @param input the input
     * @return the JSON body
     * @throws IllegalStateException when this is a query
     * @throws IllegalArgumentException when the input cannot be encoded, naming this procedure
     */
    public byte[] encodeBody(@Nullable I input) {
        if (body == null) {
            throw new IllegalStateException(name + " is a query: it has query parameters, not a body");
        }
        try {
            return body.encode(input);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the input of " + name + " cannot be sent: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return kind.method() + " " + name;
    }
}
