package io.github.dokploy4j.cli;

import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.QueueJob;
import java.text.SimpleDateFormat;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.CountDownLatch;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Work a command that talks to a server will need, started on a second thread while picocli builds its model and
 * parses the command line on the first one (a process of about half a second spends a fifth of it there):
 * <ol>
 *   <li>the client of {@code DOKPLOY_URL}, when the arguments hold no {@code --url} or {@code --api-key} that could
 *       name another server or key. Building a client sends nothing; a command that does not connect after all
 *       closes it, and a failure (no key, a refused address) is reported by the command, as if it had connected
 *       itself;</li>
 *   <li>the JDK's calendar and date-format data for {@code Locale.US}, which Jackson's {@code ObjectMapper} reads for
 *       its static date format the first time a mapper is made (about a tenth of the command's CPU time);</li>
 *   <li>the reflection data and annotations of the models the command will decode and print
 *       ({@link ModelReflection}), which Jackson reads when it makes their deserializers and serializers.</li>
 * </ol>
 * Besides the client, only the JDK runs here: locale data and reflection. No class of Jackson or of the SDK's models
 * is initialised (but for the enums that annotation values name, whose initialisers need nothing else), so the two
 * threads never initialise library classes in opposite orders, which could deadlock.
 * Nothing starts for {@code --help} or {@code --version}, for the commands that never connect, or without a
 * command.
 */
final class HeadStart implements AutoCloseable {
    /** The commands that never talk to a server of the user's. */
    private static final Set<String> OFFLINE = Set.of("help", "demo", "completion");
    private static final HeadStart NONE = new HeadStart(null, null, null, List.of());

    private final @Nullable String address;
    private final @Nullable String key;
    private final @Nullable CountDownLatch connected;
    private final List<Class<?>> models;
    private @Nullable Backend backend;
    private @Nullable Throwable failure;
    private boolean taken;

    private HeadStart(@Nullable String address, @Nullable String key, @Nullable CountDownLatch connected,
            List<Class<?>> models) {
        this.address = address;
        this.key = key;
        this.connected = connected;
        this.models = models;
    }

    /**
     * Starts what these arguments will need, if anything.
     *
     * @param args the command line
     * @param environment the environment variables
     * @return the head start; close it when the command has run
     */
    static HeadStart begin(String[] args, UnaryOperator<String> environment) {
        String command = CommandSet.commandNamed(args);
        if (command == null || OFFLINE.contains(command) || !CommandSet.has(command) || asksForHelp(args)) {
            return NONE;
        }
        String address = mentions(args, "--url", "--api-key") ? null : Backend.environmentAddress(environment);
        String key = Backend.environmentKey(environment);
        HeadStart start = new HeadStart(address, key, address == null ? null : new CountDownLatch(1),
                MODELS.getOrDefault(command, List.of()));
        Thread thread = new Thread(start::run, "dokploy-head-start");
        thread.setDaemon(true);
        thread.start();
        return start;
    }

    /** The models each command decodes and prints first. */
    private static final Map<String, List<Class<?>>> MODELS = Map.of(
            "queue", List.of(QueueJob.class),
            "watch", List.of(QueueJob.class, Deployment.class),
            "deployments", List.of(Deployment.class),
            "deploy", List.of(Deployment.class),
            "logs", List.of(Deployment.class),
            "rm", List.of(Deployment.class),
            "rollback", List.of(Deployment.class),
            "cancel", List.of(QueueJob.class, Deployment.class));

    private void run() {
        if (connected != null) {
            try {
                Backend made = Backend.server(address, key);
                synchronized (this) {
                    backend = made;
                }
            } catch (RuntimeException | Error e) {
                synchronized (this) {
                    failure = e;
                }
            } finally {
                connected.countDown();
            }
        }
        readLocaleData();
        ModelReflection reflection = new ModelReflection();
        for (Class<?> model : models) {
            reflection.read(model);
        }
    }

    /** What Jackson's {@code StdDateFormat} makes when it is initialised: the JDK then caches the data. */
    private static void readLocaleData() {
        TimeZone utc = TimeZone.getTimeZone("UTC");
        new SimpleDateFormat("EEE, dd MMM yyyy HH:mm:ss zzz", Locale.US).setTimeZone(utc);
        new GregorianCalendar(utc, Locale.US);
    }

    /**
     * The client of {@code DOKPLOY_URL}, when it was started here: waits until it is built.
     *
     * @return the backend, or {@code null} when none was started
     * @throws CliFailure (or whatever else building it threw) when it could not be built
     */
    @Nullable Backend take() {
        if (connected == null) {
            return null;
        }
        awaitConnected();
        synchronized (this) {
            taken = true;
            if (failure instanceof RuntimeException) {
                throw (RuntimeException) failure;
            }
            if (failure instanceof Error) {
                throw (Error) failure;
            }
            return backend;
        }
    }

    /** Closes the client that was built here and never taken, waiting for it if it is still being built. */
    @Override
    public void close() {
        if (connected == null) {
            return;
        }
        synchronized (this) {
            if (taken) {
                return;
            }
            taken = true;
        }
        awaitConnected();
        Backend unused;
        synchronized (this) {
            unused = backend;
        }
        if (unused != null) {
            unused.close();
        }
    }

    private void awaitConnected() {
        boolean interrupted = false;
        while (true) {
            try {
                connected.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean asksForHelp(String[] args) {
        for (String arg : args) {
            if (arg.equals("--")) {
                return false;
            }
            if (arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version")) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentions(String[] args, String... options) {
        for (String arg : args) {
            for (String option : options) {
                if (arg.equals(option) || arg.startsWith(option + "=")) {
                    return true;
                }
            }
        }
        return false;
    }
}
