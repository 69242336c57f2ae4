package org.uncounted.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BudgetLedgerTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);
    private static final Dimension PROVINCE = Dimension.of("province", "NH", "RG", "SH");
    private static final DisclosurePolicy DP_ONE = DisclosurePolicy.DEFAULT
            .withNoise(new NoiseMechanism.DiscreteLaplace(BigDecimal.ONE))
            .withLifetimeEpsilon(new BigDecimal("2.5"));

    private static Release release(String id) {
        return Release.of("ds-7", id, CountTable.oneWay("by_province", PROVINCE, 120, 45, 80));
    }

    private static DisclosureControl control(BudgetLedger ledger, List<DisclosureAuditEvent> events) {
        return DisclosureControl.create(
                ledger,
                events::add,
                UniformSource.deterministic("budget-test-noise-seed".getBytes(StandardCharsets.UTF_8)),
                CLOCK);
    }

    @Test
    void apply_beyondLifetimeEpsilon_isRefused_ledgerUnchanged_andAudited() {
        InMemoryBudgetLedger ledger = new InMemoryBudgetLedger();
        List<DisclosureAuditEvent> events = new ArrayList<>();
        DisclosureControl control = control(ledger, events);
        control.apply(release("r1"), DP_ONE);
        control.apply(release("r2"), DP_ONE);
        assertThat(ledger.spent("ds-7")).isEqualByComparingTo("2");
        assertThatThrownBy(() -> control.apply(release("r3"), DP_ONE))
                .isInstanceOf(PrivacyBudgetExceededException.class)
                .hasMessageContaining("ds-7")
                .hasMessageContaining("cap ε=2.5");
        assertThat(ledger.spent("ds-7")).isEqualByComparingTo("2");
        assertThat(ledger.entries("ds-7")).extracting(LedgerEntry::releaseId).containsExactly("r1", "r2");
        assertThat(events)
                .extracting(DisclosureAuditEvent::type)
                .containsExactly(
                        DisclosureAuditEvent.Type.BUDGET_CHARGED,
                        DisclosureAuditEvent.Type.RELEASE_PREPARED,
                        DisclosureAuditEvent.Type.BUDGET_CHARGED,
                        DisclosureAuditEvent.Type.RELEASE_PREPARED,
                        DisclosureAuditEvent.Type.BUDGET_REFUSED);
    }

    @Test
    void apply_twoTables_chargesEpsilonPerTable() {
        InMemoryBudgetLedger ledger = new InMemoryBudgetLedger();
        Release two = Release.of(
                "ds-8",
                "r",
                CountTable.oneWay("a", PROVINCE, 120, 45, 80),
                CountTable.oneWay("b", Dimension.of("type", "m", "p"), 100, 145));
        PublishedRelease out = control(ledger, new ArrayList<>()).apply(two, DP_ONE);
        assertThat(out.record().epsilonSpent()).isEqualByComparingTo("2");
        assertThat(ledger.spent("ds-8")).isEqualByComparingTo("2");
    }

    @Test
    void apply_noisyRelease_sameSecretSeed_isReproducedBitForBit() {
        PublishedRelease a =
                control(new InMemoryBudgetLedger(), new ArrayList<>()).apply(release("r"), DP_ONE);
        PublishedRelease b =
                control(new InMemoryBudgetLedger(), new ArrayList<>()).apply(release("r"), DP_ONE);
        assertThat(a).isEqualTo(b);
        assertThat(a.record().noise()).isEqualTo("DiscreteLaplace[epsilon=1]");
    }

    @Test
    void apply_withoutNoise_spendsNothing() {
        InMemoryBudgetLedger ledger = new InMemoryBudgetLedger();
        control(ledger, new ArrayList<>()).apply(release("r"), DisclosurePolicy.DEFAULT);
        assertThat(ledger.entries("ds-7")).isEmpty();
    }

    @Test
    void discreteGaussian_chargesConvertedEpsilon_roundedUp() {
        NoiseMechanism.DiscreteGaussian g =
                new NoiseMechanism.DiscreteGaussian(new BigDecimal("0.5"), new BigDecimal("0.000001"));
        // ε = ρ + 2√(ρ ln(1/δ)) = 0.5 + 2√(0.5 · 13.8155) = 5.7565219…, rounded up
        assertThat(g.epsilonPerTable()).isEqualByComparingTo("5.756522");
        assertThat(g.sigmaSquared()).containsExactly(java.math.BigInteger.TEN, java.math.BigInteger.TEN);
    }

    @Test
    void fileLedger_persistsAcrossInstances_andRefusesFromTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("privacy-ledger.tsv");
        control(new FileBudgetLedger(file), new ArrayList<>()).apply(release("r1"), DP_ONE);
        control(new FileBudgetLedger(file), new ArrayList<>()).apply(release("r2"), DP_ONE);
        FileBudgetLedger reopened = new FileBudgetLedger(file);
        assertThat(reopened.spent("ds-7")).isEqualByComparingTo("2");
        assertThat(reopened.entries("other")).isEmpty();
        assertThatThrownBy(() -> control(reopened, new ArrayList<>()).apply(release("r3"), DP_ONE))
                .isInstanceOf(PrivacyBudgetExceededException.class);
        assertThat(Files.readAllLines(file)).hasSize(3).first().asString().startsWith("# uncounted privacy ledger");
    }

    @Test
    void fileLedger_concurrentChargesFromTwoInstances_neverExceedTheCap(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("shared.tsv");
        BigDecimal cap = new BigDecimal("10");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            FileBudgetLedger ledger = new FileBudgetLedger(file);
            LedgerEntry e =
                    new LedgerEntry("ds-c", "r" + i, "test", 1, BigDecimal.ONE, BigDecimal.ZERO, CLOCK.instant());
            results.add(pool.submit(() -> ledger.tryCharge(e, cap)));
        }
        long accepted = 0;
        for (var f : results) {
            accepted += f.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(accepted).isEqualTo(10);
        assertThat(new FileBudgetLedger(file).spent("ds-c")).isEqualByComparingTo("10");
    }

    @Test
    void fileLedger_corruptLine_isReportedWithLineNumber(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ledger.tsv");
        Files.writeString(file, "# header\nds-7\tbroken\n");
        assertThatThrownBy(() -> new FileBudgetLedger(file).spent("ds-7"))
                .isInstanceOf(InvalidTableException.class)
                .hasMessageContaining("line 2");
    }
}
