package io.github.dokploy4j.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dokploy4j.deployment.ProcedureVersions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's table of when each procedure appeared is the SDK's one table, row for row. */
class ReadmeCompatibilityTableTest {
    private static final Pattern ROW = Pattern.compile("^\\| `(deployment\\.[A-Za-z]+)` \\| (v\\d+\\.\\d+\\.\\d+) \\|",
            Pattern.MULTILINE);

    @Test
    void theReadmesProcedureTableIsProcedureVersions() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        String compatibility = readme.substring(readme.indexOf("## Compatibility"), readme.indexOf("## Performance"));
        Map<String, String> rows = new LinkedHashMap<>();
        Matcher row = ROW.matcher(compatibility);
        while (row.find()) {
            rows.put(row.group(1), row.group(2));
        }

        assertThat(rows).containsExactlyEntriesOf(ProcedureVersions.all());
    }
}
