package org.uncounted.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import org.uncounted.app.web.RunningWebServer;
import org.uncounted.app.web.WebOptions;
import org.uncounted.app.web.WebServer;
import org.uncounted.app.web.WebServices;
import org.uncounted.app.web.auth.FirstLogin;

/** Serves the web application until the process is stopped (Ctrl-C); shared by {@code serve} and {@code demo}. */
final class ServeLoop {
    private ServeLoop() {}

    /**
     * Starts the server and prints its URL and, if {@code login} is not null, that account's password and
     * second-factor enrolment (shown once: it is not stored in clear anywhere).
     */
    static void run(WebServices services, WebOptions options, FirstLogin login, PrintWriter out)
            throws InterruptedException {
        run(services, options, login, out, null);
    }

    /**
     * As above; on Ctrl-C the hook also closes {@code store} after the server (whose audit entries it
     * flushes first), so the embedded database is checkpointed and closed before the JVM halts.
     */
    static void run(WebServices services, WebOptions options, FirstLogin login, PrintWriter out, AutoCloseable store)
            throws InterruptedException {
        RunningWebServer server = WebServer.start(options, services);
        out.println("Uncounted is serving at " + server.url());
        if (login != null) {
            printLogin(login, out);
        } else {
            out.println("Sign in with an account of this store (create one with: uncounted users add).");
        }
        out.println("Press Ctrl-C to stop.");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
                if (store != null) store.close();
            } catch (Exception e) {
                System.err.println(
                        "uncounted: closing on shutdown failed: " + e.getClass().getSimpleName());
            } finally {
                stopped.countDown();
            }
        }));
        stopped.await();
    }

    static void printLogin(FirstLogin login, PrintWriter out) {
        out.println("Administrator login (created now, shown once): " + login.username() + " / " + login.password());
        out.println("Second factor (required): add this account to an authenticator app (e.g. Aegis, FreeOTP):");
        out.println("  " + login.enrolmentUri());
        out.println("  or type its secret: " + login.secret());
        out.println("  without an app, on this machine: " + UsersCommand.SECRET_ENV + "=" + login.secret()
                + " ./uncounted users code");
    }
}
