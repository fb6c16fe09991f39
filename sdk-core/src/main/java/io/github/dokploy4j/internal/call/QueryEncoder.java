package io.github.dokploy4j.internal.call;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns the input of a query into the query string of its {@code GET} request. Dokploy's REST adapter reads flat
 * parameters named after the input's fields; numbers and booleans are coerced by the server.
 *
 * @param <I> the input type
 */
@FunctionalInterface
public interface QueryEncoder<I> {
    /**
     * Encodes the input.
     *
     * @param input the input; {@code null} for a query without input
     * @return the query without the leading {@code ?}, empty for none
     * @throws IllegalArgumentException when the input holds a value that a query parameter cannot carry
     */
    String encode(@Nullable I input);

    /**
     * The encoder of a query that takes no input.
     *
     * @return an encoder that always answers the empty query
     */
    static QueryEncoder<Void> none() {
        return input -> "";
    }

    /**
     * The encoder of an input whose JSON form is an object of scalars (a record, a generated {@code …Params} value):
     * one parameter per field, {@code null} fields left out, lists as repeated parameters.
     *
     * @param <I> the input type
     * @return the encoder
     */
    static <I> QueryEncoder<I> fields() {
        return FieldQuery::encode;
    }

    /**
     * The encoder of the escape hatch's {@code Map} of parameters; see {@link QueryString}.
     *
     * @return the encoder
     */
    static QueryEncoder<Map<String, ?>> map() {
        return params -> params == null ? "" : QueryString.encode(params);
    }
}
