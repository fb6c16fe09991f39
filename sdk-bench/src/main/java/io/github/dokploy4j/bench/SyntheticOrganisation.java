package io.github.dokploy4j.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A made-up Dokploy organisation, generated from a seed, and the response bodies its server would send. Rows are
 * shaped exactly like server-facts §5 and §10: every column in the server's order, ISO-8601 millisecond timestamps,
 * nullable columns {@code null} where the server leaves them so, and for {@code allCentralized} the relations
 * {@code application}/{@code compose} → {@code environment} → {@code project}, their {@code server} and
 * {@code buildServer}, and the row's own (normally {@code null}) {@code server} and {@code buildServer}.
 *
 * <p>The server keeps at most eleven deployments per service, so an organisation with {@code n} rows has about
 * {@code n / 10} services; each service contributes ten rows, newest first.
 */
final class SyntheticOrganisation {
    /** The seed every benchmark and test uses, so they all see the same bodies. */
    static final long SEED = 8L;

    private static final String NANOID_ALPHABET =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-";
    private static final String[] ENVIRONMENT_NAMES = {"production", "staging", "development", "preview"};
    private static final String[] SERVICE_WORDS = {"web", "api", "worker", "shop", "billing", "auth", "search",
        "media", "cron", "gateway", "admin", "docs", "metrics", "chat", "mail"};
    private static final String[] COMMIT_MESSAGES = {"fix: handle empty DATABASE_URL (#212)",
        "feat: add invoice export", "chore(deps): bump jackson to 2.23.0", "refactor: split checkout service",
        "Merge pull request #481 from team/release", "fix: retry webhook delivery on 502",
        "perf: cache product listing", "docs: update deployment notes"};
    private static final int ROWS_PER_SERVICE = 10;
    private static final Instant NEWEST = Instant.parse("2026-08-21T15:20:04.131Z");
    private static final JsonFactory JSON = new JsonFactory();
    // JavaScript's toISOString(): always three fraction digits, where Instant.toString() drops ".000"
    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Random random;
    private final List<Server> deployServers = new ArrayList<>();
    private final List<Server> buildServers = new ArrayList<>();
    private final List<Environment> environments = new ArrayList<>();

    private SyntheticOrganisation(long seed) {
        this.random = new Random(seed);
        for (int i = 0; i < 6; i++) {
            deployServers.add(new Server(nanoid(), "hetzner-fsn" + (i + 1), "deploy"));
        }
        for (int i = 0; i < 2; i++) {
            buildServers.add(new Server(nanoid(), "builder-" + (i + 1), "build"));
        }
        for (int p = 0; p < 40; p++) {
            Project project = new Project(nanoid(), capitalised(word()) + " " + capitalised(word()));
            int count = 1 + random.nextInt(3);
            for (int e = 0; e < count; e++) {
                environments.add(new Environment(nanoid(), ENVIRONMENT_NAMES[e], project));
            }
        }
    }

    /**
     * The organisation every benchmark uses.
     *
     * @return a new organisation from {@link #SEED}; equal calls give equal bodies
     */
    static SyntheticOrganisation seeded() {
        return new SyntheticOrganisation(SEED);
    }

    /**
     * The body of {@code GET /api/deployment.allCentralized}: application and compose deployments with their
     * relations, ten per service.
     *
     * @param rows how many rows
     * @return the JSON array, UTF-8
     */
    byte[] allCentralizedBody(int rows) {
        return write(generator -> {
            int written = 0;
            while (written < rows) {
                Service service = newService();
                for (int i = 0; i < ROWS_PER_SERVICE && written < rows; i++, written++) {
                    writeRow(generator, service, i, true);
                }
            }
        });
    }

    /**
     * The body of {@code GET /api/deployment.all?applicationId=…}: plain rows of one application, no relations.
     *
     * @param applicationId the application's id, written into every row
     * @param rows how many rows
     * @return the JSON array, UTF-8
     */
    byte[] allBody(String applicationId, int rows) {
        Service service = new Service(applicationId, true, word() + "-" + word(), null, null, null, null);
        return write(generator -> {
            for (int i = 0; i < rows; i++) {
                writeRow(generator, service, i, false);
            }
        });
    }

    private Service newService() {
        boolean application = random.nextInt(10) < 7;
        String name = word() + "-" + word();
        Environment environment = environments.get(random.nextInt(environments.size()));
        Server server = random.nextInt(3) == 0 ? null : deployServers.get(random.nextInt(deployServers.size()));
        Server buildServer = application && random.nextInt(5) == 0
                ? buildServers.get(random.nextInt(buildServers.size())) : null;
        String icon = random.nextInt(8) == 0 ? "https://cdn.example.com/icons/" + name + ".svg" : null;
        return new Service(nanoid(), application, name, icon, environment, server, buildServer);
    }

