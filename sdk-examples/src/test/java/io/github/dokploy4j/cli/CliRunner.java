package io.github.dokploy4j.cli;

import io.github.dokploy4j.testkit.FakeDokploy;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Runs {@code dokploy} through picocli with captured output, a given environment and a terminal or a pipe. */
final class CliRunner {
    private final Map<String, String> environment = new HashMap<>();
    private boolean terminal;
    private byte[] input = new byte[0];

    static CliRunner against(FakeDokploy fake) {
        return new CliRunner().env("DOKPLOY_URL", fake.baseUrl()).env("DOKPLOY_API_KEY", fake.apiKey());
    }

    /** No DOKPLOY_URL: the CLI starts its embedded sample. */
    static CliRunner embedded() {
        return new CliRunner();
    }

    CliRunner env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** What the command reads from standard input. */
    CliRunner input(String text) {
        input = text.getBytes(StandardCharsets.UTF_8);
        return this;
    }

    CliRunner onTerminal() {
        terminal = true;
        return this;
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new DokployCli(environment::get, terminal, new ByteArrayInputStream(input),
                new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    record Result(int exitCode, String out, String err) {
        String all() {
            return out + err;
        }
    }
}
