package io.github.dokploy4j.testkit;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Random;

/** Makes ids the way Dokploy does: 21-character nanoids and {@code <slug>-<6 chars>} app names. */
final class IdGenerator {

    private static final String NANOID_ALPHABET =
            "useandom-26T198340PX75pxJACKVERYMINDBUSHWOLF_GQZbfghjklqvwyzrict";
    private static final String APP_NAME_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final String KEY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private final Random random = new SecureRandom();

    synchronized String nanoid() {
        return pick(NANOID_ALPHABET, 21);
    }

    synchronized String appName(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.isEmpty()) {
            slug = "app";
        }
        return slug + "-" + pick(APP_NAME_ALPHABET, 6);
    }

    synchronized String apiKey() {
        return "fake" + pick(KEY_ALPHABET, 60);
    }

    synchronized String commitSha() {
        return pick("0123456789abcdef", 40);
    }

    synchronized int nextInt(int bound) {
        return random.nextInt(bound);
    }

    synchronized String pick(String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
