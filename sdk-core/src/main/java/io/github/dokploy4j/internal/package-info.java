/**
 * The SDK's machinery: not exported, may change in any release. The exported packages reach it through one door,
 * the factory that {@code DokployClientBuilder.build()} calls ({@code internal.client.ClientFactory}).
 */
@NullMarked
package io.github.dokploy4j.internal;

import org.jspecify.annotations.NullMarked;
