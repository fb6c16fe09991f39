package io.github.dokploy4j.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Javadoc text: escaping and the sentences that describe a field's rules. */
final class Doc {
    private Doc() {
    }

    /** Text shown literally in Javadoc (HTML and Javadoc tags escaped). */
    static String literal(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '@' -> out.append("&#64;");
                case '{' -> out.append("&#123;");
                case '}' -> out.append("&#125;");
                case '*' -> out.append("&#42;");
                case '/' -> out.append("&#47;");
                case '\\' -> out.append("&#92;");
                default -> out.append(c);
            }
        }
        return "<code>" + out + "</code>";
    }

    static String code(String text) {
        return "{@code " + text + "}";
    }

    /** The rules of a field, e.g. "required; at least 1 character". */
    static String rules(Schema.Field field, SecretRule secrets) {
        List<String> parts = new ArrayList<>();
        if (field.required() && field.nullable()) {
            parts.add("required but nullable: sent as {@code null} when not set");
        } else if (field.required()) {
            parts.add("required");
        } else {
            parts.add(field.nullable() ? "optional, nullable" : "optional");
        }
        parts.addAll(schemaRules(field.schema()));
        if (secrets.isSecret(field.name())) {
            parts.add("secret: {@code toString()} shows {@code ***}");
        }
        return String.join("; ", parts);
    }

    static List<String> schemaRules(Schema schema) {
        List<String> parts = new ArrayList<>();
        if (schema instanceof Schema.Str string) {
            if (string.minLength() != null) {
                parts.add("at least " + count(string.minLength(), "character"));
            }
            if (string.maxLength() != null) {
                parts.add("at most " + count(string.maxLength(), "character"));
            }
            if (string.pattern() != null) {
                parts.add("matches " + literal(string.pattern()) + (string.orEmpty() ? " or is empty" : ""));
            }
            if ("uri".equals(string.format())) {
                parts.add("a URL");
            } else if ("email".equals(string.format())) {
                parts.add("an email address");
            }
            if (string.isEnum()) {
                parts.add("one of " + String.join(", ", string.values().stream().map(Doc::literal).toList()));
            }
            if (string.defaultValue() != null) {
                parts.add("the server's default: " + literal(string.defaultValue()));
            }
        } else if (schema instanceof Schema.Num number) {
            parts.add(number.integer() ? "a whole number" : "a number");
            if (number.minimum() != null) {
                parts.add("at least " + plain(number.minimum()));
            }
            if (number.maximum() != null) {
                parts.add("at most " + plain(number.maximum()));
            }
            if (number.defaultValue() != null) {
                parts.add("the server's default: " + literal(number.defaultValue()));
            }
        } else if (schema instanceof Schema.Bool bool && bool.defaultValue() != null) {
            parts.add("the server's default: " + literal(bool.defaultValue()));
        } else if (schema instanceof Schema.Array array) {
            if (array.minItems() != null) {
                parts.add("at least " + count(array.minItems(), "element"));
            }
            List<String> items = schemaRules(array.items());
            if (!items.isEmpty()) {
                parts.add("each element: " + String.join(", ", items));
            }
        } else if (schema instanceof Schema.Any) {
            parts.add("any JSON value");
        }
        return parts;
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static String plain(double number) {
        return number == Math.rint(number) && Math.abs(number) < 1e15 ? String.valueOf((long) number)
                : String.valueOf(number).toLowerCase(Locale.ROOT);
    }
}
