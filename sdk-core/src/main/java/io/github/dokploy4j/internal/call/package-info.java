/**
 * The call engine: procedure declarations as data, request building, retries, error mapping and decoding, shared by
 * every synchronous and asynchronous view. Not API.
 */
@NullMarked
package io.github.dokploy4j.internal.call;

import org.jspecify.annotations.NullMarked;
