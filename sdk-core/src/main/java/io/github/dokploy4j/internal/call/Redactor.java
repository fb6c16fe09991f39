package io.github.dokploy4j.internal.call;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Makes bounded, secret-free excerpts of bodies for exception messages and logs: every configured secret (the API
 * key, the values of default headers) is replaced, the value of every {@code fullContext} field (a rollback's snapshot
 * of an application's environment, build secrets and registry credentials) is masked, control characters are
 * escaped, and the text is cut at a fixed length.
 */
public final class Redactor {
    /** How many characters of a body an exception keeps. */
    public static final int EXCERPT_LENGTH = 500;
    private static final String MASK = "[REDACTED]";
    private static final String SECRET_FIELD = "fullContext";
    private static final byte[] SECRET_KEY = ("\"" + SECRET_FIELD + "\"").getBytes(StandardCharsets.US_ASCII);

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
     * Returns a redactor that also hides the given values.
     *
     * @param more further secrets, such as the values of per-call headers
     * @return this redactor when there is nothing to add, otherwise a new one
     */
    public Redactor with(Collection<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new ArrayList<>(secrets);
        all.addAll(more);
        return new Redactor(all);
    }

    /**
     * Returns a short, redacted excerpt of a body; invalid UTF-8 is shown with replacement characters.
     *
     * @param body the bytes
     * @return at most {@link #EXCERPT_LENGTH} characters and a marker when cut
     */
    public String excerpt(byte[] body) {
        byte[] safe = withoutSecretFields(body);
        int length = Math.min(safe.length, EXCERPT_LENGTH * 4);
        String text = decodeLeniently(safe, length);
        return redact(text);
    }

    private static byte[] withoutSecretFields(byte[] body) {
        int at = indexOf(body, SECRET_KEY);
        if (at < 0) {
            return body;
        }
        try {
            JsonNode tree = WireJson.MAPPER.readTree(body);
            mask(tree);
            return WireJson.MAPPER.writeValueAsBytes(tree);
        } catch (IOException unreadable) {
            // not JSON as a whole (truncated, say): keep only what comes before the field
            String head = new String(body, 0, at, StandardCharsets.UTF_8);
            return (head + "\"" + SECRET_FIELD + "\":\"" + MASK + "\"").getBytes(StandardCharsets.UTF_8);
        }
    }

    private static void mask(JsonNode node) {
        if (node instanceof ObjectNode) {
            ObjectNode object = (ObjectNode) node;
            if (object.has(SECRET_FIELD)) {
                object.set(SECRET_FIELD, TextNode.valueOf(MASK));
            }
        }
        for (JsonNode child : node) {
            mask(child);
        }
    }

    private static int indexOf(byte[] body, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= body.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (body[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /**
     * Replaces every secret in a text and keeps the rest as it is, line breaks and length included: what a server's
     * own message may be shown as.
     *
     * @param text any text
     * @return the text without secrets
     */
    public String scrub(String text) {
        String clean = text;
        for (String secret : secrets) {
            clean = clean.replace(secret, MASK);
        }
        return clean;
    }

    /**
     * Redacts and bounds a text for a log line or an exception message: secrets replaced, line breaks escaped,
     * control characters replaced, at most {@link #EXCERPT_LENGTH} characters.
     *
     * @param text any text
     * @return the text without secrets, at most {@link #EXCERPT_LENGTH} characters and a marker when cut
     */
    public String redact(String text) {
        String clean = scrub(text);
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
