package io.github.dokploy4j.testkit;

import java.util.List;
import java.util.Locale;

/**
 * The {@code appName} Dokploy gives a new application or compose service ({@code buildAppName}, read from source): a
 * given name cleaned and suffixed with 6 random characters, or else {@code <type>-<verb>-<adjective>-<noun>-<6>} from
 * faker's hacker words, e.g. {@code app-index-mobile-hard-drive-wfhvhq} (captures-resources 009).
 */
final class AppNames {

    private static final List<String> VERBS = List.of("back up", "bypass", "hack", "override", "compress", "copy",
            "navigate", "index", "connect", "generate", "quantify", "calculate", "synthesize", "input", "transmit",
            "program", "reboot", "parse");
    private static final List<String> ADJECTIVES = List.of("auxiliary", "primary", "back-end", "digital",
            "open-source", "virtual", "cross-platform", "redundant", "online", "haptic", "multi-byte", "bluetooth",
            "wireless", "1080p", "neural", "optical", "solid state", "mobile");
    private static final List<String> NOUNS = List.of("driver", "protocol", "bandwidth", "panel", "microchip",
            "program", "port", "card", "array", "interface", "system", "sensor", "firewall", "hard drive", "pixel",
            "alarm", "feed", "monitor", "application", "transmitter", "bus", "circuit", "capacitor", "matrix");

    private AppNames() {
    }

    /**
     * The appName of a new service.
     *
     * @param type {@code "app"} or {@code "compose"}
     * @param given the caller's appName, or {@code null}
     */
    static String build(IdGenerator ids, String type, String given) {
        if (given != null && !given.isEmpty()) {
            // cleanAppName, then generatePassword(6), which lower-cases letters and digits
            return given.strip().replace(' ', '-').toLowerCase(Locale.ROOT) + "-"
                    + ids.pick("abcdefghijklmnopqrstuvwxyz0123456789", 6);
        }
        return type + "-" + word(ids, VERBS) + "-" + word(ids, ADJECTIVES) + "-" + word(ids, NOUNS) + "-"
                + ids.pick("abcdefghijklmnopqrstuvwxyz123456789", 6);
    }

    private static String word(IdGenerator ids, List<String> words) {
        return words.get(ids.nextInt(words.size())).replace(' ', '-');
    }
}
