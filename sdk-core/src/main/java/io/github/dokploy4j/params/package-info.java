/**
 * What every generated {@code …Params} input is built on: {@link io.github.dokploy4j.params.ParamsObject} (values
 * by wire name, JSON, equality, a {@code toString()} without secrets) and
 * {@link io.github.dokploy4j.params.ParamsSchema}
 * (the rules the server's schema enforces, checked by {@code build()}). You use the generated classes, such as
 * {@code io.github.dokploy4j.project.ProjectCreateParams}; these two are their shared machinery.
 */
@NullMarked
package io.github.dokploy4j.params;

import org.jspecify.annotations.NullMarked;
