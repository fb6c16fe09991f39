/**
 * The one polling loop of the SDK ({@link io.github.dokploy4j.internal.poll.PollLoop}) and what every poller shares:
 * its failure policy, listener dispatch on the client's executor, the optional read of the build queue and what the
 * client has learnt about its server. Deploy handles, log follows and the organisation watch are subjects of it.
 * Not API.
 */
@NullMarked
package io.github.dokploy4j.internal.poll;

import org.jspecify.annotations.NullMarked;
