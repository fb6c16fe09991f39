/**
 * Following a deployment's log: the WebSocket stream, {@code readLogs} polling, line reassembly and de-duplication,
 * and the end of a follow. Not API.
 */
@NullMarked
package io.github.dokploy4j.internal.logs;

import org.jspecify.annotations.NullMarked;
