package io.github.dokploy4j.internal.client;

import io.github.dokploy4j.ClientOptions;
import io.github.dokploy4j.DokployAsyncClient;
import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.RawProcedure;
import io.github.dokploy4j.AsyncRawProcedure;
import io.github.dokploy4j.RequestOptions;
import io.github.dokploy4j.application.Applications;
import io.github.dokploy4j.application.AsyncApplications;
import io.github.dokploy4j.compose.AsyncCompose;
import io.github.dokploy4j.compose.Compose;
import io.github.dokploy4j.deployment.AsyncDeployments;
import io.github.dokploy4j.deployment.Deployments;
import io.github.dokploy4j.internal.call.CallEngine;
import io.github.dokploy4j.internal.deployment.DefaultAsyncDeployments;
import io.github.dokploy4j.internal.deployment.DefaultDeployments;
import io.github.dokploy4j.internal.lifecycle.DefaultAsyncDeployables;
import io.github.dokploy4j.internal.lifecycle.DefaultAsyncPreviewDeployments;
import io.github.dokploy4j.internal.lifecycle.DefaultDeployables;
import io.github.dokploy4j.internal.lifecycle.DefaultPreviewDeployments;
import io.github.dokploy4j.internal.lifecycle.DefaultRollbacks;
import io.github.dokploy4j.preview.AsyncPreviewDeployments;
import io.github.dokploy4j.preview.PreviewDeployments;
import io.github.dokploy4j.rollback.AsyncRollbacks;
import io.github.dokploy4j.rollback.Rollbacks;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** One view of a client: the shared runtime plus this view's options, offered synchronously and asynchronously. */
final class DefaultDokployClient implements DokployClient {
    private final ClientRuntime runtime;
    private final RequestOptions options;
    private final CallEngine.View caller;
    private final Async async;
    private final Deployments deployments;
    private final DefaultDeployables applications;
    private final DefaultDeployables compose;
    private final PreviewDeployments previewDeployments;
    private final Rollbacks rollbacks;

    DefaultDokployClient(ClientRuntime runtime, RequestOptions options) {
        this.runtime = runtime;
        this.options = options;
        this.caller = runtime.caller(options);
        this.async = new Async();
        this.deployments = new DefaultDeployments(caller, async.deployments);
        this.applications = new DefaultDeployables(async.applications);
        this.compose = new DefaultDeployables(async.compose);
        this.previewDeployments = new DefaultPreviewDeployments(async.previewDeployments);
        this.rollbacks = new DefaultRollbacks(async.deployments.rollbacks());
    }

    @Override
    public Deployments deployments() {
        return deployments;
    }

    @Override
    public Applications applications() {
        return applications;
    }

    @Override
    public Compose compose() {
        return compose;
    }

    @Override
    public PreviewDeployments previewDeployments() {
        return previewDeployments;
    }

    @Override
    public Rollbacks rollbacks() {
        return rollbacks;
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
    private final class Async implements DokployAsyncClient {
        private final DefaultAsyncDeployments deployments = new DefaultAsyncDeployments(caller,
                runtime.pollRuntime(), runtime.logStream(caller));
        private final DefaultAsyncDeployables applications =
                DefaultAsyncDeployables.applications(deployments.lifecycle());
        private final DefaultAsyncDeployables compose = DefaultAsyncDeployables.compose(deployments.lifecycle());
        private final AsyncPreviewDeployments previewDeployments =
                new DefaultAsyncPreviewDeployments(deployments.lifecycle());

        @Override
        public AsyncDeployments deployments() {
            return deployments;
        }

        @Override
        public AsyncApplications applications() {
            return applications;
        }

        @Override
        public AsyncCompose compose() {
            return compose;
        }

        @Override
        public AsyncPreviewDeployments previewDeployments() {
            return previewDeployments;
        }

        @Override
        public AsyncRollbacks rollbacks() {
            return deployments.rollbacks();
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
