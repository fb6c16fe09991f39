package io.github.dokploy4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The CLI's version, which is the dokploy4j version it was built with (filtered in at build time). */
final class CliVersion implements IVersionProvider {

    static String current() {
        Properties properties = new Properties();
        try (InputStream in = CliVersion.class.getResourceAsStream("cli.properties")) {
            if (in == null) {
                return "unknown";
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"dokploy " + current() + " (dokploy4j " + current() + ", Java "
                + System.getProperty("java.version") + ")"};
    }
}
