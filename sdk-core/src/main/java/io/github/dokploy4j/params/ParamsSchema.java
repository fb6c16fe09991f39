package io.github.dokploy4j.params;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The fields of one generated input and the rules the server's schema (zod) checks on them: required, nullable,
 * lengths, patterns, ranges, whole numbers, list sizes and URLs. {@link ParamsObject} checks them when it is built, so
 * a request never leaves with input the server would refuse for these reasons; every violation is an
 * {@link IllegalArgumentException} naming the field, the rule and the procedure.
 *
 * <p>Generated code declares one schema per class:
 *
 * <pre>{@code
 * ParamsSchema.builder("project.create")
 *         .field("name").required().minLength(1)
 *         .field("description").nullable()
 *         .build();
 * }</pre>
 */
public final class ParamsSchema {
    private final String procedure;
    private final String path;
    private final Map<String, Field> fields;

    private ParamsSchema(String procedure, String path, Map<String, Field> fields) {
        this.procedure = procedure;
        this.path = path;
        this.fields = Collections.unmodifiableMap(fields);
    }

    /**
     * Starts the schema of a procedure's input.
     *
     * @param procedure e.g. {@code project.create}
     * @return the builder
     */
    public static Builder builder(String procedure) {
        return new Builder(procedure, "");
    }

    /**
     * Starts the schema of an object nested in a procedure's input.
     *
     * @param procedure e.g. {@code application.update}
     * @param path where the object sits, e.g. {@code healthCheckSwarm} or {@code networkSwarm[]}
     * @return the builder
     */
    public static Builder nested(String procedure, String path) {
        return new Builder(procedure, path + ".");
    }

    /**
     * Returns the procedure this input belongs to.
     *
     * @return e.g. {@code project.create}
     */
    public String procedure() {
        return procedure;
    }

    boolean has(String name) {
        return fields.containsKey(name);
    }

    Iterable<String> names() {
        return fields.keySet();
    }

    String name(String field) {
        return path + field;
    }

    /** Refuses a {@code null} for a field that cannot be null. */
    void checkNull(String field, @Nullable Object value) {
        Field rules = fields.get(field);
        if (value == null && rules != null && !rules.nullable) {
            throw new NullPointerException(name(field) + " must not be null (" + procedure + ")");
        }
    }

    /**
     * Orders the values as the schema declares its fields (then the additional ones), fills the fields that are
     * required but nullable with {@code null}, and checks every rule.
     */
    Map<String, @Nullable Object> complete(Map<String, @Nullable Object> values) {
        Map<String, @Nullable Object> ordered = new LinkedHashMap<>();
        for (Field field : fields.values()) {
            if (values.containsKey(field.name)) {
                Object value = values.get(field.name);
                if (value != null) {
                    field.check(value, this);
                }
                ordered.put(field.name, value);
            } else if (field.required && field.nullable) {
                ordered.put(field.name, null);
            } else if (field.required) {
                throw new IllegalArgumentException(name(field.name) + " is required (" + procedure + ")");
            }
        }
        values.forEach(ordered::putIfAbsent);
        return ordered;
    }

    IllegalArgumentException violation(String field, String rule) {
        return new IllegalArgumentException(name(field) + " " + rule + " (" + procedure + ")");
    }

    /** Declares the fields of a schema; each rule applies to the field declared last. */
    public static final class Builder {
        private final String procedure;
        private final String path;
        private final Map<String, Field> fields = new LinkedHashMap<>();
        private @Nullable Field current;

        private Builder(String procedure, String path) {
            this.procedure = Objects.requireNonNull(procedure, "procedure");
            this.path = path;
        }

        /**
         * Declares a field by its JSON name; optional and not nullable until said otherwise.
         *
         * @param name the JSON name
         * @return this builder
         */
        public Builder field(String name) {
            current = new Field(Objects.requireNonNull(name, "name"));
            fields.put(name, current);
            return this;
        }

        /**
         * Makes the field required: {@code build()} refuses an input without it (unless it is also nullable, in
         * which case it is sent as {@code null}).
         *
         * @return this builder
         */
        public Builder required() {
            field().required = true;
            return this;
        }

        /**
         * Lets the field be {@code null}.
         *
         * @return this builder
         */
        public Builder nullable() {
            field().nullable = true;
            return this;
        }

        /**
         * A string (or each string of a list) must have at least this many characters (UTF-16 units, as in
         * JavaScript).
         *
         * @param length the least length
         * @return this builder
         */
        public Builder minLength(int length) {
            field().rules.add(new Rule.MinLength(length));
            return this;
        }

        /**
         * A string (or each string of a list) must have at most this many characters.
         *
         * @param length the greatest length
         * @return this builder
         */
        public Builder maxLength(int length) {
            field().rules.add(new Rule.MaxLength(length));
            return this;
        }

        /**
         * A string (or each string of a list) must match a regular expression, searched as JavaScript's
         * {@code RegExp.test} does.
         *
         * @param regex the expression in Java's syntax
         * @param shown the expression as the server's schema writes it, for messages
         * @param orEmpty whether the empty string is accepted too
         * @return this builder
         */
        public Builder pattern(String regex, String shown, boolean orEmpty) {
            field().rules.add(new Rule.Matches(Pattern.compile(regex), shown, orEmpty));
            return this;
        }

        /**
         * A number must be at least this.
         *
         * @param minimum the least value
         * @return this builder
         */
        public Builder minimum(double minimum) {
            field().rules.add(new Rule.Minimum(minimum));
            return this;
        }

        /**
         * A number must be at most this.
         *
         * @param maximum the greatest value
         * @return this builder
         */
        public Builder maximum(double maximum) {
            field().rules.add(new Rule.Maximum(maximum));
            return this;
        }

