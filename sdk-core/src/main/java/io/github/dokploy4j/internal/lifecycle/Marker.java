package io.github.dokploy4j.internal.lifecycle;

import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.QueueJob;
import java.util.function.DoubleSupplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The tag a handle appends to the description it deploys with, so that it can recognise its own queue job and row:
 * {@code [dokploy4j k3J9x2Qa7Z]}. Git builds replace the description with the commit when they end, so the marker
 * identifies a deployment only until then; the handle latches the id as soon as it sees it.
 */
final class Marker {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final Pattern ANY = Pattern.compile("\\[dokploy4j [A-Za-z0-9]{10}]");

    private final String text;

    private Marker(String text) {
        this.text = text;
    }

    static Marker random(DoubleSupplier random) {
        StringBuilder token = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            token.append(ALPHABET.charAt((int) (random.getAsDouble() * ALPHABET.length())));
        }
        return new Marker("[dokploy4j " + token + "]");
    }

    /** The description to send: the caller's, then the marker. */
    String appendTo(@Nullable String description) {
        return description == null || description.isBlank() ? text : description + " " + text;
    }

    boolean isIn(Deployment row) {
        return row.title().contains(text) || row.description().filter(d -> d.contains(text)).isPresent();
    }

    boolean isIn(QueueJob job) {
        return job.data().titleLog().contains(text)
                || job.data().descriptionLog().filter(d -> d.contains(text)).isPresent();
    }

    /** Whether a row carries any handle's marker (so it is some other handle's deployment, if not this one's). */
    static boolean anyIn(Deployment row) {
        return ANY.matcher(row.title()).find() || row.description().filter(d -> ANY.matcher(d).find()).isPresent();
    }

    @Override
    public String toString() {
        return text;
    }
}
