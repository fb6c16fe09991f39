package io.github.dokploy4j.examples;

import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.application.Application;
import io.github.dokploy4j.application.ApplicationCreateParams;
import io.github.dokploy4j.application.ApplicationSaveDockerProviderParams;
import io.github.dokploy4j.application.ApplicationSaveEnvironmentParams;
import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.DeploymentHandle;
import io.github.dokploy4j.domain.Domain;
import io.github.dokploy4j.domain.DomainCreateParams;
import io.github.dokploy4j.project.ProjectCreateParams;
import io.github.dokploy4j.project.ProjectCreated;
import java.io.PrintStream;
import java.time.Duration;

/**
 * Provisions an application from nothing with the typed API and deploys it: a project (which comes with its
 * {@code production} environment), an application in that environment, its variables ({@code saveEnvironment}) and
 * image ({@code saveDockerProvider}), a domain; then a deploy awaited until it is done, and everything removed again.
 * Against a real server (DOKPLOY_URL) it creates and then deletes a project named {@code dokploy4j-example}.
 */
public final class ProvisionAndDeploy {
    private ProvisionAndDeploy() {
    }

    /**
     * Runs the example against {@code DOKPLOY_URL}, or the embedded fake when it is unset.
     *
     * @param args an optional host name for the domain (default {@code shop.example.com})
     */
    public static void main(String[] args) {
        try (ExampleServer server = ExampleServer.connect()) {
            run(server.client(), args.length > 0 ? args[0] : "shop.example.com", Duration.ofMinutes(10), System.out);
        }
    }

    /**
     * Provisions, deploys and cleans up.
     *
     * @param client the client
     * @param host the domain's host name
     * @param timeout how long the deploy may take
     * @param out where to print each step
     * @return the finished deployment
     * @throws io.github.dokploy4j.error.DeploymentFailedException when the build fails (everything is removed all
     *     the same)
     */
    public static Deployment run(DokployClient client, String host, Duration timeout, PrintStream out) {
        ProjectCreated created = client.projects().create(ProjectCreateParams.builder()
                .name("dokploy4j-example").description("made by the ProvisionAndDeploy example").build());
        String projectId = created.project().projectId();
        out.println("project:     " + projectId + " (" + created.project().name() + "), environment "
                + created.environment().name());
        String applicationId = null;
        String domainId = null;
        try {
            Application app = client.applications().create(ApplicationCreateParams.builder()
                    .name("web").environmentId(created.environment().environmentId()).build());
            applicationId = app.applicationId();
            out.println("application: " + applicationId + " (" + app.appName() + ")");

            // buildArgs and buildSecrets are required but may be null: left unset, they are sent as null
            client.applications().saveEnvironment(ApplicationSaveEnvironmentParams.builder()
                    .applicationId(applicationId)
                    .env("GREETING=hello\nPORT=80")
                    .createEnvFile(false)
                    .build());
            client.applications().saveDockerProvider(ApplicationSaveDockerProviderParams.builder()
                    .applicationId(applicationId)
                    .dockerImage("nginx:1.27-alpine")
                    .build());
            out.println("image:       " + client.applications().one(applicationId).dockerImage().orElse("?")
                    + ", 2 variables");

            Domain domain = client.domains().create(DomainCreateParams.builder()
                    .host(host).applicationId(applicationId).port(80).https(false).build());
            domainId = domain.domainId();
            out.println("domain:      http://" + domain.host() + " -> port " + domain.port().orElse(80));

            try (DeploymentHandle deploy = client.applications().deploy(applicationId)) {
                deploy.onPhaseChange(event -> out.println("phase:       " + event.phase()));
                Deployment done = deploy.awaitSuccess(timeout);
                out.println("deployed:    " + done.deploymentId() + " (" + done.status() + ")");
                return done;
            }
        } finally {
            // in the reverse order, as the Dokploy UI does: the domain, the application (and its service), the project
            if (domainId != null) {
                client.domains().delete(domainId);
            }
            if (applicationId != null) {
                client.applications().delete(applicationId);
            }
            client.projects().remove(projectId);
            out.println("removed:     the domain, the application and the project");
        }
    }
}
