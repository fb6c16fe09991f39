package io.github.dokploy4j.internal.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.DeploymentStatus;
import io.github.dokploy4j.deployment.QueueJob;
import io.github.dokploy4j.deployment.QueueJobData;
import io.github.dokploy4j.deployment.QueueJobState;
import io.github.dokploy4j.deployment.ServiceType;
import io.github.dokploy4j.deployment.ServicePath;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The matching rules of a deploy's row, one race at a time, on the server's clock. */
class CorrelatorTest {
    private static final String APP = "app1";
    private static final Instant T0 = Instant.parse("2026-08-21T15:20:00Z");
    private static final ServiceRef SERVICE = new ServiceRef(ServiceType.APPLICATION, APP);

    private final Marker marker = Marker.random(() -> 0.5);
    private final Correlator correlator = new Correlator(SERVICE, marker, Set.of("existing"), List.of());

    private static Deployment row(String id, String description, Instant createdAt, DeploymentStatus status) {
        return Deployment.builder().deploymentId(id).title("Manual deployment").description(description).logPath("")
                .createdAt(createdAt).applicationId(APP).status(status).build();
    }

    private static QueueJob job(String id, String description, Instant queuedAt, @Nullable Instant takenAt) {
        return QueueJob.builder().id(id).data(QueueJobData.builder().applicationId(APP).titleLog("Manual deployment")
                .descriptionLog(description).type("deploy").applicationType("application").build())
                .queuedAt(queuedAt).startedAt(takenAt)
                .state(takenAt == null ? QueueJobState.WAITING : QueueJobState.ACTIVE)
                .servicePath(ServicePath.builder().label("Application").build()).build();
    }

    @Test
    void aRowWithTheMarkerIsThisDeploysWhateverElseIsThere() {
        Deployment ours = row("ours", marker.appendTo(null), T0, DeploymentStatus.RUNNING);

        assertThat(correlator.match(List.of(row("other", "", T0.plusSeconds(1), DeploymentStatus.RUNNING), ours),
                true)).contains(ours);
    }

    @Test
    void rowsThatExistedBeforeTheDeployAreNeverMatched() {
        assertThat(correlator.match(List.of(row("existing", "", T0, DeploymentStatus.DONE)), false)).isEmpty();
    }

    @Test
    void aRowOfAnotherHandleIsNeverMatched() {
        String theirs = Marker.random(() -> 0.1).appendTo(null);
        correlator.observeQueue(List.of());

        assertThat(correlator.match(List.of(row("theirs", theirs, T0, DeploymentStatus.DONE)), true)).isEmpty();
    }

    @Test
    void whileTheJobWaitsNoUnmarkedRowIsTaken() {
        correlator.observeQueue(List.of(job("job-2", marker.appendTo(null), T0, null)));

        assertThat(correlator.match(List.of(row("foreign", "", T0.plusSeconds(1), DeploymentStatus.RUNNING)), true))
                .isEmpty();
    }

    @Test
    void aTakenJobMatchesTheRowCreatedWhenItWasTaken() {
        Instant taken = T0.plusSeconds(30);
        correlator.observeQueue(List.of(job("job-2", marker.appendTo(null), T0, taken)));
        Deployment renamed = row("ours", "Commit: abc", taken.plusMillis(12), DeploymentStatus.DONE);

        assertThat(correlator.match(List.of(renamed, row("foreign", "", T0.plusSeconds(5), DeploymentStatus.DONE)),
                true)).contains(renamed);
    }

    @Test
    void rowsOfOtherJobsSeenTakenAreSetAside() {
        Instant foreignTaken = T0.plusSeconds(2);
        correlator.observeQueue(List.of(job("job-2", marker.appendTo(null), T0, null),
                job("job-1", "", T0.minusSeconds(1), foreignTaken)));
        correlator.observeQueue(List.of());
        Deployment foreign = row("foreign", "", foreignTaken.plusMillis(5), DeploymentStatus.DONE);
        Deployment ours = row("ours", "Commit: abc", T0.plusSeconds(9), DeploymentStatus.DONE);

        assertThat(correlator.match(List.of(ours, foreign), true)).contains(ours);
    }

    @Test
    void aJobTakenBeforeTheDeployDoesNotClaimTheNextRowWhenItsOwnExistedAlready() {
        // job-1 was running when the deploy was sent (its row is among the existing ones); this deploy's build started
        // 1.5 s after it, within the tolerance of job-1's processedOn, and both builds were renamed at their end
        Instant firstTaken = T0.minusSeconds(1);
        Correlator second = new Correlator(SERVICE, marker, Set.of("first"), List.of());
        second.observeQueue(List.of(job("job-2", marker.appendTo(null), T0, null),
                job("job-1", "", T0.minusSeconds(2), firstTaken)));
        second.observeQueue(List.of());
        Deployment first = row("first", "Commit: a", firstTaken, DeploymentStatus.DONE);
        Deployment ours = row("ours", "Commit: b", firstTaken.plusMillis(1500), DeploymentStatus.DONE);

        assertThat(second.match(List.of(ours, first), true)).contains(ours);
    }

    @Test
    void theAmbiguousCaseTakesTheFirstNewRowInQueueOrder() {
        correlator.observeQueue(List.of());
        Deployment first = row("first", "Commit: a", T0.plusSeconds(1), DeploymentStatus.DONE);
        Deployment second = row("second", "Commit: b", T0.plusSeconds(2), DeploymentStatus.DONE);

        assertThat(correlator.match(List.of(second, first), true)).contains(first);
    }

    @Test
    void jobsOfTheServiceWaitingAheadAreSkippedInQueueOrder() {
        correlator.observeQueue(List.of(job("job-2", marker.appendTo(null), T0, null),
                job("job-1", "", T0.minusSeconds(5), null)));
        correlator.observeQueue(List.of());
        Deployment aheadOfUs = row("ahead", "Commit: a", T0.plusSeconds(1), DeploymentStatus.DONE);
        Deployment ours = row("ours", "Commit: b", T0.plusSeconds(2), DeploymentStatus.DONE);

        assertThat(correlator.match(List.of(ours, aheadOfUs), true)).contains(ours);
    }

    @Test
    void withoutAQueueOnlyAFinishedLoneRowIsTaken() {
        Deployment running = row("running", "", T0, DeploymentStatus.RUNNING);
        Deployment finished = row("finished", "Commit: a", T0, DeploymentStatus.DONE);

        assertThat(correlator.match(List.of(running), false)).isEmpty();
        assertThat(correlator.match(List.of(finished), false)).contains(finished);
    }

    @Test
    void jobsWaitingAheadWhenTheDeployWasSentAreSkippedEvenIfThisJobWasNeverSeen() {
        Correlator third = new Correlator(SERVICE, marker, Set.of("first"), List.of(job("job-2", "", T0, null)));
        third.observeQueue(List.of());
        Deployment second = row("second", "Commit: b", T0.plusSeconds(2), DeploymentStatus.DONE);
        Deployment ours = row("ours", "Commit: c", T0.plusSeconds(4), DeploymentStatus.DONE);

        assertThat(third.match(List.of(ours, second), true)).contains(ours);
    }

    @Test
    void theMarkerSurvivesBeingAppendedToADescription() {
        assertThat(marker.appendTo("from CI")).startsWith("from CI [dokploy4j ").endsWith("]");
        assertThat(marker.appendTo("  ")).isEqualTo(marker.toString());
    }
}
