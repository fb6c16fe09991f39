package io.github.dokploy4j.cli;

import io.github.dokploy4j.ProcedureInfo;
import java.util.Iterator;

/** The names of every procedure the SDK knows, sorted: what the shell completes after {@code dokploy api}. */
final class ProcedureNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return ProcedureInfo.names().iterator();
    }
}
