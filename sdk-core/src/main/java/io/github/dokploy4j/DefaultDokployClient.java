package io.github.dokploy4j;

import io.github.dokploy4j.deployment.AsyncDeployments;
import io.github.dokploy4j.deployment.Deployments;
import io.github.dokploy4j.internal.api.AsyncRouters;
import io.github.dokploy4j.internal.api.ForwardingDokployApi;
import io.github.dokploy4j.internal.api.ForwardingDokployAsyncApi;
import io.github.dokploy4j.internal.api.Routers;
import io.github.dokploy4j.internal.call.Await;
import io.github.dokploy4j.internal.call.ProcedureCaller;
import io.github.dokploy4j.internal.deployment.DefaultAsyncDeployments;
import io.github.dokploy4j.internal.deployment.DefaultDeployments;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** One view of a client: the shared runtime plus this view's options, offered synchronously and asynchronously. */
final class DefaultDokployClient extends ForwardingDokployApi implements DokployClient {
    private final ClientRuntime runtime;
    private final RequestOptions options;
    private final ProcedureCaller caller;
    private final Async async;
    private final Deployments deployments;
    private final Routers routers;

    private DefaultDokployClient(ClientRuntime runtime, RequestOptions options) {
        this.runtime = runtime;
        this.options = options;
        this.caller = runtime.caller(options);
        this.async = new Async();
        this.deployments = new DefaultDeployments(async.deployments);
        this.routers = new Routers(caller, async.deployments.lifecycle());
    }

    static DokployClient create(DokployClient.Builder builder) {
        return new DefaultDokployClient(ClientRuntime.start(builder), RequestOptions.none());
    }

    @Override
    public Deployments deployments() {
        return deployments;
    }

    @Override
    protected DokployApi api() {
        return routers;
    }

    @Override
    public DokployAsyncClient async() {
        return async;
    }

    @Override
    public RawProcedure procedure(String name) {
        return new DefaultRawProcedure(async.procedure(name));
    }

    @Override
    public String serverVersion() {
        return Await.result(async.serverVersion());
    }

    @Override
    public DokployClient withOptions(Consumer<RequestOptions.Builder> modifier) {
        Objects.requireNonNull(modifier, "modifier must not be null");
        RequestOptions.Builder builder = options.toBuilder();
        modifier.accept(builder);
        return new DefaultDokployClient(runtime, builder.build());
    }

    @Override
    public DokployClient withOptions(RequestOptions overrides) {
        Objects.requireNonNull(overrides, "options must not be null");
        return new DefaultDokployClient(runtime, options.overriddenBy(overrides));
    }

    @Override
    public RequestOptions options() {
        return options;
    }

    @Override
    public void close() {
        runtime.close();
    }

    @Override
    public String toString() {
        return "DokployClient{" + runtime.settings().apiRoot() + ", authScheme=" + runtime.settings().authScheme()
                + ", options=" + options + "}";
    }

    /** The asynchronous face of the same view. */
    private final class Async extends ForwardingDokployAsyncApi implements DokployAsyncClient {
        private final DefaultAsyncDeployments deployments = new DefaultAsyncDeployments(caller,
                runtime.settings().delayer(), runtime.settings().clock(), runtime.random(), runtime.logStream(options));
        private final AsyncRouters routers = new AsyncRouters(caller, deployments.lifecycle());

        @Override
        public AsyncDeployments deployments() {
            return deployments;
        }

        @Override
        protected DokployAsyncApi api() {
            return routers;
        }

        @Override
        public AsyncRawProcedure procedure(String name) {
            return new DefaultAsyncRawProcedure(name, caller);
        }

        @Override
        public CompletableFuture<String> serverVersion() {
            return caller.callAsync(SettingsProcedures.GET_DOKPLOY_VERSION, null);
        }

        @Override
        public DokployAsyncClient withOptions(Consumer<RequestOptions.Builder> modifier) {
            return DefaultDokployClient.this.withOptions(modifier).async();
        }

        @Override
        public DokployAsyncClient withOptions(RequestOptions overrides) {
            return DefaultDokployClient.this.withOptions(overrides).async();
        }

        @Override
        public DokployClient sync() {
            return DefaultDokployClient.this;
        }

        @Override
        public String toString() {
            return "DokployAsyncClient{" + runtime.settings().apiRoot() + "}";
        }
    }
}
