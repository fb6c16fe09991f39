package io.github.dokploy4j.bench;

import java.util.Locale;

/**
 * The lines of a made-up Docker build log, each different (it carries its number) and 60 to 110 characters long,
 * like BuildKit's output. Equal indexes give equal lines.
 */
final class BuildLog {
    private static final String[] STEPS = {
        "[builder 3/7] RUN ./mvnw -B -q package -DskipTests",
        "[internal] load build context",
        "[builder 5/7] COPY src ./src",
        "sha256:4f1c2ab7e4d0c3b5a8f6e2d1c0b9a8f7e6d5c4b3 1.21MB / 48.3MB",
        "[stage-1 2/3] COPY --from=builder /app/target/app.jar /app.jar",
        "Downloaded from central: https://repo.maven.apache.org/maven2/com/fasterxml/jackson/core/",
    };

    private BuildLog() {
    }

    /**
     * One line, without its line break.
     *
     * @param index the line's position in the log, from 0
     * @return the line
     */
    static String line(int index) {
        return String.format(Locale.ROOT, "#%d %.1f %s", index, index * 0.013, STEPS[index % STEPS.length]);
    }
}
