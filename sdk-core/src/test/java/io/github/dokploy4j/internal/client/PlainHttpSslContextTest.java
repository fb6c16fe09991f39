package io.github.dokploy4j.internal.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dokploy4j.DokployClient;
import io.github.dokploy4j.DokployClientBuilder;
import java.net.http.HttpClient;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

/** A client of an {@code http://} server sets up no TLS; one of an {@code https://} server the JDK's, or yours. */
class PlainHttpSslContextTest {

    @Test
    void theHttpClientOfAPlainHttpServerHasNoTls() {
        assertThat(sslContextOf(DokployClient.builder().baseUrl("http://dokploy.internal:3000")))
                .isInstanceOf(PlainHttpSslContext.class);
    }

    @Test
    void theHttpClientOfAnHttpsServerHasTheJdksTlsOrTheOneGiven() throws Exception {
        SSLContext own = SSLContext.getInstance("TLS");
        own.init(null, null, null);

        assertThat(sslContextOf(DokployClient.builder().baseUrl("https://dokploy.example.com")))
                .isSameAs(SSLContext.getDefault());
        assertThat(sslContextOf(DokployClient.builder().baseUrl("http://dokploy.internal:3000").sslContext(own)))
                .isSameAs(own);
    }

    @Test
    void anyUseOfTlsIsRefusedSayingWhy() {
        PlainHttpSslContext context = new PlainHttpSslContext();

        assertThat(context.getDefaultSSLParameters()).isNotNull();
        assertThatThrownBy(() -> context.createSSLEngine("dokploy.example.com", 443))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("TLS is off in this client: it was built for an http:// address");
        assertThatThrownBy(context::getSocketFactory).isInstanceOf(UnsupportedOperationException.class);
    }

    /** The TLS set-up of the HTTP client a client with these options makes. */
    private static SSLContext sslContextOf(DokployClientBuilder builder) {
        ClientRuntime runtime = ClientRuntime.start(builder.apiKey("k").options(),
                ClientSeams.real().withTransport(request -> {
                    throw new AssertionError("no call is made");
                }));
        runtime.close();
        HttpClient http = runtime.newHttpClient();
        try {
            return http.sslContext();
        } finally {
            SelectorThread.stop(http);
        }
    }
}
