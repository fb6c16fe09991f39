package io.github.dokploy4j;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The SDK's own version, written into a resource by the build. */
final class SdkVersion {
    static final String VALUE = read();

    private SdkVersion() {
    }

    private static String read() {
        try (InputStream in = SdkVersion.class.getResourceAsStream("/io/github/dokploy4j/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
