package io.github.dokploy4j.testkit;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The procedures the fake serves, matched on {@code <router>.<procedure>} case-insensitively, like the adapter. A
 * procedure the played version lacks is never added, so it answers the adapter's 404 "Not found".
 */
final class ProcedureTable {

    private final ServerVersionTable versions;
    private final Map<String, Procedure> byLowerCasePath = new LinkedHashMap<>();

    ProcedureTable(ServerVersionTable versions) {
        this.versions = versions;
    }

    void add(Procedure procedure) {
        if (versions.serves(procedure.path)) {
            byLowerCasePath.put(procedure.path.toLowerCase(Locale.ROOT), procedure);
        }
    }

    /** The procedure at {@code path} answering {@code method}, or {@code null}: the adapter's 404 "Not found". */
    Procedure match(String method, String path) {
        Procedure procedure = byLowerCasePath.get(path.toLowerCase(Locale.ROOT));
        return procedure != null && procedure.httpMethod().equals(method) ? procedure : null;
    }
}
