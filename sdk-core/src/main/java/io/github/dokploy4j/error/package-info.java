/**
 * The exceptions dokploy4j throws. All are unchecked and extend {@link io.github.dokploy4j.error.DokployException}.
 *
 * <pre>
 * DokployException                    base of everything the SDK throws
 * ├── DokployApiException             the server answered with a non-2xx status
 * │   ├── BadRequestException         400
 * │   ├── UnauthorizedException       401 (authentication failure or missing permission)
 * │   ├── ForbiddenException          403
 * │   ├── NotFoundException           404
 * │   ├── RateLimitedException        429
 * │   └── ServerErrorException        5xx
 * ├── DokployTransportException       no usable HTTP answer: connect failure, timeout, reset
 * └── DokployDecodeException          a 2xx whose body is not what the procedure returns
 * </pre>
 *
 * <p>No message, {@code toString()} or response excerpt ever contains the API key.
 *
 * @serial exclude
 */
@NullMarked
package io.github.dokploy4j.error;

import org.jspecify.annotations.NullMarked;
