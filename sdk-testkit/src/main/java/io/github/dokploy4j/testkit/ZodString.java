package io.github.dokploy4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** {@code z.string()} with its checks in declaration order; every check runs, as zod's string checks do not abort. */
final class ZodString extends ZodType {

    private interface Check {
        void run(String value, List<Object> path, List<ValidationIssue> issues);
    }

    private final List<Check> checks;

    ZodString() {
        this(List.of());
    }

    private ZodString(List<Check> checks) {
        this.checks = checks;
    }

    /** {@code .min(length, message)}; {@code message} may be {@code null} for zod's own. */
    ZodString min(int length, String message) {
        return with((value, path, issues) -> {
            if (value.length() < length) {
                issues.add(ValidationIssue.tooSmall(path, "string", length, message));
            }
        });
    }

    ZodString max(int length, String message) {
        return with((value, path, issues) -> {
            if (value.length() > length) {
                issues.add(ValidationIssue.tooBig(path, "string", length, message));
            }
        });
    }

    /** {@code .regex(/source/, message)} with a JavaScript regex source that Java reads the same way. */
    ZodString regex(String source, String message) {
        Pattern pattern = Pattern.compile(source);
        return with((value, path, issues) -> {
            if (!pattern.matcher(value).find()) {
                issues.add(ValidationIssue.invalidFormat(path, "/" + source + "/", message));
            }
        });
    }

    /** {@code .refine(accepts, {message})}. */
    ZodString refine(Predicate<String> accepts, String message) {
        return with((value, path, issues) -> {
            if (!accepts.test(value)) {
                issues.add(ValidationIssue.custom(path, message));
            }
        });
    }

    private ZodString with(Check check) {
        List<Check> longer = new ArrayList<>(checks);
        longer.add(check);
        return new ZodString(List.copyOf(longer));
    }

    @Override
    JsonNode parse(JsonNode raw, List<Object> path, List<ValidationIssue> issues) {
        if (raw == null || !raw.isTextual()) {
            issues.add(ValidationIssue.invalidType(path, "string", raw));
            return raw;
        }
        for (Check check : checks) {
            check.run(raw.textValue(), path, issues);
        }
        return raw;
    }
}
