package io.github.dokploy4j;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** JSON bodies shaped exactly like the server's rows and queue jobs (server-facts §5, §6, §10), for scenarios. */
public final class WireRows {
    private WireRows() {
    }

    /**
     * An application deployment row with every column.
     *
     * @param id the deployment id
     * @param applicationId the application
     * @param status running, done, error or cancelled
     * @param title the title
     * @param description the description
     * @param createdAt when it was created (server clock)
     * @return the JSON object
     */
    public static String row(String id, String applicationId, String status, String title, String description,
            Instant createdAt) {
        boolean ended = !status.equals("running");
        return "{\"deploymentId\":\"" + id + "\",\"title\":" + quote(title) + ",\"description\":" + quote(description)
                + ",\"status\":\"" + status + "\",\"logPath\":\"/etc/dokploy/logs/web-x7k2pq/web-x7k2pq-"
                + createdAt.toString().substring(0, 19).replace('T', '-') + ".log\",\"pid\":null,\"applicationId\":\""
                + applicationId + "\",\"composeId\":null,\"serverId\":null,\"isPreviewDeployment\":false,"
                + "\"previewDeploymentId\":null,\"createdAt\":\"" + createdAt + "\",\"startedAt\":\"" + createdAt
                + "\",\"finishedAt\":" + (ended ? "\"" + createdAt.plusSeconds(60) + "\"" : "null")
                + ",\"errorMessage\":null,\"scheduleId\":null,\"backupId\":null,\"rollbackId\":null,"
                + "\"volumeBackupId\":null,\"buildServerId\":null}";
    }

    /**
     * A self-hosted queue job of an application deploy.
     *
     * @param id the job id, e.g. {@code job-15}
     * @param applicationId the application
     * @param descriptionLog the description it was queued with
     * @param queuedAt the job's {@code timestamp}
     * @param processedOn when a worker took it, or {@code null} while it waits
     * @return the JSON object
     */
    public static String job(String id, String applicationId, String descriptionLog, Instant queuedAt,
            @Nullable Instant processedOn) {
        return "{\"id\":\"" + id + "\",\"name\":\"deployments\",\"data\":{\"applicationId\":\"" + applicationId
                + "\",\"titleLog\":\"Manual deployment\",\"descriptionLog\":" + quote(descriptionLog)
                + ",\"type\":\"deploy\",\"applicationType\":\"application\",\"server\":false},\"timestamp\":"
                + queuedAt.toEpochMilli() + (processedOn == null ? "" : ",\"processedOn\":" + processedOn.toEpochMilli())
                + ",\"state\":\"" + (processedOn == null ? "waiting" : "active") + "\",\"servicePath\":{\"href\":"
                + "\"/dashboard/project/p1/environment/e1/services/application/" + applicationId + "\",\"label\":"
                + "\"Application\"}}";
    }

    /**
     * A JSON array of the given objects.
     *
     * @param objects JSON objects
     * @return the array
     */
    public static String list(String... objects) {
        return List.of(objects).stream().collect(Collectors.joining(",", "[", "]"));
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
