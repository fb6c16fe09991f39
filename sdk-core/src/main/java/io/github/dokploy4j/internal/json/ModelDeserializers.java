package io.github.dokploy4j.internal.json;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import io.github.dokploy4j.deployment.ApplicationSummary;
import io.github.dokploy4j.deployment.ComposeSummary;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.EnvironmentSummary;
import io.github.dokploy4j.deployment.ProjectSummary;
import io.github.dokploy4j.deployment.ServerSummary;

/**
 * The hand-written deserializers ({@link ModelDeserializer}) of the models {@code allCentralized} returns by the
 * thousand: the deployment row and the summaries it embeds. They are kept because the builder binding every other
 * model uses measured about 1.2 × Jackson's {@code readTree} on 10,000 rows, these below it (README,
 * "Performance"); {@code HandWrittenDeserializersTest} fails when one of these models gains a property its
 * deserializer does not read.
 *
 * <p>A modifier, not a table of deserializers: Jackson builds a model annotated
 * {@code @JsonDeserialize(builder = …)} from its builder without asking a module's deserializers, and hands the
 * result to the modifiers, whose description is then the builder's.
 */
final class ModelDeserializers extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
            JsonDeserializer<?> deserializer) {
        Class<?> bean = description.getBeanClass();
        Class<?> model = bean.getEnclosingClass() != null ? bean.getEnclosingClass() : bean;
        if (Deployment.class.isAssignableFrom(model)) {
            return new DeploymentDeserializer();
        }
        if (ApplicationSummary.class.isAssignableFrom(model)) {
            return new ApplicationSummaryDeserializer();
        }
        if (ComposeSummary.class.isAssignableFrom(model)) {
            return new ComposeSummaryDeserializer();
        }
        if (EnvironmentSummary.class.isAssignableFrom(model)) {
            return new EnvironmentSummaryDeserializer();
        }
        if (ProjectSummary.class.isAssignableFrom(model)) {
            return new ProjectSummaryDeserializer();
        }
        if (ServerSummary.class.isAssignableFrom(model)) {
            return new ServerSummaryDeserializer();
        }
        return deserializer;
    }
}
