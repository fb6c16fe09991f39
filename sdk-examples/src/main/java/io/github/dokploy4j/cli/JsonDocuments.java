package io.github.dokploy4j.cli;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.dokploy4j.deployment.Rollback;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How the CLI writes the SDK's models as JSON: the server's field names (the models carry them), times as the server
 * writes them (ISO-8601 text, or epoch milliseconds where the server sends numbers: a queue job's times), and never a
 * rollback's {@code fullContext}, which holds the application's secrets.
 */
final class JsonDocuments {
    private static final ObjectMapper MAPPER = mapper();
    static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();
    static final ObjectWriter COMPACT = MAPPER.writer();
    private static final ObjectReader TREE = MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonDocuments() {
    }

    /**
     * Reads one JSON document, refusing anything after it.
     *
     * @param text the JSON
     * @return the value; never {@code null} (JSON {@code null} is a null node)
     * @throws JsonProcessingException when the text is not one JSON document (the exception's message may quote the
     *     text: never show it)
     */
    static JsonNode parse(String text) throws JsonProcessingException {
        JsonNode node = TREE.readTree(text);
        if (node == null || node.isMissingNode()) {
            throw new JsonParseException(null, "no JSON document");
        }
        return node;
    }

    private static ObjectMapper mapper() {
        SimpleModule secrets = new SimpleModule("dokploy-cli-secrets");
        secrets.setSerializerModifier(new WithoutRollbackContext());
        return new ObjectMapper()
                .registerModule(new Jdk8Module())
                .registerModule(new JavaTimeModule())
                .registerModule(secrets)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DATE_TIMESTAMPS_AS_NANOSECONDS);
    }

    private static final class WithoutRollbackContext extends BeanSerializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription description,
                List<BeanPropertyWriter> properties) {
            if (!Rollback.class.isAssignableFrom(description.getBeanClass())) {
                return properties;
            }
            return properties.stream()
                    .filter(property -> !property.getName().equals("fullContext"))
                    .collect(Collectors.toList());
        }
    }
}
