package io.github.dokploy4j.testkit;

/** A schedule whose runs are deployment rows with a {@code pid}. */
final class ScheduleRecord {

    final String scheduleId;
    final String name;
    final String appName;
    final String serverId;

    ScheduleRecord(String scheduleId, String name, String appName, String serverId) {
        this.scheduleId = scheduleId;
        this.name = name;
        this.appName = appName;
        this.serverId = serverId;
    }
}
