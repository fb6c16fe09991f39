package io.github.dokploy4j.internal.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ListenerDispatchTest {
    private final ExecutorService executor = Executors.newFixedThreadPool(4, task -> new Thread(task, "client-x"));
    private final RecordingLogger log = new RecordingLogger();
    private final ListenerDispatch dispatch = new ListenerDispatch(executor, log.logger);

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void callsRunOneAtATimeInOrderOnTheExecutor() {
        List<String> calls = new CopyOnWriteArrayList<>();
        Object listener = new Object();
        for (int i = 0; i < 200; i++) {
            int n = i;
            dispatch.submit(listener, "call " + n, () -> calls.add(n + " " + Thread.currentThread().getName()));
        }

        dispatch.submit(listener, "last", () -> { }).join();

        assertThat(calls).hasSize(200);
        for (int i = 0; i < 200; i++) {
            assertThat(calls.get(i)).isEqualTo(i + " client-x");
        }
    }

    @Test
    void aThrowingListenerIsLoggedOnceAtWarnAndTheOtherCallsGoOn() {
        List<String> calls = new CopyOnWriteArrayList<>();
        Object failing = new Object();
        Object other = new Object();

        dispatch.submit(failing, "first", () -> {
            throw new IllegalStateException("listener bug");
        });
        dispatch.submit(other, "second", () -> calls.add("second"));
        dispatch.submit(failing, "third", () -> {
            throw new IllegalStateException("listener bug again");
        });
        dispatch.submit(other, "fourth", () -> calls.add("fourth")).join();

        assertThat(calls).containsExactly("second", "fourth");
        assertThat(log.levels).containsExactly("warn", "debug");
    }
}
