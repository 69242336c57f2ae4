package org.uncounted.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import org.uncounted.app.demo.Demo;
import org.uncounted.app.demo.DemoOptions;
import org.uncounted.app.web.WebOptions;
import org.uncounted.app.web.WebServices;
import org.uncounted.app.web.auth.FirstLogin;
import org.uncounted.store.CaseStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code uncounted demo}: the main job on a synthetic population. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Simulate a population of North Korean women trafficked into China and the organisations that document"
                    + " them, import every organisation's records into a new encrypted store as its own source, and"
                    + " print a summary. Synthetic data only.",
            "Without --no-serve, then serve the web application on the demo data."
        })
public final class DemoCommand implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", description = "Demo directory (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("demo-data");

    @Option(names = "--women", paramLabel = "N", description = "Women to simulate (default: ${DEFAULT-VALUE}).")
    long women = 20_000;

    @Option(names = "--seed", paramLabel = "S", description = "Simulation seed (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--replicates", paramLabel = "K", description = "Linkage replicates (default: ${DEFAULT-VALUE}).")
    int replicates = 5;

    @Option(
            names = "--bootstrap",
            paramLabel = "B",
            description = "Bootstrap samples per linkage (default: ${DEFAULT-VALUE}).")
    int bootstrap = 200;

    @Option(names = "--no-serve", description = "Exit after the summary instead of serving the web application.")
    boolean noServe;

    @Option(
            names = "--port",
            description = "Port of the web application (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 8080;

    @Option(names = "--quiet", description = "No progress bars.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        char[] passphrase = passphrase(out);
        try (CaseStore store =
                new Demo(new DemoOptions(data, women, seed, passphrase, quiet, replicates, bootstrap), out).run()) {
            out.println();
            out.println("Done. The encrypted store is in " + data.resolve("store") + ".");
            out.println("The published table with intervals (HTML and PDF), with the passphrase in "
                    + StoreOptions.PASSPHRASE_ENV + ":");
            out.println("  ./uncounted report headline --data " + data.resolve("store") + " --truth "
                    + data.resolve("simulation") + " --out "
                    + data.resolve("report").resolve("headline.html"));
            out.flush();
            if (!noServe) serve(store, out);
            return 0;
        }
    }

    /**
     * Serves the web application on the demo store until the process is stopped (Ctrl-C), with a new
     * administrator-and-researcher account whose password and TOTP enrolment are printed once.
     */
    private void serve(CaseStore store, PrintWriter out) throws InterruptedException {
        WebServices services = WebServices.onStore(store);
        out.println();
        ServeLoop.run(
                services,
                new WebOptions("127.0.0.1", port, null, null, null),
                FirstLogin.create(store, "demo-admin"),
                out,
                store);
    }

    private static char[] passphrase(PrintWriter out) {
        String env = System.getenv(StoreOptions.PASSPHRASE_ENV);
        if (env != null && !env.isBlank()) return env.toCharArray();
        String words = randomPassphrase();
        out.println("Demo store passphrase (set " + StoreOptions.PASSPHRASE_ENV + " to choose your own): " + words);
        return words.toCharArray();
    }

    private static String randomPassphrase() {
        String alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
        SecureRandom r = new SecureRandom();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) b.append('-');
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
