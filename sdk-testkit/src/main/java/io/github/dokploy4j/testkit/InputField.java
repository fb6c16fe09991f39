package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.node.IntNode;
import java.util.List;

/** One key of a procedure's zod input object, with shorthands for the shapes Dokploy's inputs use most. */
final class InputField {

    final String name;
    final ZodType type;

    InputField(String name, ZodType type) {
        this.name = name;
        this.type = type;
    }

    /** {@code z.string().min(1)}. */
    static InputField requiredId(String name) {
        return new InputField(name, new ZodString().min(1, null));
    }

    /** {@code z.string()} without {@code .min(1)}: an empty string passes. */
    static InputField requiredString(String name) {
        return new InputField(name, new ZodString());
    }

    static InputField optionalString(String name) {
        return new InputField(name, new ZodString().optional());
    }

    static InputField oneOf(String name, List<String> values) {
        return new InputField(name, new ZodEnum(values));
    }

    /** {@code z.number().int().min(min).max(max).default(fallback)}, coerced from the query string. */
    static InputField coercedInt(String name, int min, int max, int fallback) {
        return new InputField(name, ZodNumber.coerced().integer().min(min, null).max(max, null)
                .orElse(IntNode.valueOf(fallback)));
    }

    @Override
    public String toString() {
        return "InputField[" + name + "]";
    }
}
