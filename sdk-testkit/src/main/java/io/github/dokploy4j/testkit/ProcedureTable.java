package io.github.dokploy4j.testkit;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The procedures the fake serves, matched on {@code <router>.<procedure>} case-insensitively, like the adapter. */
final class ProcedureTable {

    private final Map<String, Procedure> byLowerCasePath = new LinkedHashMap<>();

    void add(Procedure procedure) {
        byLowerCasePath.put(procedure.path.toLowerCase(Locale.ROOT), procedure);
    }

    /** The procedure at {@code path} answering {@code method}, or {@code null}: the adapter's 404 "Not found". */
    Procedure match(String method, String path) {
        Procedure procedure = byLowerCasePath.get(path.toLowerCase(Locale.ROOT));
        return procedure != null && procedure.httpMethod().equals(method) ? procedure : null;
    }
}