        /**
         * A number must be finite (as every JSON number is) and, when {@code whole}, a whole number.
         *
         * @param whole whether fractions are refused
         * @return this builder
         */
        public Builder number(boolean whole) {
            field().rules.add(new Rule.Finite(whole));
            return this;
        }

        /**
         * A list must have at least this many elements.
         *
         * @param count the least size
         * @return this builder
         */
        public Builder minItems(int count) {
            field().rules.add(new Rule.MinItems(count));
            return this;
        }

        /**
         * A string must be a URL as the server's {@code new URL(…)} reads one: a scheme, then the rest.
         *
         * @return this builder
         */
        public Builder url() {
            field().rules.add(new Rule.Url());
            return this;
        }

        /**
         * Finishes the schema.
         *
         * @return the schema
         */
        public ParamsSchema build() {
            return new ParamsSchema(procedure, path, new LinkedHashMap<>(fields));
        }

        private Field field() {
            if (current == null) {
                throw new IllegalStateException("declare a field first");
            }
            return current;
        }
    }

    /** One field and its rules. */
    private static final class Field {
        final String name;
        boolean required;
        boolean nullable;
        final List<Rule> rules = new ArrayList<>();

        Field(String name) {
            this.name = name;
        }

        void check(Object value, ParamsSchema schema) {
            for (Rule rule : rules) {
                if (value instanceof List && !(rule instanceof Rule.MinItems)) {
                    for (Object element : (List<?>) value) {
                        if (element != null) {
                            rule.check(element, name, schema);
                        }
                    }
                } else {
                    rule.check(value, name, schema);
                }
            }
        }
    }

    /** A rule of the server's schema. */
    private interface Rule {
        void check(Object value, String field, ParamsSchema schema);

        /** The {@code min(n)} of a string. */
        record MinLength(int length) implements Rule {
            @Override
            public void check(Object value, String field, ParamsSchema schema) {
                if (value instanceof String && ((String) value).length() < length) {
                    throw schema.violation(field, "must have at least " + characters(length));
                }
            }
        }

        /** The {@code max(n)} of a string. */
        record MaxLength(int length) implements Rule {
            @Override
            public void check(Object value, String field, ParamsSchema schema) {
                if (value instanceof String && ((String) value).length() > length) {
                    throw schema.violation(field, "must have at most " + characters(length) + ", had "
                            + ((String) value).length());
                }
            }
        }

        /** The {@code regex(…)} of a string. */
        record Matches(Pattern pattern, String shown, boolean orEmpty) implements Rule {
            @Override
            public void check(Object value, String field, ParamsSchema schema) {
                if (value instanceof String) {
                    String text = (String) value;
                    if (!(orEmpty && text.isEmpty()) && !pattern.matcher(text).find()) {
                        throw schema.violation(field, "must match " + shown + (orEmpty ? " or be empty" : ""));
                    }
                }
            }
        }

        /** The {@code min(n)} / {@code gte(n)} of a number. */
        record Minimum(double minimum) implements Rule {
            @Override
            public void check(Object value, String field, ParamsSchema schema) {
                if (value instanceof Number && ((Number) value).doubleValue() < minimum) {
                    throw schema.violation(field, "must be at least " + plain(minimum) + ", was " + value);
                }
            }
        }

        /** The {@code max(n)} / {@code lte(n)} of a number. */
        record Maximum(double maximum) implements Rule {
            @Override
            public void check(Object value, String field, ParamsSchema schema) {
                if (value instanceof Number && ((Number) value).doubleValue() > maximum) {
                    throw schema.violation(field, "must be at most " + plain(maximum) + ", was " + value);
                }
            }
        }

        /** A JSON number: finite, and whole for {@code int()}. */
        record Finite(boolean whole) implements Rule {
            @Override
            public void check(Object value, String field, ParamsSchema schema) {
                if (value instanceof Number) {
                    double number = ((Number) value).doubleValue();
                    if (!Double.isFinite(number)) {
                        throw schema.violation(field, "must be a finite number, was " + value);
                    }
                    if (whole && number != Math.rint(number)) {
                        throw schema.violation(field, "must be a whole number, was " + value);
                    }
                }
            }
        }

        /** The {@code min(n)} of a list. */
        record MinItems(int count) implements Rule {
            @Override
            public void check(Object value, String field, ParamsSchema schema) {
                if (value instanceof List && ((List<?>) value).size() < count) {
                    throw schema.violation(field, "must have at least " + count + (count == 1 ? " element"
                            : " elements"));
                }
            }
        }

        /**
         * The {@code url()} of a string: the server's WHATWG parser wants a scheme, and a host after the scheme of
         * {@code http}, {@code https}, {@code ws}, {@code wss} and {@code ftp}. Finer points are left to the server.
         */
        record Url() implements Rule {
            private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
            private static final Pattern NEEDS_HOST = Pattern.compile("^(?i)(https?|wss?|ftp):");
            private static final Pattern HOST = Pattern.compile("^(?i)(https?|wss?|ftp):[/\\\\]*[^/\\\\?#\\s]");

            @Override
            public void check(Object value, String field, ParamsSchema schema) {
                if (value instanceof String) {
                    String text = ((String) value).trim();
                    boolean url = SCHEME.matcher(text).find()
                            && (!NEEDS_HOST.matcher(text).find() || HOST.matcher(text).find());
                    if (!url) {
                        throw schema.violation(field, "must be a URL with a scheme, such as https://example.com");
                    }
                }
            }
        }

        private static String characters(int count) {
            return count + (count == 1 ? " character" : " characters");
        }

        private static String plain(double number) {
            return number == Math.rint(number) && Math.abs(number) < 1e15
                    ? String.valueOf((long) number) : String.valueOf(number).toLowerCase(Locale.ROOT);
        }
    }
}
