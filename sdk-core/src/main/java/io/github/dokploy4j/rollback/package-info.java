/** The {@code rollback.*} procedures: going back to the image of an earlier application deployment. */
@NullMarked
package io.github.dokploy4j.rollback;

import org.jspecify.annotations.NullMarked;
