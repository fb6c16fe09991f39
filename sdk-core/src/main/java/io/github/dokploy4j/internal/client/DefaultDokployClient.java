package io.github.dokploy4j.internal.client;

import io.github.dokploy4j.AsyncRawProcedure;
import io.github.dokploy4j.ClientOptions;
import io.github.dokploy4j.DokployApi;
import io.github.dokploy4j.DokployAsyncApi;
import io.github.dokploy4j.DokployAsyncClient;
import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.RawProcedure;
import io.github.dokploy4j.RequestOptions;
import io.github.dokploy4j.deployment.AsyncDeployments;
import io.github.dokploy4j.deployment.Deployments;
import io.github.dokploy4j.internal.api.AsyncRouters;
import io.github.dokploy4j.internal.api.ForwardingDokployApi;
import io.github.dokploy4j.internal.api.ForwardingDokployAsyncApi;
import io.github.dokploy4j.internal.api.Routers;
import io.github.dokploy4j.internal.call.CallEngine;
import io.github.dokploy4j.internal.deployment.DefaultAsyncDeployments;
import io.github.dokploy4j.internal.deployment.DefaultDeployments;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * One view of a client: the shared runtime plus this view's options, offered synchronously and asynchronously. The
 * generated routers are reached through {@link ForwardingDokployApi}; the deployments service and the escape hatch
 * are hand-written.
 */
final class DefaultDokployClient extends ForwardingDokployApi implements DokployClient {
    private final ClientRuntime runtime;
    private final RequestOptions options;
    private final CallEngine.View caller;
    private final Async async;
    private final Deployments deployments;
    private final Routers routers;

    DefaultDokployClient(ClientRuntime runtime, RequestOptions options) {
        this.runtime = runtime;
        this.options = options;
        this.caller = runtime.caller(options);
        this.async = new Async();
        this.deployments = new DefaultDeployments(caller, async.deployments);
        this.routers = new Routers(caller, async.deployments.lifecycle());
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
        return new DefaultRawProcedure(name, caller);
    }

    @Override
    public String serverVersion() {
        return caller.call(SettingsProcedures.GET_DOKPLOY_VERSION, null);
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
    public ClientOptions clientOptions() {
        return runtime.options();
    }

    @Override
    public void close() {
        runtime.close();
    }

    @Override
    public String toString() {
        return "DokployClient{" + runtime.options().apiRoot() + ", authScheme=" + runtime.options().authScheme()
                + ", options=" + options + "}";
    }

    /** The asynchronous face of the same view. */
    private final class Async extends ForwardingDokployAsyncApi implements DokployAsyncClient {
        private final DefaultAsyncDeployments deployments = new DefaultAsyncDeployments(caller,
                runtime.pollRuntime(), runtime.logStream(caller));
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
            return "DokployAsyncClient{" + runtime.options().apiRoot() + "}";
        }
    }
}
