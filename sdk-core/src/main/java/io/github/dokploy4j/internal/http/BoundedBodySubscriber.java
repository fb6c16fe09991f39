package io.github.dokploy4j.internal.http;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import org.jspecify.annotations.Nullable;

/**
 * Collects a body into memory up to a limit. A body announced larger than the limit is refused before it is read;
 * one that grows past it is refused at that byte. Either way the subscription is cancelled, which makes the JDK
 * abort the exchange and close the connection, and the body fails with {@link ResponseTooLargeException}.
 */
final class BoundedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {
    private final long limit;
    private final long announced;
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private Flow.@Nullable Subscription subscription;
    private long received;

    private BoundedBodySubscriber(long limit, long announced) {
        this.limit = limit;
        this.announced = announced;
    }

    static HttpResponse.BodyHandler<byte[]> handler(long limit) {
        return info -> new BoundedBodySubscriber(limit, announcedLength(info));
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
            subscription.cancel();
            body.completeExceptionally(new ResponseTooLargeException(limit,
                    "the server announced " + announced + " bytes"));
            return;
        }
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (body.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            received += item.remaining();
            if (received > limit) {
                Flow.Subscription current = subscription;
                if (current != null) {
                    current.cancel();
                }
                body.completeExceptionally(new ResponseTooLargeException(limit,
                        "more than " + limit + " bytes arrived"));
                return;
            }
            byte[] chunk = new byte[item.remaining()];
            item.get(chunk);
            buffer.write(chunk, 0, chunk.length);
        }
    }

    @Override
    public void onError(Throwable failure) {
        body.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        body.complete(buffer.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return body;
    }
}
