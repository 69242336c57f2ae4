package org.uncounted.app.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.net.URI;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.uncounted.app.web.auth.AuthRoutes;
import org.uncounted.app.web.cases.CaseRoutes;
import org.uncounted.app.web.cases.CaseService;
import org.uncounted.app.web.estimates.EstimatesRoutes;
import org.uncounted.app.web.http.ErrorMapping;
import org.uncounted.app.web.http.Pipeline;
import org.uncounted.app.web.jobs.ImportRoutes;
import org.uncounted.app.web.jobs.JobRoutes;
import org.uncounted.app.web.map.MapRoutes;
import org.uncounted.app.web.review.ReviewRoutes;
import org.uncounted.app.web.search.SearchRoutes;

/**
 * The Uncounted web application on Javalin (Jetty 12). {@link #start} binds where {@link WebOptions} says
 * (loopback by default), serves pages, the JSON API under {@code /api/} with its OpenAPI document at
 * {@code /api/openapi.json}, and the vendored scripts, styles and map boundaries under {@code /static/}
 * (no page loads anything from another host).
 */
public final class WebServer {
    static final int THREADS_PER_CORE = 8;
    static final int MIN_THREADS = 16;

    private WebServer() {}

    /** Starts a server on a temporary store (deleted when the server stops). */
    public static RunningWebServer start(WebOptions options) {
        return start(options, WebServices.temporary());
    }

    public static RunningWebServer start(WebOptions options, WebServices services) {
        Pipeline pipeline = new Pipeline(services.sessions(), options.tls());
        Javalin app = Javalin.create(config -> configure(config, options, services, pipeline));
        app.start();
        String scheme = options.tls() ? "https" : "http";
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        URI url = URI.create(scheme + "://" + host + ":" + app.port() + "/");
        return new RunningWebServer(app, url, services);
    }

    private static void configure(JavalinConfig config, WebOptions options, WebServices services, Pipeline pipeline) {
        config.startup.showJavalinBanner = false;
        config.jetty.host = options.host();
        config.jetty.port = options.port();
        config.http.maxRequestSize = 2_000_000L;
        config.jetty.threadPool = threadPool();
        // Javalin copies each response through a buffer of this size, allocated per request (default 32 KiB,
        // most of a case page's allocation); pages are 3-10 KiB, longer answers take a few more writes.
        config.http.responseBufferSize = 8192;
        config.staticFiles.add(sf -> {
            sf.hostedPath = "/static";
            sf.directory = "/web/static";
            sf.location = Location.CLASSPATH;
            sf.headers = java.util.Map.of(
                    "Cache-Control", "private, max-age=3600",
                    "X-Content-Type-Options", "nosniff",
                    "Content-Security-Policy", org.uncounted.app.web.http.SecurityHeaders.CSP);
        });
        if (options.tls()) {
            config.jetty.addConnector((server, httpConfig) -> tlsConnector(server, httpConfig, options));
        }
        var routes = config.routes;
        routes.before(pipeline::before);
        ErrorMapping.install(routes);
        new AuthRoutes(services.authenticator(), pipeline).register(routes);
        new HomeRoutes().register(routes);
        new CaseRoutes(services.cases()).register(routes);
        new SearchRoutes(services.cases()).register(routes);
        new ReviewRoutes(services.linkage(), services.jobs(), services.places(), CaseService.webAccess())
                .register(routes);
        new EstimatesRoutes(services.estimates(), services.jobs(), services.bootstrapReplicates()).register(routes);
        new MapRoutes(services.cases().repository(), services.places()).register(routes);
        new JobRoutes(services.jobs(), services.jobKinds()).register(routes);
        new ImportRoutes(services.jobs(), services).register(routes);
    }

    /**
     * Request threads: {@value #THREADS_PER_CORE} per core (at least {@value #MIN_THREADS}; system property
     * {@code uncounted.web.threads} overrides), queueing the rest, instead of Javalin's 250. The work is CPU
     * bound (rendering, Lucene, the audit MAC), so more threads than that only time-slice the same cores,
     * and a thread preempted while it holds the audit chain's lock stalls every other one behind it.
     */
    static QueuedThreadPool threadPool() {
        int cores = Runtime.getRuntime().availableProcessors();
        int max = Integer.getInteger("uncounted.web.threads", Math.max(MIN_THREADS, THREADS_PER_CORE * cores));
        QueuedThreadPool pool = new QueuedThreadPool(max, Math.min(max, MIN_THREADS), 60_000);
        pool.setName("uncounted-web");
        return pool;
    }

    private static ServerConnector tlsConnector(
            org.eclipse.jetty.server.Server server, HttpConfiguration httpConfig, WebOptions options) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStorePath(options.keystore().toString());
        ssl.setKeyStorePassword(new String(options.keystorePassword()));
        ssl.setIncludeProtocols("TLSv1.3", "TLSv1.2");
        HttpConfiguration https = new HttpConfiguration(httpConfig);
        https.addCustomizer(new SecureRequestCustomizer(false));
        ServerConnector c = new ServerConnector(
                server, new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(https));
        c.setHost(options.host());
        c.setPort(options.port());
        return c;
    }
}
