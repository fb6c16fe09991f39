/**
 * The HTTP exchange under the call engine: a small {@link io.github.dokploy4j.internal.http.Transport} interface and
 * its {@code java.net.http} implementation, which holds every JDK quirk in one place. Not API.
 */
@NullMarked
package io.github.dokploy4j.internal.http;

import org.jspecify.annotations.NullMarked;
