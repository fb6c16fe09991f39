package io.github.dokploy4j.internal.client;

import java.net.http.HttpClient;
import java.util.Arrays;

/**
 * Ends the selector thread of a JDK {@link HttpClient} on Java 17 to 20, where the client cannot be closed.
 *
 * <p>Each JDK client runs a thread, {@code HttpClient-<id>-SelectorManager}, that waits for I/O in native code until
 * the client is garbage-collected. A JVM that exits while a thread waits in native code first waits 300 ms for it
 * (HotSpot's {@code VM_Exit}), so every short-lived process that used the SDK took 300 ms longer to end. Interrupting
 * that thread is how the JDK itself stops it: its loop ends, and it closes its selector and connections. The id comes
 * from the client's {@code toString()} ({@code …HttpClientImpl@1b2c3d(7)}), as the JDK's own tests read it; a client
 * whose text has no id (another implementation) is left alone.
 */
final class SelectorThread {
    private SelectorThread() {
    }

    static void stop(HttpClient client) {
        String text = client.toString();
        int open = text.lastIndexOf('(');
        if (open < 0 || !text.endsWith(")")) {
            return;
        }
        String name = "HttpClient-" + text.substring(open + 1, text.length() - 1) + "-SelectorManager";
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() + 8];
        int count = root.enumerate(threads, true);
        Arrays.stream(threads, 0, count).filter(thread -> thread.getName().equals(name)).forEach(Thread::interrupt);
    }
}
