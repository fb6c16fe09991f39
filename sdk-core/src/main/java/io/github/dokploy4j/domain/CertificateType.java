package io.github.dokploy4j.domain;

import org.jspecify.annotations.Nullable;

/**
 * How Traefik gets a domain's TLS certificate ({@code certificateType}).
 */
public enum CertificateType {
    /** {@code letsencrypt}: Let's Encrypt. */
    LETSENCRYPT("letsencrypt"),

    /** {@code none}: no certificate (plain HTTP, or TLS terminated elsewhere). */
    NONE("none"),

    /** {@code custom}: a certificate resolver named in {@code customCertResolver}. */
    CUSTOM("custom"),

    /** A value this SDK does not know, or none; the row's raw accessor holds the wire string. */
    UNKNOWN("");

    private final String wireValue;

    CertificateType(String wireValue) {
        this.wireValue = wireValue;
    }

    /**
     * Returns the value as the server sends it.
     *
     * @return e.g. {@code letsencrypt}; empty for {@link #UNKNOWN}
     */
    public String wireValue() {
        return wireValue;
    }

    /**
     * Reads a wire value.
     *
     * @param value the value, possibly {@code null}
     * @return the constant; {@link #UNKNOWN} for {@code null} and values this SDK does not know
     */
    public static CertificateType fromWire(@Nullable String value) {
        if (value == null) {
            return UNKNOWN;
        }
        for (CertificateType candidate : values()) {
            if (candidate != UNKNOWN && candidate.wireValue.equals(value)) {
                return candidate;
            }
        }
        return UNKNOWN;
    }
}
