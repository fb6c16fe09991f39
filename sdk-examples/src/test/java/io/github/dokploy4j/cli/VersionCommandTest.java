package io.github.dokploy4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dokploy4j.testkit.FakeDokploy;
import io.github.dokploy4j.testkit.FakeDokployExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class VersionCommandTest {
    @RegisterExtension
    static final FakeDokployExtension DOKPLOY = FastFake.perClass();

    @Test
    void showsTheClientAndTheServerVersion(FakeDokploy fake) {
        CliRunner.Result result = CliRunner.against(fake).run("version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("client  dokploy 0.", "server  Dokploy v0.30.2 at " + fake.baseUrl());
    }

    @Test
    void jsonHasBothVersions(FakeDokploy fake) throws Exception {
        JsonNode versions = new ObjectMapper().readTree(CliRunner.against(fake).run("version", "--json").out());

        assertThat(versions.path("server").asText()).isEqualTo("v0.30.2");
        assertThat(versions.path("client").asText()).isNotEmpty().isNotEqualTo("unknown");
    }

    @Test
    void dashDashVersionNeedsNoServer() {
        CliRunner.Result result = CliRunner.embedded().run("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("dokploy 0.");
        assertThat(result.err()).isEmpty();
    }
}
