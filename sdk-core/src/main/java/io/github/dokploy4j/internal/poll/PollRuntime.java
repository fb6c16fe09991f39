package io.github.dokploy4j.internal.poll;

import io.github.dokploy4j.internal.time.ClientTimer;
import io.github.dokploy4j.internal.time.Delayer;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.function.DoubleSupplier;

/**
 * What every poller of a client shares.
 *
 * @param delayer the waits of the SDK's pace (fake time in tests)
 * @param clock the client's clock (fake time in tests)
 * @param random numbers in [0, 1) for jitter and deploy markers
 * @param executor the client's executor: every listener call and continuation runs there
 * @param timer the client's timer thread, for real-time deadlines such as a WebSocket handshake's
 * @param traits what the client learnt about its server
 */
public record PollRuntime(Delayer delayer, Clock clock, DoubleSupplier random, Executor executor, ClientTimer timer,
        ServerTraits traits) {
}
