package io.github.dokploy4j.internal.call;

import java.util.Locale;

/**
 * Tells whether a host name or literal address means this machine, without a DNS lookup: {@code localhost} (and
 * {@code *.localhost}), {@code 127.0.0.0/8} and {@code ::1}. A key sent over plain HTTP to such a host never crosses
 * a network.
 */
final class LoopbackHost {
    private LoopbackHost() {
    }

    static boolean is(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        if (name.equals("localhost") || name.endsWith(".localhost") || name.equals("::1")
                || name.equals("0:0:0:0:0:0:0:1")) {
            return true;
        }
        String[] parts = name.split("\\.", -1);
        if (parts.length != 4 || !parts[0].equals("127")) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)
                    || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }
}
