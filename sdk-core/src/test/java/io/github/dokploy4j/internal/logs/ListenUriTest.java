package io.github.dokploy4j.internal.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where the log WebSocket lives, relative to the client's base URL. */
class ListenUriTest {
    private static final String LOG = "/etc/dokploy/logs/web-x7k2pq/web-x7k2pq-2026-08-21:15:20:04.log";

    @Test
    void plainHttpGivesWsAtTheOriginWithTheLogPathEncoded() {
        URI uri = ListenUri.of(URI.create("http://10.0.0.5:3000/api/"), LOG, Optional.empty());

        assertThat(uri.toString()).isEqualTo("ws://10.0.0.5:3000/listen-deployment?logPath=%2Fetc%2Fdokploy%2Flogs"
                + "%2Fweb-x7k2pq%2Fweb-x7k2pq-2026-08-21%3A15%3A20%3A04.log");
    }

    @Test
    void httpsBehindAPathPrefixGivesWssUnderThePrefixWithTheServerId() {
        URI uri = ListenUri.of(URI.create("https://example.com/dokploy/api/"), "/etc/dokploy/logs/a b.log",
                Optional.of("Sv1Rr3Ee5Rr7Ii9Dd1Xx3"));

        assertThat(uri.toString()).isEqualTo("wss://example.com/dokploy/listen-deployment?logPath=%2Fetc%2Fdokploy"
                + "%2Flogs%2Fa%20b.log&serverId=Sv1Rr3Ee5Rr7Ii9Dd1Xx3");
    }
}
