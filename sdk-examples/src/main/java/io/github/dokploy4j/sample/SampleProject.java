package io.github.dokploy4j.sample;

import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.testkit.BuildScript;
import io.github.dokploy4j.testkit.BuildState;
import io.github.dokploy4j.testkit.FakeDokploy;
import io.github.dokploy4j.testkit.FakeDokployOptions;
import io.github.dokploy4j.testkit.ScriptedBuild;
import io.github.dokploy4j.testkit.ServiceOptions;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An embedded fake Dokploy (the testkit, on the real-time clock) seeded with a small project, so that the CLI and the
 * examples run on a machine without a Dokploy server:
 * <ul>
 *   <li>{@code web-api}, an application with rollbacks and three past deployments ({@code Release 1.4.0} done,
 *       {@code Release 1.4.1} failed, {@code Release 1.4.2} done);</li>
 *   <li>{@code worker}, an application with a git source (its deployments are renamed to the commit when they end),
 *       one past deployment;</li>
 *   <li>{@code shop-stack}, a compose service with one past deployment.</li>
 * </ul>
 * Builds nobody scripted run {@link SampleBuilds#release(Duration)}. Everything lives only as long as this object.
 */
public final class SampleProject implements AutoCloseable {

    /** The name of the sample application with rollbacks. */
    public static final String WEB_API = "web-api";
    /** The name of the sample application with a git source. */
    public static final String WORKER = "worker";
    /** The name of the sample compose service. */
    public static final String SHOP_STACK = "shop-stack";

    private static final Duration SEED_TIMEOUT = Duration.ofSeconds(10);

    private final FakeDokploy fake;
    private final DokployClient client;
    private final Map<String, String> applications = new LinkedHashMap<>();
    private final Map<String, String> composes = new LinkedHashMap<>();

    private SampleProject(FakeDokploy fake) {
        this.fake = fake;
        this.client = DokployClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey()).build();
    }

    /**
     * Starts the fake and seeds the sample project; builds that nobody scripted take about three seconds.
     *
     * @return the running sample
     */
    public static SampleProject start() {
        return start(Duration.ofSeconds(3));
    }

    /**
     * Starts the fake and seeds the sample project.
     *
     * @param buildTime how long a build nobody scripted runs
     * @return the running sample
     */
    public static SampleProject start(Duration buildTime) {
        FakeDokploy fake = FakeDokploy.start(FakeDokployOptions.builder()
                .realTimeClock()
                .defaultBuild(SampleBuilds.release(buildTime))
                .build());
        SampleProject sample = new SampleProject(fake);
        try {
            sample.seed();
        } catch (RuntimeException e) {
            sample.close();
            throw e;
        }
        return sample;
    }

    private void seed() {
        String webApi = fake.createApplication(WEB_API,
                ServiceOptions.dockerImage("ghcr.io/acme/web-api:1.4").withRollbacks());
        String worker = fake.createApplication(WORKER,
                ServiceOptions.git("fix: retry SMTP on 421 (#318)", "4be1c0d9a27f3e58b6c1d0f9e8a7b6c5d4e3f2a1"));
        String shopStack = fake.createCompose(SHOP_STACK, ServiceOptions.dockerImage("nginx:1.27"));
        applications.put(WEB_API, webApi);
        applications.put(WORKER, worker);
        composes.put(SHOP_STACK, shopStack);

        deploy("application", webApi, "Release 1.4.0", SampleBuilds.release(Duration.ZERO), BuildState.SUCCEEDED);
        deploy("application", webApi, "Release 1.4.1", SampleBuilds.failingTests(Duration.ZERO), BuildState.FAILED);
        deploy("application", webApi, "Release 1.4.2", SampleBuilds.release(Duration.ZERO), BuildState.SUCCEEDED);
        deploy("application", worker, "Manual deployment", SampleBuilds.release(Duration.ZERO), BuildState.SUCCEEDED);
        deploy("compose", shopStack, "Initial stack", SampleBuilds.release(Duration.ZERO), BuildState.SUCCEEDED);
    }

    private void deploy(String router, String serviceId, String title, BuildScript script, BuildState end) {
        ScriptedBuild build = fake.scriptNextBuild(serviceId, script);
        // The raw procedure only queues the job: nothing here needs a handle to follow it.
        client.procedure(router + ".deploy").mutation(Map.of(router + "Id", serviceId, "title", title));
        build.awaitState(end, SEED_TIMEOUT);
    }

    /**
     * The fake server, to script builds or inject faults.
     *
     * @return the fake
     */
    public FakeDokploy fake() {
        return fake;
    }

    /**
     * A client of the fake, owned by this sample (closed with it).
     *
     * @return the client
     */
    public DokployClient client() {
        return client;
    }

    /**
     * The id of a sample application.
     *
     * @param name {@link #WEB_API} or {@link #WORKER}
     * @return its {@code applicationId}
     * @throws IllegalArgumentException when there is no such sample application
     */
    public String applicationId(String name) {
        String id = applications.get(name);
        if (id == null) {
            throw new IllegalArgumentException("the sample has no application " + name + "; it has "
                    + applications.keySet());
        }
        return id;
    }

    /**
     * The id of a sample compose service.
     *
     * @param name {@link #SHOP_STACK}
     * @return its {@code composeId}
     * @throws IllegalArgumentException when there is no such sample compose service
     */
    public String composeId(String name) {
        String id = composes.get(name);
        if (id == null) {
            throw new IllegalArgumentException("the sample has no compose service " + name + "; it has "
                    + composes.keySet());
        }
        return id;
    }

    /**
     * The sample's applications.
     *
     * @return name → {@code applicationId}, in a stable order
     */
    public Map<String, String> applications() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(applications));
    }

    /**
     * The sample's compose services.
     *
     * @return name → {@code composeId}, in a stable order
     */
    public Map<String, String> composes() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(composes));
    }

    /**
     * The sample's service names and ids: applications first, then compose services.
     *
     * @return name → id, in a stable order
     */
    public Map<String, String> services() {
        Map<String, String> all = new LinkedHashMap<>(applications);
        all.putAll(composes);
        return all;
    }

    /** Closes the client and stops the fake. */
    @Override
    public void close() {
        try {
            client.close();
        } finally {
            fake.close();
        }
    }
}
