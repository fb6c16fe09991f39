package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A row of {@code preview_deployments}. */
final class PreviewRecord {

    final String previewDeploymentId;
    final String branch;
    final int pullRequestNumber;
    final String appName;
    final String applicationId;
    final String createdAt;
    final long sequence;
    String previewStatus = "idle";

    PreviewRecord(String previewDeploymentId, String branch, int pullRequestNumber, String appName,
            String applicationId, String createdAt, long sequence) {
        this.previewDeploymentId = previewDeploymentId;
        this.branch = branch;
        this.pullRequestNumber = pullRequestNumber;
        this.appName = appName;
        this.applicationId = applicationId;
        this.createdAt = createdAt;
        this.sequence = sequence;
    }

    ObjectNode toJson() {
        ObjectNode json = WireJson.object();
        json.put("previewDeploymentId", previewDeploymentId);
        json.put("branch", branch);
        json.put("pullRequestId", String.valueOf(1_000_000 + pullRequestNumber));
        json.put("pullRequestNumber", String.valueOf(pullRequestNumber));
        json.put("pullRequestURL", "https://github.com/example/app/pull/" + pullRequestNumber);
        json.put("pullRequestTitle", "Preview of " + branch);
        json.put("pullRequestCommentId", String.valueOf(2_000_000 + pullRequestNumber));
        json.put("previewStatus", previewStatus);
        json.put("appName", appName);
        json.put("applicationId", applicationId);
        json.putNull("domainId");
        json.put("createdAt", createdAt);
        json.putNull("expiresAt");
        return json;
    }
}
