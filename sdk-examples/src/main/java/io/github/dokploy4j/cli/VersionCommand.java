package io.github.dokploy4j.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dokploy version}: this client's version and the server's. */
final class VersionCommand extends ClientCommand {
    VersionCommand(DokployCli cli) {
        super(cli);
    }

    @Override
    public CommandSpec model() {
        return CommandModel.of(this, "Shows the client's version and the server's (settings.getDokployVersion).")
                .withHelp();
    }

    @Override
    int run(Backend backend, Output output) {
        String server = backend.client().serverVersion();
        if (output.json()) {
            Map<String, String> versions = new LinkedHashMap<>();
            versions.put("client", CliVersion.current());
            versions.put("server", server);
            output.json(versions);
        } else {
            output.line("client  dokploy " + CliVersion.current() + " (dokploy4j, Java "
                    + System.getProperty("java.version") + ")");
            output.line("server  Dokploy " + server + " at " + backend.address()
                    + (backend.sample().isPresent() ? " (embedded fake)" : ""));
        }
        return ExitCode.SUCCESS;
    }
}
