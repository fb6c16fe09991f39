package io.github.dokploy4j.internal.client;

import java.security.SecureRandom;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * The TLS set-up of the client's HTTP client when the server is an {@code http://} address: none. A JDK
 * {@code HttpClient} built without an {@code SSLContext} creates the default one at once, which reads the trust store
 * and probes every cipher suite (about 180 classes, a tenth of a second in a fresh JVM) although the client's calls
 * and log streams ({@code ws://}) never use it: it follows no redirect. This context costs nothing, and anything that
 * does try TLS with it fails with a message that says why.
 */
final class PlainHttpSslContext extends SSLContext {

    PlainHttpSslContext() {
        super(new NoTls(), null, "none");
    }

    private static final class NoTls extends SSLContextSpi {
        @Override
        protected void engineInit(KeyManager[] keyManagers, TrustManager[] trustManagers, SecureRandom random) {
            // nothing to set up
        }

        @Override
        protected SSLParameters engineGetDefaultSSLParameters() {
            return new SSLParameters();
        }

        @Override
        protected SSLParameters engineGetSupportedSSLParameters() {
            return new SSLParameters();
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            throw refused();
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            throw refused();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            throw refused();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            throw refused();
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            throw refused();
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            throw refused();
        }

        private static UnsupportedOperationException refused() {
            return new UnsupportedOperationException("TLS is off in this client: it was built for an http:// "
                    + "address");
        }
    }
}
