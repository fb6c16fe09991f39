package io.github.dokploy4j.internal.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;

/**
 * The SDK's Jackson configuration, in one place. Not part of the API: this package is not exported.
 *
 * <p>What it settles:
 * <ul>
 *   <li>{@code Optional} and {@code java.time} types are understood; {@code Optional.empty()} is written as
 *       {@code null};</li>
 *   <li>unknown JSON properties never fail decoding (the models keep them in {@code additionalProperties()});</li>
 *   <li>an {@code Instant} is read from an ISO-8601 string (deployment rows) or from an integer of epoch
 *       <em>milliseconds</em> (queue jobs), and written as an ISO-8601 string unless the property asks for a number,
 *       which is then epoch milliseconds; Dokploy's own {@code toISOString()} form is read by a fast path
 *       ({@code IsoInstantDeserializer}) that gives the same results;</li>
 *   <li>every model is bound through its builder ({@code @JsonDeserialize(builder = …)}): Jackson fills the
 *       Immutables builder the model's {@code builder()} returns and calls {@code build()}, with no intermediate
 *       object; except the deployment row and the summaries it embeds, which {@code allCentralized} returns by the
 *       thousand, and the build queue's jobs: hand-written deserializers ({@code ModelDeserializers}) read those
 *       into the same builders, a test keeping them in step with the models;</li>
 *   <li>no default typing: JSON never chooses the Java class that is created.</li>
 * </ul>
 */
public final class DokployObjectMapper {

    private DokployObjectMapper() {
    }

    /**
     * Creates a mapper configured for Dokploy's JSON. Create it once and reuse it (or readers made from it, e.g.
     * {@code mapper.readerForListOf(Deployment.class)}); it is thread-safe once configured.
     *
     * @return a new mapper
     */
    public static ObjectMapper create() {
        return configured().addModule(rows()).build();
    }

    /** The same mapper without the hand-written deserializers: every model bound through its builder. */
    static ObjectMapper builderBindingOnly() {
        return configured().build();
    }

    private static JsonMapper.Builder configured() {
        return JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                // registered after JavaTimeModule, so it takes precedence for Instant
                .addModule(new SimpleModule("dokploy-instants")
                        .addDeserializer(Instant.class, new IsoInstantDeserializer()))
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
                .disable(DeserializationFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DATE_TIMESTAMPS_AS_NANOSECONDS);
    }

    private static SimpleModule rows() {
        return new SimpleModule("dokploy-rows") {
            private static final long serialVersionUID = 1L;

            @Override
            public void setupModule(SetupContext context) {
                super.setupModule(context);
                context.insertAnnotationIntrospector(new ModelDeserializers());
            }
        };
    }
}
