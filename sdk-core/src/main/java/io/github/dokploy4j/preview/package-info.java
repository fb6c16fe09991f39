/** The {@code previewDeployment.*} procedure the deployment life cycle needs: redeploying a preview. */
@NullMarked
package io.github.dokploy4j.preview;

import org.jspecify.annotations.NullMarked;
