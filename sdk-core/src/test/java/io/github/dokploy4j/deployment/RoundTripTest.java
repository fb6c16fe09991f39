package io.github.dokploy4j.deployment;

import static io.github.dokploy4j.deployment.Fixtures.MAPPER;
import static io.github.dokploy4j.deployment.Fixtures.deployments;
import static io.github.dokploy4j.deployment.Fixtures.queueJobs;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the SDK writes, it reads back to an equal value; and it writes the server's own keys and formats. */
class RoundTripTest {

    private static final List<String> RELATIONS =
            List.of("rollback", "application", "compose", "server", "buildServer");

    @ParameterizedTest
    @ValueSource(strings = {"deployment-all.json", "deployment-allCentralized.json", "deployment-allByType.json"})
    void deploymentsReadBackEqualAfterWriting(String fixture) throws Exception {
        List<Deployment> read = deployments(fixture);

        byte[] written = MAPPER.writeValueAsBytes(read);

        assertThat(MAPPER.readerForListOf(Deployment.class).<List<Deployment>>readValue(written)).isEqualTo(read);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "deployment-queueList.json", "deployment-queueList-bullmq.json", "deployment-queueList-cloud.json"})
    void queueJobsReadBackEqualAfterWriting(String fixture) throws Exception {
        List<QueueJob> read = queueJobs(fixture);

        byte[] written = MAPPER.writeValueAsBytes(read);

        assertThat(MAPPER.readerForListOf(QueueJob.class).<List<QueueJob>>readValue(written)).isEqualTo(read);
    }

    @ParameterizedTest
    @ValueSource(strings = {"deployment-all.json", "deployment-allCentralized.json", "deployment-allByType.json"})
    void deploymentsAreWrittenAsTheServerSentThemWithAbsentRelationsAsNull(String fixture) throws Exception {
        ArrayNode expected = (ArrayNode) MAPPER.readTree(Fixtures.bytes(fixture));
        expected.forEach(row -> RELATIONS.forEach(relation -> {
            if (!row.has(relation)) {
                ((ObjectNode) row).putNull(relation);
            }
        }));

        JsonNode written = MAPPER.valueToTree(deployments(fixture));

        assertThat(written).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"deployment-queueList.json", "deployment-queueList-cloud.json"})
    void queueJobsAreWrittenAsTheServerSentThemWithAbsentKeysAsNull(String fixture) throws Exception {
        JsonNode expected = MAPPER.readTree(Fixtures.bytes(fixture));

        JsonNode written = MAPPER.valueToTree(queueJobs(fixture));

        written.forEach(RoundTripTest::removeNulls);
        assertThat(written).isEqualTo(expected);
    }

    private static void removeNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> nullKeys = new ArrayList<>();
            object.properties().forEach(e -> {
                if (e.getValue().isNull()) {
                    nullKeys.add(e.getKey());
                } else {
                    removeNulls(e.getValue());
                }
            });
            object.remove(nullKeys);
        }
    }
}
