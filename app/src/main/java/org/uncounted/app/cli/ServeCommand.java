package org.uncounted.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.uncounted.app.web.WebOptions;
import org.uncounted.app.web.WebServices;
import org.uncounted.app.web.auth.InMemoryUserDirectory;
import org.uncounted.app.web.cases.InMemoryCaseRepository;
import org.uncounted.app.web.cases.StoreCases;
import org.uncounted.app.web.cases.SyntheticCases;
import org.uncounted.app.web.cases.Testimony;
import org.uncounted.store.CaseStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code uncounted serve}: the web application, on the loopback interface unless told otherwise. */
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
            description = "Load N synthetic persons (invented, for demonstrations and load tests).")
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
        WebServices services;
        if (store.data != null || store.db != null) {
            var repo = new InMemoryCaseRepository("storage.fromStore");
            services = new WebServices(new InMemoryUserDirectory(), repo, java.time.Clock.systemUTC());
            try (CaseStore cs = store.open()) {
                List<Testimony> cases = StoreCases.load(cs);
                services.importRecorded(cases);
                System.out.println("Loaded " + cases.size() + " cases from " + store.describe() + " into memory.");
            }
        } else {
            services = WebServices.inMemory();
        }
        if (synthetic > 0) {
            var repo = services.cases().repository();
            services.importRecorded(SyntheticCases.generate(synthetic, WebServices.SEED, repo, services.places()));
        }
        ServeLoop.run(services, options, new java.io.PrintWriter(System.out, true));
        return 0;
    }

    static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
    }
}
