/**
 * The dokploy4j client: {@link io.github.dokploy4j.DokployClient} (synchronous) and
 * {@link io.github.dokploy4j.DokployAsyncClient} (every call as a {@code CompletableFuture}), their builder,
 * per-call {@link io.github.dokploy4j.RequestOptions}, and {@link io.github.dokploy4j.RawProcedure}, the escape hatch
 * that calls any of Dokploy's procedures by name.
 *
 * <pre>{@code
 * try (DokployClient client = DokployClient.builder()
 *         .baseUrl("https://dokploy.example.com")
 *         .apiKey(System.getenv("DOKPLOY_API_KEY"))
 *         .build()) {
 *     List<Deployment> deployments = client.deployments().all(applicationId);
 * }
 * }</pre>
 */
@NullMarked
package io.github.dokploy4j;

import org.jspecify.annotations.NullMarked;
