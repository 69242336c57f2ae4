package org.uncounted.app.web;

import io.javalin.Javalin;
import java.net.URI;

/** A started server: its URL, its services, and {@link #close()} to stop it (and close the services). */
public final class RunningWebServer implements AutoCloseable {
    private final Javalin app;
    private final URI url;
    private final WebServices services;

    RunningWebServer(Javalin app, URI url, WebServices services) {
        this.app = app;
        this.url = url;
        this.services = services;
    }

    public URI url() {
        return url;
    }

    /** The services behind the pages (users, cases, search, review, jobs), for the CLI and tests. */
    public WebServices services() {
        return services;
    }

    @Override
    public void close() {
        app.stop();
        services.close();
    }
}
