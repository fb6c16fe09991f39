package io.github.dokploy4j.cli;

import io.github.dokploy4j.testkit.BuildScript;
import io.github.dokploy4j.testkit.FakeDokployExtension;
import io.github.dokploy4j.testkit.FakeDokployOptions;
import io.github.dokploy4j.testkit.WithFakeDokploy;
import java.time.Duration;

/** A fake Dokploy per test class, on the real clock, whose unscripted builds take 150 ms. */
final class FastFake {
    static final String API_KEY = "sk-test-4f9a1c2e8b7d6a5f3e2d1c0b";

    private FastFake() {
    }

    static FakeDokployExtension perClass() {
        return FakeDokployExtension.create(WithFakeDokploy.Scope.PER_CLASS, FakeDokployOptions.builder()
                .realTimeClock()
                .apiKey(API_KEY)
                .defaultBuild(BuildScript.succeedAfter(Duration.ofMillis(150)))
                .build());
    }
}
