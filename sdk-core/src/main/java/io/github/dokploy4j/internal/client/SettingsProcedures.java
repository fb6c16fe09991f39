package io.github.dokploy4j.internal.client;

import io.github.dokploy4j.internal.call.Procedure;
import io.github.dokploy4j.internal.call.QueryEncoder;
import io.github.dokploy4j.internal.call.ResponseDecoders;

/** The {@code settings.*} procedures the client itself uses. */
final class SettingsProcedures {
    static final Procedure<Void, String> GET_DOKPLOY_VERSION = Procedure.query("settings.getDokployVersion",
            QueryEncoder.none(), ResponseDecoders.string("the Dokploy version"));

    private SettingsProcedures() {
    }
}
