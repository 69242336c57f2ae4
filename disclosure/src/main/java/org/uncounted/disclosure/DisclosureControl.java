package org.uncounted.disclosure;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.uncounted.disclosure.internal.Grid;
import org.uncounted.disclosure.internal.ReleaseChecker;
import org.uncounted.disclosure.internal.SuppressionPlanner;

/**
 * The gate every table passes before it leaves the system (report, CSV, API, web).
 *
 * <p>{@link #apply} runs, in order: (1) if the policy asks for differential privacy, charges the
 * dataset's ledger — refusing the release beyond its lifetime ε — and adds exact discrete noise
 * to every interior cell (clamped at 0; margins are sums of the noisy cells, which is free
 * post-processing); (2) primary suppression of cells, margins included, whose count or rounded
 * count is in [1, threshold − 1]; (3) suppression of the same quantity in every table showing it;
 * (4) complementary suppression until the bounds attack ({@link #check}) leaves every hidden cell
 * a feasible interval at least {@link DisclosurePolicy#protectionWidth()} wide; (5) conventional
 * rounding of every published count; (6) {@link #check} of the result, as an outsider reads it.
 *
 * <p>Guarantees and limits are in {@code docs/publication.md}.
 */
public final class DisclosureControl {
    private final BudgetLedger ledger;
    private final DisclosureAuditSink audit;
    private final UniformSource noiseSource;
    private final Clock clock;

    private DisclosureControl(BudgetLedger ledger, DisclosureAuditSink audit, UniformSource noise, Clock clock) {
        this.ledger = Objects.requireNonNull(ledger);
        this.audit = Objects.requireNonNull(audit);
        this.noiseSource = Objects.requireNonNull(noise);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Production wiring: the given ledger and audit sink, noise from {@link UniformSource#secure()}. */
    public static DisclosureControl create(BudgetLedger ledger, DisclosureAuditSink audit) {
        return new DisclosureControl(ledger, audit, UniformSource.secure(), Clock.systemUTC());
    }

    /** As {@link #create} with a chosen noise source (a secret seed makes the release re-runnable). */
    public static DisclosureControl create(
            BudgetLedger ledger, DisclosureAuditSink audit, UniformSource noise, Clock clock) {
        return new DisclosureControl(ledger, audit, noise, clock);
    }

    /**
     * Makes a release publishable under the policy.
     *
     * @throws PrivacyBudgetExceededException when the noise would exceed the dataset's lifetime ε
     * @throws UnprotectableReleaseException when some suppressed cell cannot be protected
     */
    public PublishedRelease apply(Release release, DisclosurePolicy policy) {
        BigDecimal epsilon = charge(release, policy);
        List<Grid> grids = new ArrayList<>();
        for (CountTable t : release.tables()) {
            grids.add(Grid.of(t, policy.isNoisy() ? noisy(t, policy.noise()) : t.counts()));
        }
        List<SuppressedCell> suppressed = new SuppressionPlanner(grids, policy, !policy.isNoisy()).plan();
        List<PublishedTable> tables = new ArrayList<>();
        for (int i = 0; i < grids.size(); i++) {
            tables.add(grids.get(i).toPublished(release.tables().get(i).universe(), policy.roundingBase()));
        }
        BigDecimal delta = policy.noise()
                .deltaPerTable()
                .multiply(BigDecimal.valueOf(release.tables().size()));
        DisclosureRecord record = new DisclosureRecord(
                release.datasetId(),
                release.releaseId(),
                policy.threshold(),
                policy.roundingBase(),
                "conventional (nearest multiple, half up)",
                policy.protectionWidth(),
                policy.noise().toString(),
                epsilon,
                delta,
                suppressed);
        PublishedRelease out = new PublishedRelease(release.datasetId(), release.releaseId(), tables, record);
        // the planner bounded every hidden cell against exact values; check again from the outside
        CheckReport report = check(out, policy);
        if (!report.passed()) {
            throw new IllegalStateException(
                    "disclosure control produced a release that fails its own check: " + report.violations());
        }
        audit.record(new DisclosureAuditEvent(
                DisclosureAuditEvent.Type.RELEASE_PREPARED,
                release.datasetId(),
                release.releaseId(),
                epsilon,
                ledger.spent(release.datasetId()),
                policy.lifetimeEpsilon(),
                tables.size() + " tables, " + record.count(SuppressedCell.Reason.PRIMARY) + " primary, "
                        + record.count(SuppressedCell.Reason.COMPLEMENTARY) + " complementary, "
                        + record.count(SuppressedCell.Reason.SHARED) + " shared suppressions",
                clock.instant()));
        return out;
    }

    /**
     * Verifies a release before it leaves the system, reading only what it publishes: every count
     * is 0 or ≥ the threshold and a multiple of the rounding base, a quantity shown in several
     * tables is hidden in all or none, and every hidden cell's feasible interval under all
     * published values (each known only to its rounding interval) and margins is at least the
     * protection width wide.
     */
    public static CheckReport check(PublishedRelease release, DisclosurePolicy policy) {
        return ReleaseChecker.check(release, policy);
    }

    /** {@link #check} that throws {@link DisclosureViolationException} instead of reporting. */
    public static void requirePublishable(PublishedRelease release, DisclosurePolicy policy) {
        CheckReport r = check(release, policy);
        if (!r.passed()) {
            throw new DisclosureViolationException(r);
        }
    }

    private BigDecimal charge(Release release, DisclosurePolicy policy) {
        if (!policy.isNoisy()) {
            return BigDecimal.ZERO;
        }
        BigDecimal epsilon = policy.noise()
                .epsilonPerTable()
                .multiply(BigDecimal.valueOf(release.tables().size()));
        BigDecimal delta = policy.noise()
                .deltaPerTable()
                .multiply(BigDecimal.valueOf(release.tables().size()));
        LedgerEntry entry = new LedgerEntry(
                release.datasetId(),
                release.releaseId(),
                policy.noise().toString(),
                release.tables().size(),
                epsilon,
                delta,
                clock.instant());
        BigDecimal before = ledger.spent(release.datasetId());
        if (!ledger.tryCharge(entry, policy.lifetimeEpsilon())) {
            BigDecimal spent = ledger.spent(release.datasetId());
            audit.record(new DisclosureAuditEvent(
                    DisclosureAuditEvent.Type.BUDGET_REFUSED,
                    release.datasetId(),
                    release.releaseId(),
                    epsilon,
                    spent,
                    policy.lifetimeEpsilon(),
                    "refused: would exceed lifetime cap",
                    clock.instant()));
            throw new PrivacyBudgetExceededException(release.datasetId(), spent, epsilon, policy.lifetimeEpsilon());
        }
        audit.record(new DisclosureAuditEvent(
                DisclosureAuditEvent.Type.BUDGET_CHARGED,
                release.datasetId(),
                release.releaseId(),
                epsilon,
                before.add(epsilon),
                policy.lifetimeEpsilon(),
                release.tables().size() + " tables, " + policy.noise(),
                clock.instant()));
        return epsilon;
    }

    private long[][] noisy(CountTable t, NoiseMechanism noise) {
        long[][] out = t.counts();
        for (long[] row : out) {
            for (int j = 0; j < row.length; j++) {
                long z = noise.sample(noiseSource);
                row[j] = Math.max(0, row[j] + z);
            }
        }
        return out;
    }
}
