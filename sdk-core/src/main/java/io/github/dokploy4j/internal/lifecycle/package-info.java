/**
 * The deployment life cycle on top of the procedures: triggering a deploy, finding the deployment it produced,
 * polling it to its end, cancelling it, rolling back and watching. Not API.
 */
@NullMarked
package io.github.dokploy4j.internal.lifecycle;

import org.jspecify.annotations.NullMarked;
