package io.github.dokploy4j.internal.call;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Makes bounded, secret-free excerpts of bodies for exception messages: every configured secret (the API key, the
 * values of default headers) is replaced, control characters are escaped, and the text is cut at a fixed length.
 */
public final class Redactor {
    /** How many characters of a body an exception keeps. */
    public static final int EXCERPT_LENGTH = 500;
    private static final String MASK = "[REDACTED]";

    private final List<String> secrets;

    /**
     * Creates a redactor.
     *
     * @param secrets the values never to show; blank ones are ignored
     */
    public Redactor(List<String> secrets) {
        this.secrets = secrets.stream().filter(s -> !s.isBlank()).toList();
    }

    /**
     * Returns a short, redacted excerpt of a body; invalid UTF-8 is shown with replacement characters.
     *
     * @param body the bytes
     * @return at most {@link #EXCERPT_LENGTH} characters and a marker when cut
     */
    public String excerpt(byte[] body) {
        int length = Math.min(body.length, EXCERPT_LENGTH * 4);
        String text = decodeLeniently(body, length);
        return redact(text);
    }

    /**
     * Redacts and bounds a text.
     *
     * @param text any text
     * @return the text without secrets, at most {@link #EXCERPT_LENGTH} characters and a marker when cut
     */
    public String redact(String text) {
        String clean = text;
        for (String secret : secrets) {
            clean = clean.replace(secret, MASK);
        }
        StringBuilder out = new StringBuilder(Math.min(clean.length(), EXCERPT_LENGTH) + 16);
        for (int i = 0; i < clean.length() && out.length() < EXCERPT_LENGTH; i++) {
            char c = clean.charAt(i);
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(c)) {
                out.append('?');
            } else {
                out.append(c);
            }
        }
        if (out.length() >= EXCERPT_LENGTH && clean.length() > EXCERPT_LENGTH) {
            out.append("…");
        }
        return out.toString();
    }

    private static String decodeLeniently(byte[] body, int length) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(body, 0, length))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder cannot fail", e);
        }
    }
}
