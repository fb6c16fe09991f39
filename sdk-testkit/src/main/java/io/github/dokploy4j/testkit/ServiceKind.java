package io.github.dokploy4j.testkit;

/** The owners of queued builds, with the {@code applicationType} their jobs carry. */
enum ServiceKind {
    APPLICATION("application", "Application"),
    COMPOSE("compose", "Compose"),
    PREVIEW("application-preview", "Application");

    final String applicationType;
    final String label;

    ServiceKind(String applicationType, String label) {
        this.applicationType = applicationType;
        this.label = label;
    }
}
