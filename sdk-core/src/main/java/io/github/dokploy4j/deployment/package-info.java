/**
 * Deployments as Dokploy's server reports them: the deployment row, its status, the deployment queue and the
 * relations some procedures embed.
 *
 * <p>Every model is immutable and built with its {@code builder()}. Field names follow the server's JSON keys;
 * the Javadoc of each accessor says what the server (v0.30.2) really sends, where that differs from the public
 * docs page. Unknown JSON keys never fail decoding: each model keeps them in {@code additionalProperties()}.
 */
@NullMarked
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    optionalAcceptNullable = true,
    defaults = @Value.Immutable(copy = false))
package io.github.dokploy4j.deployment;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
