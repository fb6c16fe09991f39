package io.github.dokploy4j.internal.lifecycle;

import io.github.dokploy4j.deployment.Deployment;
import io.github.dokploy4j.deployment.QueueJob;
import java.util.Objects;
import java.util.function.DoubleSupplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How a handle recognises its own queue job and row. Normally by the tag it appends to the description it deploys
 * with, {@code [dokploy4j k3J9x2Qa7Z]}: certain, until a git build replaces the description with the commit at its
 * end (the handle latches the id as soon as it sees it). A deploy sent {@link #none without the tag} is only known by
 * the title and description it was sent with, which other deploys of the service may share: a hint, never proof.
 */
final class Marker {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final Pattern ANY = Pattern.compile("\\[dokploy4j [A-Za-z0-9]{10}]");

    private final @Nullable String tag;
    private final String title;
    private final String description;

    private Marker(@Nullable String tag, String title, String description) {
        this.tag = tag;
        this.title = title;
        this.description = description;
    }

    static Marker random(DoubleSupplier random) {
        StringBuilder token = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            token.append(ALPHABET.charAt((int) (random.getAsDouble() * ALPHABET.length())));
        }
        return new Marker("[dokploy4j " + token + "]", "", "");
    }

    /** No tag: the deploy is known by the title and description the server gives it. */
    static Marker none(String title, String description) {
        return new Marker(null, title, description);
    }

    /** Whether the tag is sent, so that a match is certain. */
    boolean tags() {
        return tag != null;
    }

    /** The description to send: the caller's, then the tag; {@code null} to send none. */
    @Nullable String appendTo(@Nullable String description) {
        if (tag == null) {
            return description;
        }
        return description == null || description.isBlank() ? tag : description + " " + tag;
    }

    boolean isIn(Deployment row) {
        return tag != null && (row.title().contains(tag) || row.description().filter(d -> d.contains(tag))
                .isPresent());
    }

    boolean isIn(QueueJob job) {
        return tag != null && (job.data().titleLog().contains(tag) || job.data().descriptionLog()
                .filter(d -> d.contains(tag)).isPresent());
    }

    /** Whether a row still carries the title and description this untagged deploy was sent with. */
    boolean textIn(Deployment row) {
        return tag == null && row.title().equals(title) && row.description().orElse("").equals(description);
    }

    /** Whether a job carries the title and description this untagged deploy was sent with. */
    boolean textIn(QueueJob job) {
        return tag == null && job.data().titleLog().equals(title)
                && job.data().descriptionLog().orElse("").equals(description);
    }

    /** Whether a row carries any handle's tag (so it is some other handle's deployment, if not this one's). */
    static boolean anyIn(Deployment row) {
        return ANY.matcher(row.title()).find() || row.description().filter(d -> ANY.matcher(d).find()).isPresent();
    }

    @Override
    public String toString() {
        return Objects.requireNonNullElse(tag, "(no marker)");
    }
}
