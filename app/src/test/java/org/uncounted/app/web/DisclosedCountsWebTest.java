package org.uncounted.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.uncounted.app.web.cases.SyntheticCases;
import org.uncounted.security.access.Role;

/** Count tables leave the web application only through disclosure control, unless the role may read identifying data. */
class DisclosedCountsWebTest {
    static RunningWebServer server;
    static WebServices services;

    @BeforeAll
    static void start() {
        services = TestAccounts.services();
        services.importRecorded(SyntheticCases.generate(80, 7L, services.cases().repository(), services.places()));
        server = WebServer.start(WebOptions.LOCAL.withPort(0), services);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Map<?, ?> get(TestClient c, String path) throws Exception {
        var r = c.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return TestClient.parse(r);
    }

    private static List<Object> overlapCounts(Map<?, ?> d) {
        List<Object> out = new ArrayList<>();
        ((List<?>) d.get("intersections")).forEach(s -> out.add(((Map<?, ?>) s).get("count")));
        return out;
    }

    private static List<Object> mapCounts(Map<?, ?> d) {
        List<Object> out = new ArrayList<>();
        ((List<?>) d.get("regions")).forEach(s -> out.add(((Map<?, ?>) s).get("value")));
        ((List<?>) d.get("flows")).forEach(s -> out.add(((Map<?, ?>) s).get("value")));
        return out;
    }

    @Test
    void analyst_overlapMapAndDurations_everyCountNullOrAtLeast11AndMultipleOf5() throws Exception {
        TestClient c = new TestClient(server.url());
        c.login(TestAccounts.add(services.store(), Role.ANALYST));
        Map<?, ?> overlap = get(c, "/api/charts/overlap");
        List<Object> counts = new ArrayList<>(overlapCounts(overlap));
        List<Object> map = mapCounts(get(c, "/api/map"));
        counts.addAll(map);
        counts.addAll((List<?>) get(c, "/api/charts/durations").get("counts"));
        assertThat(overlapCounts(overlap))
                .as("the synthetic data has overlap cells")
                .isNotEmpty();
        assertThat(map).as("the synthetic data has map counts").isNotEmpty();
        assertThat(counts).allSatisfy(n -> {
            if (n != null) {
                long v = ((Number) n).longValue();
                assertThat(v).isGreaterThanOrEqualTo(11);
                assertThat(v % 5).isZero();
            }
        });
        assertThat(counts)
                .as("small cells exist in 80 synthetic cases and are hidden")
                .contains((Object) null);
        assertThat(counts)
                .as("and large ones are published")
                .anySatisfy(n -> assertThat(n).isNotNull());
        assertThat(overlap.get("threshold")).isEqualTo(11);
    }

    @Test
    void coder_mayReadIdentifying_seesExactOverlapCounts() throws Exception {
        TestClient c = new TestClient(server.url());
        c.login(TestAccounts.add(services.store(), Role.RESEARCHER));
        List<Object> counts = overlapCounts(get(c, "/api/charts/overlap"));
        long exactTotal = services.estimates().overlap().patternCounts().values().stream()
                .mapToLong(Long::longValue)
                .sum();
        assertThat(counts).doesNotContainNull();
        assertThat(counts.stream().mapToLong(n -> ((Number) n).longValue()).sum())
                .isEqualTo(exactTotal);
    }
}
