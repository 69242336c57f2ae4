package org.uncounted.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import org.uncounted.app.web.RunningWebServer;
import org.uncounted.app.web.WebOptions;
import org.uncounted.app.web.WebServer;
import org.uncounted.app.web.WebServices;
import org.uncounted.app.web.auth.Role;

/** Serves the web application until the process is stopped (Ctrl-C); shared by {@code serve} and {@code demo}. */
final class ServeLoop {
    private ServeLoop() {}

    static void run(WebServices services, WebOptions options, PrintWriter out) throws InterruptedException {
        RunningWebServer server = WebServer.start(options, services);
        RunningWebServer.OneTimeLogin login = server.createOneTimeLogin(Role.ADMIN);
        out.println("Uncounted is serving at " + server.url());
        out.println("One-time administrator login: " + login.username() + " / " + login.password());
        out.println("Press Ctrl-C to stop.");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
    }
}
