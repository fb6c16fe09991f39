package io.github.dokploy4j.generator;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * The generator's configuration ({@code generator-config.json}): what the document cannot say. The naming rules are
 * code ({@link Names}); this file holds their exceptions and the tables.
 *
 * @param document the vendored OpenAPI document's resource name
 * @param serverVersion the Dokploy version it comes from
 * @param uncountableRouters routers whose accessor is their own name, not a plural
 * @param servicePackages routers whose service interfaces live in another package than their inputs
 * @param routersWithoutService routers whose service is entirely hand-written (only their inputs are generated)
 * @param mixins routers with hand-written methods merged into the generated service
 * @param lifecycleContext the type every hand-written base class takes in its constructor
 * @param answers typed answers, by procedure
 * @param since first Dokploy version of a procedure, where known
 * @param secrets the one rule for secret names
 */
record Config(String document, String serverVersion, List<String> uncountableRouters,
        Map<String, String> servicePackages, List<String> routersWithoutService, Map<String, Mixin> mixins,
        String lifecycleContext, Map<String, Answer> answers, Map<String, String> since, Secrets secrets) {

    static Config load() throws IOException {
        try (InputStream in = Config.class.getResourceAsStream("/generator-config.json")) {
            if (in == null) {
                throw new IOException("generator-config.json is missing from the class path");
            }
            return new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, Config.class);
        }
    }

    /**
     * Hand-written methods of a router: the generated public interface extends the hand-written one and leaves out
     * these procedures; the generated implementation extends the hand-written base class, whose constructor takes
     * the {@link Config#lifecycleContext}.
     *
     * @param sync the hand-written public interface of the synchronous service
     * @param async the same for the asynchronous one
     * @param syncBase the hand-written base class of the synchronous implementation
     * @param asyncBase the same for the asynchronous one
     * @param procedures the procedures the hand-written part covers
     */
    record Mixin(String sync, String async, String syncBase, String asyncBase, List<String> procedures) {
    }

    /**
     * A typed answer.
     *
     * @param kind {@code object}, {@code list} or {@code boolean}
     * @param type the row type (fully qualified) for {@code object} and {@code list}
     * @param what what the answer is, for Javadoc and messages, e.g. {@code "the new project"}
     */
    record Answer(String kind, String type, String what) {
    }

    /**
     * What is secret: a name containing one of the fragments, or equal to one of the exact names (both lower case).
     *
     * @param fragments e.g. {@code password}
     * @param exact e.g. {@code env}
     */
    record Secrets(List<String> fragments, List<String> exact) {
    }
}
