package io.github.dokploy4j.testkit;

/**
 * What Dokploy's zod schemas say about a field that its OpenAPI document cannot: the messages of its checks and its
 * refinements, read from Dokploy's source ({@code db/schema/utils.ts}, {@code db/schema/application.ts},
 * {@code db/validations/domain.ts}). Everything else comes from the document.
 */
final class DokployFieldRules {

    static final String APP_NAME_MESSAGE = "App name can only contain letters, numbers, dots, underscores and hyphens";

    private DokployFieldRules() {
    }

    static ZodString string(String field, Integer minLength, Integer maxLength, String pattern) {
        ZodString type = new ZodString();
        if (minLength != null) {
            type = type.min(minLength, "host".equals(field) ? "Add a hostname" : null);
        }
        if (maxLength != null) {
            type = type.max(maxLength, "icon".equals(field) ? "Icon must be less than 2MB" : null);
        }
        if (pattern != null) {
            type = type.regex(pattern, "appName".equals(field) ? APP_NAME_MESSAGE : null);
        }
        if ("host".equals(field)) {
            type = type.refine(host -> host.equals(host.strip()), "Domain name cannot have leading or trailing spaces");
        }
        return type;
    }

    static ZodNumber number(String field, boolean integer, Number minimum, Number maximum) {
        ZodNumber type = integer ? ZodNumber.number().integer() : ZodNumber.number();
        boolean port = "port".equals(field);
        if (minimum != null) {
            type = type.min(minimum, port ? "Port must be at least 1" : null);
        }
        if (maximum != null) {
            type = type.max(maximum, port ? "Port must be 65535 or below" : null);
        }
        return type;
    }
}
