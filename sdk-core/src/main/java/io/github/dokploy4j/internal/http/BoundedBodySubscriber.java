package io.github.dokploy4j.internal.http;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import org.jspecify.annotations.Nullable;

/**
 * Collects a body into memory up to a limit. A body announced larger than the limit is refused before it is read;
 * one that grows past it is refused at that byte. Either way the subscription is cancelled, which makes the JDK
 * abort the exchange and close the connection, and the body fails with {@link ResponseTooLargeException}.
 *
 * <p>The exchange's {@link ExchangeDeadline} can abort the body the same way, when the answer takes longer than the
 * request timeout.
 *
 * <p>The JDK hands its buffers over for good (it does not reuse a buffer once published), so they are kept as they
 * are and copied once, into the exact-size array at the end: one copy of the body, as the JDK's own byte-array
 * subscriber makes.
 */
final class BoundedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {
    private final long limit;
    private final long announced;
    private final ExchangeDeadline deadline;
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private final List<ByteBuffer> buffers = new ArrayList<>();
    private volatile Flow.@Nullable Subscription subscription;
    private long received;

    private BoundedBodySubscriber(long limit, long announced, ExchangeDeadline deadline) {
        this.limit = limit;
        this.announced = announced;
        this.deadline = deadline;
    }

    static HttpResponse.BodyHandler<byte[]> handler(long limit, ExchangeDeadline deadline) {
        return info -> new BoundedBodySubscriber(limit, announcedLength(info), deadline);
    }

    private static long announcedLength(HttpResponse.ResponseInfo info) {
        try {
            return info.headers().firstValueAsLong("content-length").orElse(-1L);
        } catch (NumberFormatException unreadable) {
            return -1L;
        }
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (announced > limit) {
            abort(new ResponseTooLargeException(limit, "the server announced " + announced + " bytes"));
            return;
        }
        deadline.bodyStarts(this);
        subscription.request(Long.MAX_VALUE);
    }

    /**
     * Stops reading: cancels the subscription, which makes the JDK abort the exchange and close its connection, and
     * fails the body. Safe from any thread.
     *
     * @param failure what the body fails with
     */
    void abort(Throwable failure) {
        Flow.Subscription current = subscription;
        if (current != null) {
            current.cancel();
        }
        body.completeExceptionally(failure);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (body.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            received += item.remaining();
            if (received > limit) {
                abort(new ResponseTooLargeException(limit, "more than " + limit + " bytes arrived"));
                return;
            }
            buffers.add(item);
        }
    }

    @Override
    public void onError(Throwable failure) {
        body.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        byte[] whole = new byte[(int) received];
        int position = 0;
        for (ByteBuffer buffer : buffers) {
            int length = buffer.remaining();
            buffer.get(whole, position, length);
            position += length;
        }
        buffers.clear();
        body.complete(whole);
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return body;
    }
}
