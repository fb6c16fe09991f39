package io.github.dokploy4j.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dokploy4j.deployment.ApplicationSummary;
import io.github.dokploy4j.deployment.ComposeSummary;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.EnvironmentSummary;
import io.github.dokploy4j.deployment.ProjectSummary;
import io.github.dokploy4j.deployment.QueueJob;
import io.github.dokploy4j.deployment.QueueJobData;
import io.github.dokploy4j.deployment.ServerSummary;
import io.github.dokploy4j.deployment.ServicePath;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hand-written deserializers read exactly what the builder binding reads: every property of each model (a model
 * that gains one fails here until its deserializer reads it), and the server's captured rows to equal objects.
 */
class HandWrittenDeserializersTest {
    private static final ObjectMapper HAND_WRITTEN = DokployObjectMapper.create();
    private static final ObjectMapper BUILDER_BINDING = DokployObjectMapper.builderBindingOnly();

    @ParameterizedTest
    @ValueSource(classes = {Deployment.class, ApplicationSummary.class, ComposeSummary.class,
        EnvironmentSummary.class, ProjectSummary.class, ServerSummary.class, QueueJob.class, QueueJobData.class,
        ServicePath.class})
    void everyPropertyOfTheModelIsReadByItsDeserializer(Class<?> model) throws IOException {
        List<BeanPropertyDefinition> properties = builderProperties(model);
        ObjectNode json = everyProperty(model);

        Object handWritten = HAND_WRITTEN.treeToValue(json, model);

        assertThat(properties).isNotEmpty();
        assertThat(rootDeserializer(model)).isInstanceOf(ModelDeserializer.class);
        assertThat(additionalProperties(handWritten).keySet()).as("properties of %s its deserializer left unread",
                model.getSimpleName()).isEmpty();
        assertThat(handWritten).isEqualTo(BUILDER_BINDING.treeToValue(json, model));
    }

    @ParameterizedTest
    @CsvSource({"deployment-all.json, Deployment", "deployment-allByType.json, Deployment",
        "deployment-allCentralized.json, Deployment", "deployment-queueList.json, QueueJob",
        "deployment-queueList-bullmq.json, QueueJob", "deployment-queueList-cloud.json, QueueJob"})
    void theServersRowsDecodeToWhatTheBuilderBindingMakes(String fixture, String model) throws Exception {
        JsonNode rows;
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream("/fixtures/" + fixture))) {
            rows = HAND_WRITTEN.readTree(in);
        }
        JavaType list = HAND_WRITTEN.getTypeFactory().constructCollectionType(List.class,
                Class.forName(Deployment.class.getPackageName() + "." + model));

        List<?> handWritten = HAND_WRITTEN.readerFor(list).readValue(rows);

        assertThat(handWritten).isNotEmpty().isEqualTo(BUILDER_BINDING.readerFor(list).readValue(rows));
    }

    @Test
    void aJobsNullServicePathIsReadAsAbsent() throws IOException {
        // The server always sends one; the builder binding would fail the whole queue on a null.
        ObjectNode job = HAND_WRITTEN.createObjectNode().put("id", "7").putNull("servicePath");
        job.set("data", HAND_WRITTEN.createObjectNode().put("titleLog", "Manual deployment").put("type", "deploy")
                .put("applicationType", "application"));

        assertThat(HAND_WRITTEN.treeToValue(job, QueueJob.class).servicePath())
                .isEqualTo(QueueJob.builder().id("7").data(HAND_WRITTEN.treeToValue(job.get("data"),
                        QueueJobData.class)).build().servicePath());
    }

    @Test
    void aJobWithoutItsRequiredDataFailsNamingIt() {
        ObjectNode job = HAND_WRITTEN.createObjectNode().put("id", "7").put("timestamp", 1781000000000L);

        assertThatThrownBy(() -> HAND_WRITTEN.treeToValue(job, QueueJob.class))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("data");
        assertThatThrownBy(() -> BUILDER_BINDING.treeToValue(job, QueueJob.class))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("data");
    }

    private static JsonDeserializer<Object> rootDeserializer(Class<?> model) throws IOException {
        DefaultDeserializationContext context = ((DefaultDeserializationContext) HAND_WRITTEN
                .getDeserializationContext()).createInstance(HAND_WRITTEN.getDeserializationConfig(), null, null);
        return context.findRootValueDeserializer(HAND_WRITTEN.constructType(model));
    }

    private static List<BeanPropertyDefinition> builderProperties(Class<?> model) {
        DeserializationConfig config = BUILDER_BINDING.getDeserializationConfig();
        BeanDescription description = config.introspect(BUILDER_BINDING.constructType(model));
        Class<?> builder = config.getAnnotationIntrospector().findPOJOBuilder(description.getClassInfo());
        BeanDescription builderDescription = config.introspectForBuilder(BUILDER_BINDING.constructType(builder),
                description);
        return builderDescription.findProperties().stream().filter(BeanPropertyDefinition::couldDeserialize)
                .filter(property -> !property.getName().equals("additionalProperties")).toList();
    }

    /**
     * An object with every property of the model: required ones and embedded models with a value, the others
     * {@code null}.
     */
    private static ObjectNode everyProperty(Class<?> model) {
        ObjectNode json = HAND_WRITTEN.createObjectNode();
        for (BeanPropertyDefinition property : builderProperties(model)) {
            Class<?> type = property.getPrimaryType().getRawClass();
            json.set(property.getName(), property.getMetadata().isRequired() || isModel(type)
                    ? sample(type) : HAND_WRITTEN.nullNode());
        }
        return json;
    }

    private static boolean isModel(Class<?> type) {
        return type.getPackage() == Deployment.class.getPackage() && !type.isEnum();
    }

    private static JsonNode sample(Class<?> type) {
        if (isModel(type)) {
            return everyProperty(type);
        }
        if (type == Instant.class) {
            return HAND_WRITTEN.getNodeFactory().textNode("2026-08-20T09:00:00.000Z");
        }
        if (type == boolean.class || type == Boolean.class) {
            return HAND_WRITTEN.getNodeFactory().booleanNode(true);
        }
        return HAND_WRITTEN.getNodeFactory().textNode("required-value");
    }

    private static Map<?, ?> additionalProperties(Object row) {
        try {
            Method accessor = row.getClass().getMethod("additionalProperties");
            accessor.setAccessible(true);
            return (Map<?, ?>) accessor.invoke(row);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
