package io.github.dokploy4j.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a JUnit Jupiter test class against a {@link FakeDokploy}: declare a {@code FakeDokploy} parameter on a test,
 * lifecycle method or constructor and it is injected, started before and closed after.
 *
 * <pre>{@code
 * @WithFakeDokploy(manualClock = true)
 * class DeployTest {
 *     @Test
 *     void deploys(FakeDokploy fake) { ... }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(FakeDokployExtension.class)
public @interface WithFakeDokploy {

    /**
     * Whether each test method gets its own fake (the default, for isolation) or the whole class shares one.
     *
     * @return the scope
     */
    Scope scope() default Scope.PER_METHOD;

    /**
     * Whether the fake runs on a manual clock ({@link FakeDokployOptions.Builder#manualClock()}).
     *
     * @return {@code true} for deterministic tests
     */
    boolean manualClock() default false;

    /**
     * A rate limit for the API key in verifications per 24 hours (two per HTTP request); 0, the default, for none.
     *
     * @return the budget, or 0
     */
    int apiKeyRateLimit() default 0;

    /**
     * The Dokploy version the fake plays ({@link FakeDokployOptions.Builder#serverVersion(String)}), e.g.
     * {@code "v0.28.2"}; empty, the default, for the newest the testkit knows.
     *
     * @return the version, or an empty string
     */
    String serverVersion() default "";

    /** How long one fake lives. */
    enum Scope {
        /** A new fake for each test method. */
        PER_METHOD,
        /** One fake for all tests of the class (state carries over between tests). */
        PER_CLASS
    }
}
