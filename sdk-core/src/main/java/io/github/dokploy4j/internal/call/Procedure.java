package io.github.dokploy4j.internal.call;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One Dokploy procedure declared as data: its name, whether it is a query or a mutation, how its answer is decoded,
 * and the Dokploy version that introduced it (for the message of a 404 on older servers).
 *
 * @param <O> what a call returns
 */
public final class Procedure<O> {
    private final String name;
    private final ProcedureKind kind;
    private final ResponseDecoder<O> decoder;
    private final @Nullable String since;

    private Procedure(String name, ProcedureKind kind, ResponseDecoder<O> decoder, @Nullable String since) {
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.decoder = Objects.requireNonNull(decoder, "decoder");
        this.since = since;
    }

    /**
     * Declares a query ({@code GET}).
     *
     * @param name the procedure, e.g. {@code deployment.all}
     * @param decoder how to read the answer
     * @param <O> the answer type
     * @return the declaration
     */
    public static <O> Procedure<O> query(String name, ResponseDecoder<O> decoder) {
        return new Procedure<>(name, ProcedureKind.QUERY, decoder, null);
    }

    /**
     * Declares a mutation ({@code POST}).
     *
     * @param name the procedure, e.g. {@code deployment.killProcess}
     * @param decoder how to read the answer
     * @param <O> the answer type
     * @return the declaration
     */
    public static <O> Procedure<O> mutation(String name, ResponseDecoder<O> decoder) {
        return new Procedure<>(name, ProcedureKind.MUTATION, decoder, null);
    }

    /**
     * Returns the same declaration noting the first Dokploy version that has the procedure.
     *
     * @param version e.g. {@code v0.29.6}
     * @return a copy with the version
     */
    public Procedure<O> since(String version) {
        return new Procedure<>(name, kind, decoder, version);
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
     * @return e.g. {@code v0.29.6}
     */
    public Optional<String> since() {
        return Optional.ofNullable(since);
    }

    @Override
    public String toString() {
        return kind.method() + " " + name;
    }
}
