package io.github.dokploy4j.testkit;

import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * JUnit Jupiter extension that starts a {@link FakeDokploy} and injects it into {@code FakeDokploy} parameters.
 *
 * <p>Use it through {@link WithFakeDokploy} (or {@code @ExtendWith(FakeDokployExtension.class)}, which takes the
 * annotation's defaults), or register it with options of your own:
 *
 * <pre>{@code
 * @RegisterExtension
 * static FakeDokployExtension dokploy = FakeDokployExtension.create(WithFakeDokploy.Scope.PER_CLASS,
 *     FakeDokployOptions.builder().manualClock().defaultBuild(BuildScript.succeedAfter(Duration.ofSeconds(1))).build());
 * }</pre>
 *
 * <p>JUnit is an optional dependency of the testkit: only code that uses this class needs it on the class path.
 */
public final class FakeDokployExtension implements BeforeAllCallback, AfterAllCallback, AfterEachCallback,
        ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(FakeDokployExtension.class);
    private static final String KEY = "fake";

    private final WithFakeDokploy.Scope fixedScope;
    private final FakeDokployOptions fixedOptions;

    /** The extension as {@code @ExtendWith} creates it: settings come from {@link WithFakeDokploy} or its defaults. */
    public FakeDokployExtension() {
        this(null, null);
    }

    private FakeDokployExtension(WithFakeDokploy.Scope scope, FakeDokployOptions options) {
        this.fixedScope = scope;
        this.fixedOptions = options;
    }

    /**
     * An extension with explicit settings, for {@code @RegisterExtension}.
     *
     * @param scope one fake per method or per class
     * @param options how each fake starts
     * @return the extension
     */
    public static FakeDokployExtension create(WithFakeDokploy.Scope scope, FakeDokployOptions options) {
        return new FakeDokployExtension(Objects.requireNonNull(scope, "scope"),
                Objects.requireNonNull(options, "options"));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (scope(context) == WithFakeDokploy.Scope.PER_CLASS) {
            context.getStore(NAMESPACE).put(KEY, FakeDokploy.start(options(context)));
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        closeOwn(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        closeOwn(context);
    }

    /** Closes the fake stored at exactly this level (the store's parents keep theirs). */
    private static void closeOwn(ExtensionContext context) {
        FakeDokploy own = context.getStore(NAMESPACE).remove(KEY, FakeDokploy.class);
        if (own != null) {
            own.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == FakeDokploy.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext context) {
        FakeDokploy existing = context.getStore(NAMESPACE).get(KEY, FakeDokploy.class);
        if (existing != null) {
            return existing;
        }
        if (scope(context) == WithFakeDokploy.Scope.PER_CLASS || context.getTestMethod().isEmpty()) {
            throw new ParameterResolutionException("no FakeDokploy for " + parameterContext.getDeclaringExecutable()
                    + ": with scope PER_METHOD a fake exists only for test methods and their @BeforeEach/@AfterEach;"
                    + " use @WithFakeDokploy(scope = PER_CLASS) to share one with @BeforeAll or constructors");
        }
        FakeDokploy fake = FakeDokploy.start(options(context));
        context.getStore(NAMESPACE).put(KEY, fake);
        return fake;
    }

    private WithFakeDokploy.Scope scope(ExtensionContext context) {
        if (fixedScope != null) {
            return fixedScope;
        }
        return annotation(context).map(WithFakeDokploy::scope).orElse(WithFakeDokploy.Scope.PER_METHOD);
    }

    private FakeDokployOptions options(ExtensionContext context) {
        if (fixedOptions != null) {
            return fixedOptions;
        }
        FakeDokployOptions.Builder builder = FakeDokployOptions.builder();
        annotation(context).ifPresent(settings -> {
            if (settings.manualClock()) {
                builder.manualClock();
            }
            if (settings.apiKeyRateLimit() > 0) {
                builder.apiKeyRateLimit(settings.apiKeyRateLimit());
            }
            if (!settings.serverVersion().isEmpty()) {
                builder.serverVersion(settings.serverVersion());
            }
        });
        return builder.build();
    }

    private static Optional<WithFakeDokploy> annotation(ExtensionContext context) {
        return context.getTestClass().flatMap(type -> AnnotationSupport.findAnnotation(type, WithFakeDokploy.class));
    }

    @Override
    public String toString() {
        return "FakeDokployExtension[" + (fixedScope == null ? "from @WithFakeDokploy" : fixedScope) + "]";
    }
}
