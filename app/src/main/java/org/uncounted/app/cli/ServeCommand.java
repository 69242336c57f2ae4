package org.uncounted.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.uncounted.app.web.WebOptions;
import org.uncounted.app.web.WebServices;
import org.uncounted.app.web.auth.FirstLogin;
import org.uncounted.app.web.cases.CaseFilter;
import org.uncounted.app.web.cases.SyntheticCases;
import org.uncounted.store.CaseStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code uncounted serve}: the web application on an encrypted store (accounts, sign-in, audit and every
 * draft and recorded case are the store's), on the loopback interface unless told otherwise. On a store
 * without accounts, a first administrator account is created and printed once. {@code --synthetic N}
 * serves invented cases on a temporary store instead.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Serve the web application (intake, search, linkage review, estimates, map).")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--host", description = "Interface to bind (default ${DEFAULT-VALUE}: this machine only).")
    String host = "127.0.0.1";

    @Option(names = "--port", description = "Port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 8080;

    @Option(names = "--keystore", description = "PKCS12 or JKS keystore: serve HTTPS only.")
    Path keystore;

    @Option(
            names = "--keystore-password-env",
            description = "Environment variable holding the keystore password (never on the command line).")
    String keystorePasswordEnv;

    @picocli.CommandLine.Mixin
    StoreOptions store = new StoreOptions();

    @Option(
            names = "--synthetic",
            paramLabel = "N",
            description = "Serve N invented (synthetic) persons held in memory, on a temporary encrypted store"
                    + " deleted on exit (demonstrations and load tests); not with --data/--db.")
    int synthetic;

    @Override
    public Integer call() throws InterruptedException {
        char[] ksPassword = null;
        if (keystore != null) {
            if (keystorePasswordEnv == null || System.getenv(keystorePasswordEnv) == null) {
                throw new IllegalArgumentException(
                        "--keystore-password-env: name an environment variable that holds the keystore password");
            }
            ksPassword = System.getenv(keystorePasswordEnv).toCharArray();
        }
        WebOptions options = new WebOptions(host, port, keystore, ksPassword, store.data);
        if (!isLoopback(host)) {
            System.err.println("uncounted: warning: serving on " + host + ", reachable from other machines"
                    + (options.tls() ? "" : " WITHOUT TLS (use --keystore)"));
        }
        boolean real = store.data != null || store.db != null;
        if (real && synthetic > 0) {
            throw new IllegalArgumentException(
                    "--synthetic: invented cases are never mixed into a real store; use --synthetic without --data/--db");
        }
        PrintWriter out = new PrintWriter(System.out, true);
        if (real) {
            CaseStore cs = store.open();
            try {
                WebServices services = WebServices.onStore(cs);
                out.println("Loaded " + services.cases().repository().count(CaseFilter.ANY) + " cases from "
                        + store.describe() + " into memory; everything recorded is written to the store.");
                FirstLogin first = cs.asOperator().listUsers().isEmpty() ? FirstLogin.create(cs, "admin") : null;
                ServeLoop.run(services, options, first, out, cs);
            } finally {
                cs.close();
            }
        } else if (synthetic > 0) {
            WebServices services = WebServices.temporary();
            var repo = services.cases().repository();
            services.importRecorded(SyntheticCases.generate(synthetic, WebServices.SEED, repo, services.places()));
            out.println("Serving " + synthetic + " synthetic (invented) persons from memory, on a temporary encrypted"
                    + " store that is deleted when the server stops.");
            ServeLoop.run(services, options, FirstLogin.create(services.store(), "synthetic-admin"), out);
        } else {
            throw new IllegalArgumentException(
                    "serve needs a store (--data DIR or --db URL) or --synthetic N (invented cases, temporary store)");
        }
        return 0;
    }

    static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
    }
}
