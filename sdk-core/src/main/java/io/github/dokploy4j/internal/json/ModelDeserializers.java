package io.github.dokploy4j.internal.json;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import io.github.dokploy4j.deployment.ApplicationSummary;
import io.github.dokploy4j.deployment.ComposeSummary;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.EnvironmentSummary;
import io.github.dokploy4j.deployment.ProjectSummary;
import io.github.dokploy4j.deployment.ServerSummary;
import org.jspecify.annotations.Nullable;

/**
 * The hand-written deserializers ({@link ModelDeserializer}) of the models {@code allCentralized} returns by the
 * thousand: the deployment row and the summaries it embeds. Matched by assignability, because Jackson
 * asks for the generated {@code ImmutableDeployment} that {@code @JsonDeserialize(as = …)} names, not for
 * {@link Deployment}.
 */
final class ModelDeserializers extends SimpleDeserializers {
    private static final long serialVersionUID = 1L;

    @Override
    public @Nullable JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
            BeanDescription description) {
        Class<?> raw = type.getRawClass();
        if (Deployment.class.isAssignableFrom(raw)) {
            return new DeploymentDeserializer();
        }
        if (ApplicationSummary.class.isAssignableFrom(raw)) {
            return new ApplicationSummaryDeserializer();
        }
        if (ComposeSummary.class.isAssignableFrom(raw)) {
            return new ComposeSummaryDeserializer();
        }
        if (EnvironmentSummary.class.isAssignableFrom(raw)) {
            return new EnvironmentSummaryDeserializer();
        }
        if (ProjectSummary.class.isAssignableFrom(raw)) {
            return new ProjectSummaryDeserializer();
        }
        if (ServerSummary.class.isAssignableFrom(raw)) {
            return new ServerSummaryDeserializer();
        }
        return null;
    }
}
