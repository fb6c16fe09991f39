/**
 * A faithful, stateful fake of a self-hosted Dokploy (v0.30.2, or an older version back to v0.27.0) for tests and
 * demos: {@link io.github.dokploy4j.testkit.FakeDokploy} serves the REST API and the deployment-log WebSocket on a
 * loopback port, keeps the projects, environments, services and domains created through it, runs deployments through
 * a queue following {@link io.github.dokploy4j.testkit.BuildScript}s, injects faults and records every request.
 * {@link io.github.dokploy4j.testkit.WithFakeDokploy} plugs it into JUnit Jupiter.
 */
package io.github.dokploy4j.testkit;
