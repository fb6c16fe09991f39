/**
 * A faithful, stateful fake of a self-hosted Dokploy v0.30.2 for tests and demos: {@link
 * io.github.dokploy4j.testkit.FakeDokploy} serves the REST API and the deployment-log WebSocket on a loopback port,
 * runs deployments through an in-memory queue following {@link io.github.dokploy4j.testkit.BuildScript}s, injects
 * faults and records every request. {@link io.github.dokploy4j.testkit.WithFakeDokploy} plugs it into JUnit Jupiter.
 */
package io.github.dokploy4j.testkit;