    private void writeRow(JsonGenerator g, Service service, int age, boolean relations) throws IOException {
        String appName = service.appName;
        Instant created = NEWEST.minusSeconds(age * 3_600L + random.nextInt(3_000)).minusMillis(random.nextInt(1000));
        Instant started = created.minusMillis(2 + random.nextInt(20));
        int roll = random.nextInt(100);
        String status = age == 0 && roll < 5 ? "running" : roll < 8 ? "cancelled" : roll < 18 ? "error" : "done";
        boolean creationFailed = "error".equals(status) && random.nextInt(4) == 0;
        boolean gitCommit = "done".equals(status) && random.nextBoolean();
        boolean finished = "done".equals(status) || "error".equals(status);
        Instant finishedAt = creationFailed ? started : started.plusSeconds(30 + random.nextInt(270));

        g.writeStartObject();
        g.writeStringField("deploymentId", nanoid());
        g.writeStringField("title", gitCommit ? COMMIT_MESSAGES[random.nextInt(COMMIT_MESSAGES.length)]
                : random.nextInt(4) == 0 ? "Rebuild deployment" : "Manual deployment");
        g.writeStringField("description", gitCommit ? "Commit: " + hex(40) : "");
        g.writeStringField("status", status);
        g.writeStringField("logPath", creationFailed ? "" : "/etc/dokploy/logs/" + appName + "/" + appName + "-"
                + ISO_MILLIS.format(created).substring(0, 19).replace('T', ':') + ".log");
        g.writeNullField("pid");
        writeNullable(g, "applicationId", service.application ? service.id : null);
        writeNullable(g, "composeId", service.application ? null : service.id);
        g.writeNullField("serverId");
        g.writeBooleanField("isPreviewDeployment", false);
        g.writeNullField("previewDeploymentId");
        g.writeStringField("createdAt", ISO_MILLIS.format(created));
        g.writeStringField("startedAt", ISO_MILLIS.format(started));
        writeNullable(g, "finishedAt", finished ? ISO_MILLIS.format(finishedAt) : null);
        writeNullable(g, "errorMessage", creationFailed
                ? "An error have occurred: ENOSPC: no space left on device, mkdir '/etc/dokploy/logs/" + appName + "'"
                : null);
        g.writeNullField("scheduleId");
        g.writeNullField("backupId");
        writeNullable(g, "rollbackId", service.application && gitCommit && random.nextInt(3) == 0 ? nanoid() : null);
        g.writeNullField("volumeBackupId");
        writeNullable(g, "buildServerId", service.buildServer == null ? null : service.buildServer.id);
        if (relations) {
            g.writeFieldName("application");
            if (service.application) {
                writeService(g, service, "applicationId");
            } else {
                g.writeNull();
            }
            g.writeFieldName("compose");
            if (service.application) {
                g.writeNull();
            } else {
                writeService(g, service, "composeId");
            }
            g.writeNullField("server");
            g.writeFieldName("buildServer");
            writeServer(g, service.buildServer);
        }
        g.writeEndObject();
    }

    private static void writeService(JsonGenerator g, Service service, String idKey) throws IOException {
        Environment environment = service.environment;
        g.writeStartObject();
        g.writeStringField(idKey, service.id);
        g.writeStringField("name", service.name);
        g.writeStringField("appName", service.appName);
        writeNullable(g, "icon", service.icon);
        g.writeObjectFieldStart("environment");
        g.writeStringField("environmentId", environment.id);
        g.writeStringField("name", environment.name);
        g.writeObjectFieldStart("project");
        g.writeStringField("projectId", environment.project.id);
        g.writeStringField("name", environment.project.name);
        g.writeEndObject();
        g.writeEndObject();
        g.writeFieldName("server");
        writeServer(g, service.server);
        if (service.application) {
            g.writeFieldName("buildServer");
            writeServer(g, service.buildServer);
        }
        g.writeEndObject();
    }

    private static void writeServer(JsonGenerator g, Server server) throws IOException {
        if (server == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("serverId", server.id);
        g.writeStringField("name", server.name);
        g.writeStringField("serverType", server.type);
        g.writeEndObject();
    }

    private static void writeNullable(JsonGenerator g, String name, String value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeStringField(name, value);
        }
    }

    private static byte[] write(RowWriter rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            generator.writeStartArray();
            rows.writeTo(generator);
            generator.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private String nanoid() {
        char[] id = new char[21];
        for (int i = 0; i < id.length; i++) {
            id[i] = NANOID_ALPHABET.charAt(random.nextInt(NANOID_ALPHABET.length()));
        }
        return new String(id);
    }

    private String hex(int length) {
        char[] digits = new char[length];
        for (int i = 0; i < length; i++) {
            digits[i] = Character.forDigit(random.nextInt(16), 16);
        }
        return new String(digits);
    }

    private String word() {
        return SERVICE_WORDS[random.nextInt(SERVICE_WORDS.length)];
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** Writes the array's elements. */
    private interface RowWriter {
        void writeTo(JsonGenerator generator) throws IOException;
    }

    private record Server(String id, String name, String type) {
    }

    private record Project(String id, String name) {
    }

    private record Environment(String id, String name, Project project) {
    }

    private final class Service {
        final String id;
        final boolean application;
        final String name;
        final String appName;
        final String icon;
        final Environment environment;
        final Server server;
        final Server buildServer;

        Service(String id, boolean application, String name, String icon, Environment environment, Server server,
                Server buildServer) {
            this.id = id;
            this.application = application;
            this.name = name;
            this.appName = name + "-" + hex(6);
            this.icon = icon;
            this.environment = environment;
            this.server = server;
            this.buildServer = buildServer;
        }
    }
}
