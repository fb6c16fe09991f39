package io.github.dokploy4j.generator;

/**
 * Translates a JavaScript regular expression of the document (zod's {@code regex}, tested with {@code RegExp.test})
 * into Java's syntax with the same meaning: inside a character class JavaScript reads {@code [} and {@code &} as
 * themselves while Java reads a nested class and an intersection, so both are escaped there; outside one,
 * JavaScript's {@code $} (without the {@code m} flag) matches only at the very end, Java's also before a final line
 * break, so it becomes {@code \z}.
 */
final class JsRegex {
    private JsRegex() {
    }

    static String toJava(String js) {
        StringBuilder out = new StringBuilder();
        boolean inClass = false;
        for (int i = 0; i < js.length(); i++) {
            char c = js.charAt(i);
            if (c == '\\' && i + 1 < js.length()) {
                out.append(c).append(js.charAt(++i));
            } else if (inClass) {
                if (c == ']') {
                    inClass = false;
                    out.append(c);
                } else if (c == '[' || c == '&') {
                    out.append('\\').append(c);
                } else {
                    out.append(c);
                }
            } else if (c == '[') {
                inClass = true;
                out.append(c);
                // a ']' right after '[' or '[^' is a literal in JavaScript only when the class is empty; keep as is
            } else if (c == '$') {
                out.append("\\z");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
