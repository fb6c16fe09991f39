package io.github.dokploy4j.internal.json;

import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import io.github.dokploy4j.deployment.ApplicationSummary;
import io.github.dokploy4j.deployment.ComposeSummary;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.EnvironmentSummary;
import io.github.dokploy4j.deployment.ProjectSummary;
import io.github.dokploy4j.deployment.QueueJob;
import io.github.dokploy4j.deployment.QueueJobData;
import io.github.dokploy4j.deployment.ServerSummary;
import io.github.dokploy4j.deployment.ServicePath;
import org.jspecify.annotations.Nullable;

/**
 * The hand-written deserializers ({@link ModelDeserializer}) of the rows a client reads by the thousand or at every
 * poll: the deployment row and the summaries it embeds ({@code allCentralized}), and the build queue's jobs. The
 * builder binding every other model uses measured about 1.2 × Jackson's {@code readTree} on 10,000 rows, these below
 * it (README, "Performance"); {@code HandWrittenDeserializersTest} fails when one of these models gains a property
 * its deserializer does not read.
 *
 * <p>Found as if each model were annotated {@code @JsonDeserialize(using = …)}: Jackson asks the annotation
 * introspectors for a deserializer before it looks at the model's builder, so it never introspects those builders,
 * which was most of a short-lived process's first decode of these rows. (A module's {@code Deserializers} is never
 * asked for a model annotated {@code @JsonDeserialize(builder = …)}, and a deserializer modifier runs only once the
 * builder's deserializer is made.)
 */
final class ModelDeserializers extends NopAnnotationIntrospector {
    private static final long serialVersionUID = 1L;

    @Override
    public @Nullable Object findDeserializer(Annotated annotated) {
        if (!(annotated instanceof AnnotatedClass)) {
            return null;
        }
        Class<?> model = annotated.getRawType();
        if (model == Deployment.class) {
            return new DeploymentDeserializer();
        }
        if (model == ApplicationSummary.class) {
            return new ApplicationSummaryDeserializer();
        }
        if (model == ComposeSummary.class) {
            return new ComposeSummaryDeserializer();
        }
        if (model == EnvironmentSummary.class) {
            return new EnvironmentSummaryDeserializer();
        }
        if (model == ProjectSummary.class) {
            return new ProjectSummaryDeserializer();
        }
        if (model == ServerSummary.class) {
            return new ServerSummaryDeserializer();
        }
        if (model == QueueJob.class) {
            return new QueueJobDeserializer();
        }
        if (model == QueueJobData.class) {
            return new QueueJobDataDeserializer();
        }
        if (model == ServicePath.class) {
            return new ServicePathDeserializer();
        }
        return null;
    }
}
