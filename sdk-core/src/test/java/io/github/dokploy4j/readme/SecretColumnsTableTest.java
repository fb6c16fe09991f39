package io.github.dokploy4j.readme;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.dokploy4j.SecretFields;
import io.github.dokploy4j.application.Application;
import io.github.dokploy4j.compose.ComposeService;
import io.github.dokploy4j.deployment.ApplicationSummary;
import io.github.dokploy4j.deployment.ComposeSummary;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.EnvironmentSummary;
import io.github.dokploy4j.deployment.ProjectSummary;
import io.github.dokploy4j.deployment.QueueJob;
import io.github.dokploy4j.deployment.QueueJobData;
import io.github.dokploy4j.deployment.Rollback;
import io.github.dokploy4j.deployment.ServerSummary;
import io.github.dokploy4j.deployment.ServicePath;
import io.github.dokploy4j.domain.Domain;
import io.github.dokploy4j.domain.DomainService;
import io.github.dokploy4j.environment.Environment;
import io.github.dokploy4j.environment.EnvironmentApplication;
import io.github.dokploy4j.environment.EnvironmentCompose;
import io.github.dokploy4j.project.Project;
import io.github.dokploy4j.project.ProjectCreated;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's table of the typed rows' secret columns is what {@link SecretFields} makes of the rows: every column
 * whose JSON name the rule calls secret, which {@code toString()} prints as {@code ***}.
 */
class SecretColumnsTableTest {
    private static final List<Class<?>> ROWS = List.of(Project.class, ProjectCreated.class, Environment.class,
            EnvironmentApplication.class, EnvironmentCompose.class, Application.class, ComposeService.class,
            Domain.class, DomainService.class, Deployment.class, Rollback.class, QueueJob.class, QueueJobData.class,
            ServicePath.class, ApplicationSummary.class, ComposeSummary.class, EnvironmentSummary.class,
            ProjectSummary.class, ServerSummary.class);
    private static final String START = "<!-- secret-columns:start -->\n";
    private static final String END = "<!-- secret-columns:end -->";

    @Test
    void theReadmeListsEverySecretColumnOfTheTypedRows() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        assertThat(start).as("the README marks the table with %s", START.strip()).isNotNegative();

        assertThat(readme.substring(start + START.length(), end)).isEqualTo(table());
    }

    private static String table() {
        StringBuilder table = new StringBuilder("| row | secret columns |\n| --- | --- |\n");
        for (Class<?> row : ROWS) {
            List<String> secret = new ArrayList<>();
            List<Method> methods = new ArrayList<>(List.of(row.getDeclaredMethods()));
            methods.sort(Comparator.comparing(Method::getName));
            for (Method method : methods) {
                JsonProperty property = method.getAnnotation(JsonProperty.class);
                String name = property != null && !property.value().isEmpty() ? property.value() : method.getName();
                if (Modifier.isPublic(method.getModifiers()) && method.getParameterCount() == 0
                        && Modifier.isAbstract(method.getModifiers()) && SecretFields.isSecret(name)) {
                    secret.add("`" + name + "`");
                }
            }
            if (!secret.isEmpty()) {
                table.append("| `").append(row.getSimpleName()).append("` | ").append(String.join(", ", secret))
                        .append(" |\n");
            }
        }
        return table.toString();
    }
}
