package io.github.dokploy4j.deployment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dokploy4j.internal.json.DokployObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

/** Server-shaped bodies from {@code src/test/resources/fixtures}, read the way the engine reads them. */
final class Fixtures {

    static final ObjectMapper MAPPER = DokployObjectMapper.create();
    private static final ObjectReader DEPLOYMENTS = MAPPER.readerForListOf(Deployment.class);
    private static final ObjectReader QUEUE_JOBS = MAPPER.readerForListOf(QueueJob.class);

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Deployment> deployments(String name) {
        try {
            return DEPLOYMENTS.readValue(bytes(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<QueueJob> queueJobs(String name) {
        try {
            return QUEUE_JOBS.readValue(bytes(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first row of {@code name} (a JSON array), changed by {@code edit}, as a JSON object to decode. */
    static ObjectNode firstRow(String name, Consumer<ObjectNode> edit) {
        try {
            ObjectNode row = (ObjectNode) MAPPER.readTree(bytes(name)).get(0);
            edit.accept(row);
            return row;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Deployment decodeDeployment(ObjectNode row) {
        try {
            return MAPPER.readerFor(Deployment.class).readValue(MAPPER.writeValueAsBytes(row));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static QueueJob decodeQueueJob(ObjectNode row) {
        try {
            return MAPPER.readerFor(QueueJob.class).readValue(MAPPER.writeValueAsBytes(row));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
