package io.github.dokploy4j;

import java.util.Objects;
import java.util.regex.Pattern;

/** Checks the name given to the escape hatch, so it can only ever name a procedure under {@code /api/}. */
final class ProcedureName {
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)+");

    private ProcedureName() {
    }

    static String check(String name) {
        Objects.requireNonNull(name, "name must not be null");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("name must be a procedure such as \"application.one\""
                    + " (<router>.<procedure>), was \"" + name + "\"");
        }
        return name;
    }
}
