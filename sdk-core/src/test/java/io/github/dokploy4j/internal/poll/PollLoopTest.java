package io.github.dokploy4j.internal.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.dokploy4j.error.DokployTransportException;
import io.github.dokploy4j.error.UnauthorizedException;
import io.github.dokploy4j.internal.poll.PollLoop.Next;
import io.github.dokploy4j.internal.time.ClientTimer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The one polling loop: its schedule, its failure policy and its close, with waits the test lets pass. */
class PollLoopTest {
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final List<CompletableFuture<Void>> pendingWaits = new CopyOnWriteArrayList<>();
    private final RecordingLogger log = new RecordingLogger();
    private final PollRuntime runtime = new PollRuntime(delay -> {
        waits.add(delay);
        CompletableFuture<Void> wait = new CompletableFuture<>();
        pendingWaits.add(wait);
        return wait;
    }, Clock.fixed(Instant.parse("2026-08-21T15:20:00Z"), ZoneOffset.UTC), () -> 0.5, Runnable::run,
            new ClientTimer("unused", Runnable::run), new ServerTraits());

    /** A subject whose reads answer from a script: a value, or a failure. */
    private static final class Scripted implements PollLoop.Subject<String> {
        final List<Object> answers;
        final AtomicInteger reads = new AtomicInteger();
        final List<String> observed = new CopyOnWriteArrayList<>();
        final List<RuntimeException> failures = new CopyOnWriteArrayList<>();
        Next after = Next.in(Duration.ofSeconds(5));

        Scripted(Object... answers) {
            this.answers = List.of(answers);
        }

        @Override
        public CompletableFuture<String> read() {
            Object answer = answers.get(Math.min(reads.getAndIncrement(), answers.size() - 1));
            return answer instanceof RuntimeException ? CompletableFuture.failedFuture((RuntimeException) answer)
                    : CompletableFuture.completedFuture((String) answer);
        }

        @Override
        public Next observe(String snapshot) {
            observed.add(snapshot);
            return after;
        }

        @Override
        public void failed(RuntimeException failure) {
            failures.add(failure);
        }
    }

    private PollLoop<String> loop(Scripted subject) {
        return new PollLoop<>("test", subject, runtime, PollFailurePolicy.WAIT, log.logger);
    }

    private void passTheWait() {
        pendingWaits.remove(pendingWaits.size() - 1).complete(null);
    }

    @Test
    void aPollDueNowRunsWithoutAWaitAndTheNextOneWaitsAsTheSubjectSays() {
        Scripted subject = new Scripted("a", "b");
        PollLoop<String> loop = loop(subject);

        loop.pollWithin(Duration.ZERO);
        passTheWait();

        assertThat(subject.observed).containsExactly("a", "b");
        assertThat(waits).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    @Test
    void pollWithinBringsTheNextPollForwardButNeverPutsItOff() {
        Scripted subject = new Scripted("a");
        PollLoop<String> loop = loop(subject);
        loop.pollWithin(Duration.ZERO);

        loop.pollWithin(Duration.ofSeconds(1));
        loop.pollWithin(Duration.ofSeconds(3));

        assertThat(waits).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(1));
        assertThat(pendingWaits.get(0)).isCancelled();
    }

    @Test
    void failedPollsAreTriedAgainAndTheThirdInARowEndsThePolling() {
        DokployTransportException reset = new DokployTransportException("reset",
                DokployTransportException.Kind.CONNECTION_LOST, "deployment.all", null);
        Scripted subject = new Scripted(reset, reset, "recovered", reset, reset, reset);
        PollLoop<String> loop = loop(subject);

        loop.pollWithin(Duration.ZERO);
        for (int i = 0; i < 5; i++) {
            passTheWait();
        }

        assertThat(subject.observed).containsExactly("recovered");
        assertThat(subject.failures).containsExactly(reset);
        assertThat(loop.isClosed()).isTrue();
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5),
                Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(log.levels).containsExactly("info", "debug", "debug", "info", "debug", "warn");
    }

    @Test
    void aPlainUnauthorizedEndsThePollingAtOnce() {
        UnauthorizedException refused = new UnauthorizedException("deployment.all failed with HTTP 401", 401, null,
                "Unauthorized", "deployment.all", List.of(), "");
        Scripted subject = new Scripted(refused);

        loop(subject).pollWithin(Duration.ZERO);

        assertThat(subject.reads).hasValue(1);
        assertThat(subject.failures).containsExactly(refused);
        assertThat(waits).isEmpty();
    }

    @Test
    void closingCancelsTheWaitAndTheSubjectHearsNothingMore() {
        Scripted subject = new Scripted("a");
        PollLoop<String> loop = loop(subject);
        loop.pollWithin(Duration.ZERO);

        loop.close();
        loop.pollWithin(Duration.ZERO);

        assertThat(pendingWaits).singleElement().satisfies(wait -> assertThat(wait).isCancelled());
        assertThat(subject.reads).hasValue(1);
    }

    @Test
    void aSubjectThatIsDoneStopsThePolling() {
        Scripted subject = new Scripted("a");
        subject.after = Next.done();
        PollLoop<String> loop = loop(subject);

        loop.pollWithin(Duration.ZERO);

        await().until(loop::isClosed);
        assertThat(waits).isEmpty();
    }
}
