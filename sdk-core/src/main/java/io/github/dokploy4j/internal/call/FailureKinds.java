package io.github.dokploy4j.internal.call;

import io.github.dokploy4j.error.DokployTransportException.Kind;
import io.github.dokploy4j.internal.http.ResendRefusedException;
import io.github.dokploy4j.internal.http.ResponseTooLargeException;
import io.github.dokploy4j.internal.poll.Failures;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/** Sorts the JDK's transport failures into the kinds the retry policy and the exceptions speak of. */
final class FailureKinds {
    private FailureKinds() {
    }

    static Kind classify(Throwable failure) {
        Throwable cause = Failures.cause(failure);
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof ResponseTooLargeException) {
                return Kind.RESPONSE_TOO_LARGE;
            }
            if (t instanceof ResendRefusedException) {
                return Kind.CONNECTION_LOST;
            }
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof HttpConnectTimeoutException) {
                return Kind.CONNECT_TIMEOUT;
            }
            if (t instanceof HttpTimeoutException || t instanceof TimeoutException) {
                return Kind.REQUEST_TIMEOUT;
            }
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof UnresolvedAddressException) {
                return Kind.CONNECT_FAILED;
            }
            if (t instanceof SSLException) {
                return Kind.IO;
            }
        }
        return cause instanceof IOException ? Kind.CONNECTION_LOST : Kind.IO;
    }

    /** Whether the request provably never reached the server, so that even a POST may be sent again. */
    static boolean neverSent(Kind kind) {
        return kind == Kind.CONNECT_FAILED || kind == Kind.CONNECT_TIMEOUT;
    }

    static String describe(Kind kind, Throwable cause, Duration requestTimeout, Duration connectTimeout) {
        switch (kind) {
            case CONNECT_FAILED:
                return "could not connect";
            case CONNECT_TIMEOUT:
                return "no connection within the connect timeout (" + connectTimeout.toMillis() + " ms)";
            case REQUEST_TIMEOUT:
                return "no complete answer within the request timeout (" + requestTimeout.toMillis()
                        + " ms, headers and body)";
            case CONNECTION_LOST:
                return "the connection broke before a complete answer" + (refusedResend(cause)
                        ? " (the HTTP client's own re-send was refused: the retry budget was spent)" : "");
            case RESPONSE_TOO_LARGE:
                return tooLarge(cause) + "; raise the limit with DokployClient.builder().maxResponseBytes(…) if"
                        + " such an answer is expected";
            default:
                return "I/O failure";
        }
    }

    private static boolean refusedResend(Throwable cause) {
        for (Throwable t = Failures.cause(cause); t != null; t = t.getCause()) {
            if (t instanceof ResendRefusedException) {
                return true;
            }
        }
        return false;
    }

    private static String tooLarge(Throwable cause) {
        for (Throwable t = Failures.cause(cause); t != null; t = t.getCause()) {
            if (t instanceof ResponseTooLargeException) {
                return t.getMessage();
            }
        }
        return "the answer is larger than maxResponseBytes";
    }
}
