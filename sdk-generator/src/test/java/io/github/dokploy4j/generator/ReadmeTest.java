package io.github.dokploy4j.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README carries the router table and the regenerate command as the generator writes them. */
class ReadmeTest {
    private static final Path ROOT = Path.of(System.getProperty("dokploy4j.root", "..")).toAbsolutePath().normalize();

    @Test
    void theReadmeHasTheRouterTableOfTheDocument() throws IOException {
        Config config = Config.load();
        List<Procedure> procedures = Generate.procedures(config);
        String readme = Files.readString(ROOT.resolve("README.md"));

        assertThat(readme).contains(DocsWriter.routerTable(Generate.routers(procedures, config)));
        assertThat(readme).contains(Generate.COMMAND);
    }
}
