package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import java.util.List;

/**
 * {@code z.number()}, optionally {@code .int()}, {@code .min()}, {@code .max()}; a coerced one reads the query string
 * through JavaScript's {@code Number(value)}, as the OpenAPI adapter makes zod do for GET inputs.
 */
final class ZodNumber extends ZodType {

    private final boolean coerced;
    private final boolean integer;
    private final Bound min;
    private final Bound max;

    private static final class Bound {
        final Number limit;
        final String message;

        Bound(Number limit, String message) {
            this.limit = limit;
            this.message = message;
        }
    }

    private ZodNumber(boolean coerced, boolean integer, Bound min, Bound max) {
        this.coerced = coerced;
        this.integer = integer;
        this.min = min;
        this.max = max;
    }

    static ZodNumber number() {
        return new ZodNumber(false, false, null, null);
    }

    static ZodNumber coerced() {
        return new ZodNumber(true, false, null, null);
    }

    ZodNumber integer() {
        return new ZodNumber(coerced, true, min, max);
    }

    ZodNumber min(Number limit, String message) {
        return new ZodNumber(coerced, integer, new Bound(limit, message), max);
    }

    ZodNumber max(Number limit, String message) {
        return new ZodNumber(coerced, integer, min, new Bound(limit, message));
    }

    @Override
    JsonNode parse(JsonNode raw, List<Object> path, List<ValidationIssue> issues) {
        double number;
        if (coerced) {
            number = raw == null ? Double.NaN : JsNumber.of(raw);
            if (Double.isNaN(number) || Double.isInfinite(number)) {
                issues.add(ValidationIssue.notANumber(path, Double.isNaN(number) ? "NaN" : "Infinity"));
                return raw;
            }
        } else if (raw == null || !raw.isNumber()) {
            issues.add(ValidationIssue.invalidType(path, "number", raw));
            return raw;
        } else {
            number = raw.doubleValue();
        }
        if (integer && number != Math.rint(number)) {
            issues.add(ValidationIssue.notAnInteger(path));
            return raw;
        }
        if (min != null && number < min.limit.doubleValue()) {
            issues.add(ValidationIssue.tooSmall(path, "number", min.limit, min.message));
        }
        if (max != null && number > max.limit.doubleValue()) {
            issues.add(ValidationIssue.tooBig(path, "number", max.limit, max.message));
        }
        if (!coerced) {
            return raw;
        }
        return number == Math.rint(number) ? LongNode.valueOf((long) number) : DoubleNode.valueOf(number);
    }
}
