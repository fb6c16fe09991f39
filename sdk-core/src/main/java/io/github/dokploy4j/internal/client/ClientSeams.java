package io.github.dokploy4j.internal.client;

import io.github.dokploy4j.internal.call.RetryPolicy;
import io.github.dokploy4j.internal.http.Transport;
import io.github.dokploy4j.internal.time.Delayer;
import java.time.Clock;
import java.util.function.DoubleSupplier;
import org.jspecify.annotations.Nullable;

/**
 * What a client takes from its surroundings besides its options: time, randomness and the HTTP exchange. A client
 * built by {@code DokployClientBuilder} gets the real ones ({@link #real()}); the SDK's own tests replace them, to run
 * a whole deployment life cycle in fake time or over a scripted transport.
 *
 * @param transport the HTTP exchange, or {@code null} for the {@code java.net.http} one
 * @param delayer the waits between attempts and polls, or {@code null} for the client's own timer
 * @param retryPolicy when and how long to wait before another attempt
 * @param clock the clock for deadlines and {@code Retry-After} dates
 * @param random numbers in [0, 1) for jitter and deploy markers
 */
public record ClientSeams(@Nullable Transport transport, @Nullable Delayer delayer, RetryPolicy retryPolicy,
        Clock clock, DoubleSupplier random) {

    /**
     * The real surroundings: HTTP, the client's timer, the system clock.
     *
     * @return the seams of a production client
     */
    public static ClientSeams real() {
        return new ClientSeams(null, null, RetryPolicy.standard(), Clock.systemUTC(), Math::random);
    }

    /**
     * Returns these seams with another transport.
     *
     * @param replacement the transport
     * @return the copy
     */
    public ClientSeams withTransport(Transport replacement) {
        return new ClientSeams(replacement, delayer, retryPolicy, clock, random);
    }

    /**
     * Returns these seams with another delayer.
     *
     * @param replacement the delayer
     * @return the copy
     */
    public ClientSeams withDelayer(Delayer replacement) {
        return new ClientSeams(transport, replacement, retryPolicy, clock, random);
    }

    /**
     * Returns these seams with another retry policy.
     *
     * @param replacement the policy
     * @return the copy
     */
    public ClientSeams withRetryPolicy(RetryPolicy replacement) {
        return new ClientSeams(transport, delayer, replacement, clock, random);
    }

    /**
     * Returns these seams with another clock.
     *
     * @param replacement the clock
     * @return the copy
     */
    public ClientSeams withClock(Clock replacement) {
        return new ClientSeams(transport, delayer, retryPolicy, replacement, random);
    }

    /**
     * Returns these seams with another source of randomness.
     *
     * @param replacement numbers in [0, 1)
     * @return the copy
     */
    public ClientSeams withRandom(DoubleSupplier replacement) {
        return new ClientSeams(transport, delayer, retryPolicy, clock, replacement);
    }
}
