package org.uncounted.app.web;

import java.nio.file.Path;

/**
 * How to run the web server. {@link #LOCAL} binds to the loopback interface on port 8080 without TLS: the
 * safe default for a single researcher, since nothing on the network can reach it. A keystore (PKCS12 or
 * JKS) switches the server to HTTPS only. {@code port} 0 picks a free port.
 */
public record WebOptions(String host, int port, Path keystore, char[] keystorePassword, Path dataDir) {
    public static final WebOptions LOCAL = new WebOptions("127.0.0.1", 8080, null, null, null);

    public WebOptions {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host: required (default 127.0.0.1)");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port: must be between 0 and 65535, was " + port);
        }
        if (keystore != null && keystorePassword == null) {
            throw new IllegalArgumentException("keystore-password: required with a keystore");
        }
    }

    public boolean tls() {
        return keystore != null;
    }

    public WebOptions withPort(int p) {
        return new WebOptions(host, p, keystore, keystorePassword, dataDir);
    }

    @Override
    public String toString() {
        return "WebOptions[host=" + host + ", port=" + port + ", tls=" + tls() + ", dataDir=" + dataDir + "]";
    }
}
