package io.github.dokploy4j.internal.call;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dokploy4j.SecretFields;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Keeps secrets out of exception messages and log lines. It replaces every value it knows to be secret — the API
 * key, the values of default and per-call headers, and ({@link #withRequest}) every value a request carried in a
 * field that {@link SecretFields} calls secret — by {@link SecretFields#PLACEHOLDER} wherever it appears, and masks
 * the value of every secret-named key of a JSON body it quotes (a rollback's {@code fullContext}, a registry's
 * {@code password} echoed by {@code registry.create}, an application's {@code env}, …). Excerpts are also bounded
 * and have their control characters escaped; {@link #scrub} keeps a text's length and line breaks.
 */
public final class Redactor {
    /** How many characters of a body an exception keeps. */
    public static final int EXCERPT_LENGTH = 500;
    /**
     * Values shorter than this are not searched for: a two-letter value would be masked inside ordinary words, and is
     * no secret worth the name.
     */
    static final int SHORTEST_SECRET = 4;
    private static final String MASK = SecretFields.PLACEHOLDER;
    private static final Pattern JSON_KEY = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"\\s*:");

    private final List<String> secrets;

    /**
     * Creates a redactor.
     *
     * @param secrets the values never to show; blank ones are ignored
     */
    public Redactor(Collection<String> secrets) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String secret : secrets) {
            if (!secret.isBlank()) {
                distinct.add(secret);
            }
        }
        List<String> longestFirst = new ArrayList<>(distinct);
        // a secret that contains another must be replaced first, or its remainder would show
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        this.secrets = List.copyOf(longestFirst);
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
     * Returns a redactor that also hides every value the request carried in a secret field: in its JSON body at any
     * depth, and in its query parameters. A multi-line value of {@code KEY=value} lines (environment variables, build
     * arguments) is hidden whole and line by line, so a server that echoes one variable does not show it.
     *
     * @param uri the request's URI, whose query is read
     * @param body the request's JSON body, or {@code null}
     * @return the redactor; this one when the request carried no secret
     */
    public Redactor withRequest(URI uri, byte @Nullable [] body) {
        List<String> carried = new ArrayList<>();
        if (body != null && body.length > 0) {
            try {
                collect(WireJson.MAPPER.readTree(body), carried);
            } catch (IOException notJson) {
                // nothing to read field by field; the key and header values are still hidden
            }
        }
        String query = uri.getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0 && SecretFields.isSecret(decode(pair.substring(0, equals)))) {
                    addValue(decode(pair.substring(equals + 1)), carried);
                }
            }
        }
        return carried.isEmpty() ? this : with(carried);
    }

    private static void collect(@Nullable JsonNode node, List<String> carried) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (SecretFields.isSecret(field.getKey())) {
                    addAll(field.getValue(), carried);
                } else {
                    collect(field.getValue(), carried);
                }
            }
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, carried));
        }
    }

    private static void addAll(JsonNode value, List<String> carried) {
        if (value.isContainerNode()) {
            for (JsonNode child : value) {
                addAll(child, carried);
            }
        } else if (!value.isNull()) {
            addValue(value.asText(), carried);
        }
    }

    private static void addValue(String value, List<String> carried) {
        if (value.length() >= SHORTEST_SECRET) {
            carried.add(value);
        }
        if (value.indexOf('\n') >= 0 || value.indexOf('=') >= 0) {
            for (String line : value.split("\\r?\\n")) {
                int equals = line.indexOf('=');
                String part = equals >= 0 ? line.substring(equals + 1).strip() : line.strip();
                if (part.length() >= SHORTEST_SECRET) {
                    carried.add(part);
                }
            }
        }
    }

    private static String decode(String component) {
        return URLDecoder.decode(component, StandardCharsets.UTF_8);
    }

    /**
     * Returns a short, redacted excerpt of a body; invalid UTF-8 is shown with replacement characters.
     *
     * @param body the bytes
     * @return at most {@link #EXCERPT_LENGTH} characters and a marker when cut
     */
    public String excerpt(byte[] body) {
        String prefix = decodeLeniently(body, Math.min(body.length, EXCERPT_LENGTH * 4));
        Matcher key = JSON_KEY.matcher(prefix);
        while (key.find()) {
            if (SecretFields.isSecret(key.group(1))) {
                return redact(masked(body, prefix, key));
            }
        }
        return redact(prefix);
    }

    /**
     * The body with the value of every secret-named key masked. A body that is JSON is masked key by key; one that
     * is not (cut short, say) is kept only up to its first secret-named key.
     */
    private static String masked(byte[] body, String prefix, Matcher firstSecretKey) {
        try {
            String whole = WireJson.MAPPER.writeValueAsString(SecretFields.redact(WireJson.MAPPER.readTree(body)));
            return whole.length() > EXCERPT_LENGTH * 4 ? whole.substring(0, EXCERPT_LENGTH * 4) : whole;
        } catch (IOException unreadable) {
            return prefix.substring(0, firstSecretKey.start()) + firstSecretKey.group() + "\"" + MASK + "\"";
        }
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
