package org.uncounted.app.web.search;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.SplittableRandom;
import org.uncounted.app.web.cases.CaseService;
import org.uncounted.app.web.cases.GazetteerPlaces;
import org.uncounted.app.web.cases.InMemoryCaseRepository;
import org.uncounted.app.web.cases.SyntheticCases;
import org.uncounted.app.web.cases.Testimony;

/**
 * CPU time per search on the load benchmark's synthetic index (62,500 persons, about 100,000 cases), one
 * thread, measured with the thread's CPU clock so that other processes on the machine do not count. Each
 * query is different (two words and a year, as {@code web/bench/search-uncached.lua}), so the answer cache
 * never helps; the first pass warms the JIT. Usage: {@code SearchCostBench [persons] [queries]}.
 */
public final class SearchCostBench {
    private static final String[] WORDS = {"브로커", "노래방", "두만강", "中介", "农村", "broker", "shelter", "farmer"};

    private SearchCostBench() {}

    public static void main(String[] args) {
        int persons = args.length > 0 ? Integer.parseInt(args[0]) : 62_500;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        var repo = new InMemoryCaseRepository();
        List<Testimony> cases = SyntheticCases.generate(persons, 20261129L, repo, GazetteerPlaces.standard());
        try (NarrativeIndex index = new NarrativeIndex(CaseService.webAccess())) {
            index.rebuild(cases, n -> {});
            var bean = ManagementFactory.getThreadMXBean();
            for (int pass = 0; pass < Integer.getInteger("passes", 3); pass++) {
                SplittableRandom rnd = new SplittableRandom(20261129L + pass);
                long cpu0 = bean.getCurrentThreadCpuTime();
                long wall0 = System.nanoTime();
                long hits = 0;
                for (int i = 0; i < queries; i++) {
                    String q = WORDS[rnd.nextInt(WORDS.length)] + " " + WORDS[rnd.nextInt(WORDS.length)] + " "
                            + (1990 + rnd.nextInt(35)) + " q" + i; // the counter makes every text new
                    hits += index.search(q, 50).size();
                }
                double cpuMs = (bean.getCurrentThreadCpuTime() - cpu0) / 1e6 / queries;
                double wallMs = (System.nanoTime() - wall0) / 1e6 / queries;
                System.out.printf(
                        "pass %d: %d cases, %d uncached searches, %.3f ms CPU/search (%.3f ms wall), %d hits%n",
                        pass, cases.size(), queries, cpuMs, wallMs, hits);
            }
        }
    }
}
