/**
 * The {@code application.*} procedures the deployment life cycle needs: deploy and redeploy (returning a handle that
 * follows the deployment to its end), and the ways the server offers to stop builds.
 */
@NullMarked
package io.github.dokploy4j.application;

import org.jspecify.annotations.NullMarked;
