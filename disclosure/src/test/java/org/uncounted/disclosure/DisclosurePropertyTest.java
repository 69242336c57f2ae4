package org.uncounted.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties over many seeded random releases (privacy-security.md §7 G1, G2). */
class DisclosurePropertyTest {
    private static final long SEED = 20261129L;
    private static final int RELEASES = 300;

    private static void assertEveryCellZeroOrAtLeastThreshold(PublishedRelease out, DisclosurePolicy policy) {
        for (PublishedTable t : out.tables()) {
            int thr = policy.thresholdFor(t.kind());
            t.grid().stream().flatMap(List::stream).filter(c -> !c.suppressed()).forEach(c -> {
                assertThat(c.value())
                        .as(t.name())
                        .satisfiesAnyOf(
                                v -> assertThat(v).isZero(), v -> assertThat(v).isGreaterThanOrEqualTo(thr));
                assertThat(c.value() % policy.roundingBase()).isZero();
            });
        }
    }

    @Test
    void apply_randomReleases_everyPublishedCellIsZeroOrAtLeastThreshold_andPassesCheck() {
        System.out.println("seed: " + SEED);
        RandomReleases gen = new RandomReleases(SEED);
        DisclosureControl control = DisclosureControl.create(new InMemoryBudgetLedger(), DisclosureAuditSink.NONE);
        int refused = 0;
        long complementary = 0;
        for (int i = 0; i < RELEASES; i++) {
            Release r = gen.next(i);
            try {
                PublishedRelease out = control.apply(r, DisclosurePolicy.DEFAULT);
                complementary += out.record().count(SuppressedCell.Reason.COMPLEMENTARY);
                assertEveryCellZeroOrAtLeastThreshold(out, DisclosurePolicy.DEFAULT);
                assertThat(DisclosureControl.check(out, DisclosurePolicy.DEFAULT)
                                .violations())
                        .as("release %d (seed %d)", i, SEED)
                        .isEmpty();
            } catch (UnprotectableReleaseException e) {
                refused++;
            }
        }
        System.out.println(
                "refused as unprotectable: " + refused + " of " + RELEASES + "; complementary cells: " + complementary);
        assertThat(complementary).isPositive();
        assertThat(refused).isLessThan(RELEASES / 20);
    }

    @Test
    void apply_randomReleasesWithNoise_everyPublishedCellIsZeroOrAtLeastThreshold() {
        System.out.println("seed: " + SEED);
        RandomReleases gen = new RandomReleases(SEED + 1);
        DisclosurePolicy policy = DisclosurePolicy.DEFAULT
                .withNoise(new NoiseMechanism.DiscreteLaplace(BigDecimal.ONE))
                .withLifetimeEpsilon(new BigDecimal("100000"));
        DisclosureControl control = DisclosureControl.create(
                new InMemoryBudgetLedger(),
                DisclosureAuditSink.NONE,
                UniformSource.deterministic(
                        "property-test-noise-seed".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                java.time.Clock.systemUTC());
        for (int i = 0; i < RELEASES / 3; i++) {
            try {
                PublishedRelease out = control.apply(gen.next(i), policy);
                assertEveryCellZeroOrAtLeastThreshold(out, policy);
                assertThat(DisclosureControl.check(out, policy).passed()).isTrue();
            } catch (UnprotectableReleaseException e) {
                // refusing is safe; the rate is asserted in the noiseless test
            }
        }
    }

    @Test
    void differenceAttack_onUnroundedRandomReleases_recoversNoSuppressedCell() {
        System.out.println("seed: " + SEED);
        RandomReleases gen = new RandomReleases(SEED + 2);
        DisclosurePolicy exact = DisclosurePolicy.DEFAULT.withRoundingBase(1);
        DisclosureControl control = DisclosureControl.create(new InMemoryBudgetLedger(), DisclosureAuditSink.NONE);
        int attacked = 0;
        for (int i = 0; i < RELEASES; i++) {
            PublishedRelease out;
            try {
                out = control.apply(gen.next(i), exact);
            } catch (UnprotectableReleaseException e) {
                continue;
            }
            attacked++;
            assertThat(LineSolvingAttack.recover(out, true)).as("release %d", i).isEmpty();
            // and the LP bounds attack, on exact published values, leaves every hidden cell ≥ 11 wide
            assertThat(DisclosureControl.check(out, exact).violations()).isEmpty();
        }
        assertThat(attacked).isGreaterThan(RELEASES * 9 / 10);
    }
}
