package io.github.dokploy4j.testkit;

import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Dokploy release number, {@code vMAJOR.MINOR.PATCH}, as {@code settings.getDokployVersion} answers it. Immutable;
 * ordered by major, then minor, then patch.
 *
 * <pre>{@code
 * DokployVersion v = DokployVersion.parse("v0.28.2");
 * v.isAtLeast(DokployVersion.parse("v0.28.3"));   // false: no queueList on this server
 * }</pre>
 */
public final class DokployVersion implements Comparable<DokployVersion> {

    private static final Pattern FORMAT = Pattern.compile("v?(\\d{1,4})\\.(\\d{1,4})\\.(\\d{1,4})");
    private static final Comparator<DokployVersion> ORDER = Comparator.comparingInt(DokployVersion::major)
            .thenComparingInt(DokployVersion::minor)
            .thenComparingInt(DokployVersion::patch);

    private final int major;
    private final int minor;
    private final int patch;

    private DokployVersion(int major, int minor, int patch) {
        this.major = major;
        this.minor = minor;
        this.patch = patch;
    }

    /**
     * Parses {@code "v0.28.2"} (the leading {@code v} may be left out).
     *
     * @param text the version
     * @return the version
     * @throws IllegalArgumentException if the text is not {@code vX.Y.Z} with up to four digits per number
     */
    public static DokployVersion parse(String text) {
        Objects.requireNonNull(text, "text");
        Matcher matcher = FORMAT.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("a Dokploy version looks like \"v0.28.2\": " + text);
        }
        return new DokployVersion(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3)));
    }

    /**
     * The major number: {@code 0} in {@code v0.28.2}.
     *
     * @return the major number
     */
    public int major() {
        return major;
    }

    /**
     * The minor number: {@code 28} in {@code v0.28.2}.
     *
     * @return the minor number
     */
    public int minor() {
        return minor;
    }

    /**
     * The patch number: {@code 2} in {@code v0.28.2}.
     *
     * @return the patch number
     */
    public int patch() {
        return patch;
    }

    /**
     * Whether this version is {@code other} or a later one.
     *
     * @param other the version to compare with
     * @return {@code true} if this version is not older than {@code other}
     */
    public boolean isAtLeast(DokployVersion other) {
        return compareTo(other) >= 0;
    }

    @Override
    public int compareTo(DokployVersion other) {
        return ORDER.compare(this, Objects.requireNonNull(other, "other"));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DokployVersion && compareTo((DokployVersion) other) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(major, minor, patch);
    }

    /**
     * The version as Dokploy writes it.
     *
     * @return e.g. {@code "v0.28.2"}
     */
    @Override
    public String toString() {
        return "v" + major + "." + minor + "." + patch;
    }
}
