package io.github.dokploy4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dokploy4j.deployment.QueueJob;
import io.github.dokploy4j.deployment.QueueJobData;
import io.github.dokploy4j.deployment.QueueJobState;
import io.github.dokploy4j.deployment.ServicePath;
import org.junit.jupiter.api.Test;

/** What the head start reads ahead of Jackson: a model, its builder, its implementation, and the models it holds. */
class ModelReflectionTest {

    @Test
    void aQueueJobReachesItsBuilderItsImplementationAndTheModelsItHolds() throws Exception {
        ModelReflection reflection = new ModelReflection();

        reflection.read(QueueJob.class);

        assertThat(reflection.classesRead()).contains(QueueJob.class, QueueJob.Builder.class,
                Class.forName("io.github.dokploy4j.deployment.ImmutableQueueJob"), QueueJobData.class,
                QueueJobData.Builder.class, ServicePath.class, QueueJobState.class);
        assertThat(reflection.classesRead()).allMatch(type -> type.getName().startsWith("io.github.dokploy4j."));
    }
}
