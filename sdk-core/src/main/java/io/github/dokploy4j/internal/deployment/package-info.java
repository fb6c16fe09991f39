/** The deployments service: its procedure declarations and the two views over them. Not API. */
@NullMarked
package io.github.dokploy4j.internal.deployment;

import org.jspecify.annotations.NullMarked;
