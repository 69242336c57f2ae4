package org.uncounted.store.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.uncounted.model.money.Currency;
import org.uncounted.model.money.Money;
import org.uncounted.model.money.MoneyConverter;
import org.uncounted.store.CaseSummary;
import org.uncounted.store.EventSummary;
import org.uncounted.store.StoreStatistics;

/**
 * Reads of the coded columns only: never touches sealed documents. {@code sources} restricts
 * every query to those source names (null: all sources).
 */
public final class CaseQueries {
    private final Handle h;
    private final Collection<String> sources;

    public CaseQueries(Handle h, Collection<String> sources) {
        this.h = h;
        this.sources = sources;
    }

    private String sourceFilter(String alias) {
        return sources == null ? "" : " AND " + alias + ".name IN (<sources>)";
    }

    private <T extends org.jdbi.v3.core.statement.SqlStatement<T>> T bindSources(T stmt) {
        if (sources == null) return stmt;
        return stmt.bindList("sources", sources.isEmpty() ? List.of("\u0000none") : List.copyOf(sources));
    }

    private static final String SUMMARY = "SELECT c.id, s.name AS source, c.source_record_id, c.revision, c.purged,"
            + " c.sex, c.birth_year, c.age_at_crossing, c.origin_province, c.current_status, c.possibly_in_china,"
            + " c.event_count, c.created_by FROM cases c JOIN sources s ON s.id = c.source_id";

    /** Cases ordered by id, optionally of one source, a page at a time. */
    public List<CaseSummary> list(String sourceName, int limit, long afterId) {
        var q = h.createQuery(SUMMARY + " WHERE c.id > :after" + sourceFilter("s")
                        + (sourceName == null ? "" : " AND s.name = :one") + " ORDER BY c.id LIMIT :limit")
                .bind("after", afterId)
                .bind("limit", limit);
        if (sourceName != null) q.bind("one", sourceName);
        return bindSources(q).map((rs, ctx) -> summary(rs)).list();
    }

    public Optional<CaseSummary> find(long id) {
        return bindSources(h.createQuery(SUMMARY + " WHERE c.id = :id" + sourceFilter("s")))
                .bind("id", id)
                .map((rs, ctx) -> summary(rs))
                .findOne();
    }

    /** Source name and creator of a case (for access checks), whatever the caller's sources. */
    public Optional<String[]> sourceAndCreator(long id) {
        return h.createQuery("SELECT s.name, c.created_by FROM cases c JOIN sources s ON s.id = c.source_id"
                        + " WHERE c.id = :id")
                .bind("id", id)
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                .findOne();
    }

    /** The coded events of a case in document order (one coded row per case since V4). */
    public List<EventSummary> events(long caseId) {
        String coded = h.createQuery("SELECT coded FROM events WHERE case_id = :id")
                .bind("id", caseId)
                .mapTo(String.class)
                .findOne()
                .orElse(null);
        List<EventSummary> out = new ArrayList<>();
        List<String[]> rows = CodedRows.decode(coded, CaseRow.Event.FIELDS);
        for (int k = 0; k < rows.size(); k++) {
            CaseRow.Event e = CaseRow.Event.of(rows.get(k));
            out.add(new EventSummary(
                    caseId,
                    k,
                    e.type(),
                    e.assertedBy(),
                    e.reliability(),
                    e.yearFrom(),
                    e.yearTo(),
                    e.datePrecision(),
                    e.country(),
                    e.province(),
                    e.exploitationType(),
                    e.priceAmount(),
                    e.priceCurrency(),
                    e.priceYear()));
        }
        return out;
    }

    /** Every coded event of the readable sources, decoded one case row at a time. */
    private void forEachEvent(java.util.function.Consumer<CaseRow.Event> sink) {
        bindSources(h.createQuery("SELECT e.coded FROM events e JOIN sources s ON s.id = e.source_id WHERE 1 = 1"
                        + sourceFilter("s")))
                .map((rs, ctx) -> {
                    for (String[] f : CodedRows.decode(rs.getString(1), CaseRow.Event.FIELDS)) {
                        sink.accept(CaseRow.Event.of(f));
                    }
                    return null;
                })
                .forEach(x -> {});
    }

    private static CaseSummary summary(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new CaseSummary(
                rs.getLong("id"),
                rs.getString("source"),
                rs.getString("source_record_id"),
                rs.getInt("revision"),
                rs.getBoolean("purged"),
                rs.getString("sex"),
                rs.getObject("birth_year", Integer.class),
                rs.getObject("age_at_crossing", Integer.class),
                rs.getString("origin_province"),
                rs.getString("current_status"),
                rs.getObject("possibly_in_china", Boolean.class),
                rs.getInt("event_count"),
                rs.getString("created_by"));
    }

    /** Aggregates for summaries; prices converted with the model's standard rates. */
    public StoreStatistics statistics() {
        Map<String, Long> perSource = new TreeMap<>();
        bindSources(h.createQuery("SELECT s.name, COUNT(*) FROM cases c JOIN sources s ON s.id = c.source_id"
                        + " WHERE c.purged = FALSE" + sourceFilter("s") + " GROUP BY s.name"))
                .map((rs, ctx) -> perSource.put(rs.getString(1), rs.getLong(2)))
                .list();
        Map<String, Long> byType = new TreeMap<>();
        Map<String, List<double[]>> prices = new TreeMap<>();
        Map<String, long[]> bad = new TreeMap<>();
        MoneyConverter fx = MoneyConverter.standard();
        forEachEvent(e -> {
            byType.merge(e.type(), 1L, Long::sum);
            if (!e.type().equals("sale") && !e.type().equals("resale")) return;
            if (e.priceAmount() == null || e.exploitationType() == null) return;
            String type = e.exploitationType();
            try {
                Money m = Money.of(e.priceAmount(), Currency.fromCode(e.priceCurrency()), e.priceYear());
                double cny = fx.convert(m, Currency.CNY).amount().doubleValue();
                double usd = fx.convert(m, Currency.USD).amount().doubleValue();
                prices.computeIfAbsent(type, k -> new ArrayList<>()).add(new double[] {cny, usd});
            } catch (IllegalArgumentException x) {
                bad.computeIfAbsent(type, k -> new long[1])[0]++;
            }
        });
        Map<Integer, Long> ages = new TreeMap<>();
        bindSources(h.createQuery("SELECT c.age_at_crossing, COUNT(*) FROM cases c JOIN sources s"
                        + " ON s.id = c.source_id WHERE c.purged = FALSE AND c.age_at_crossing IS NOT NULL"
                        + sourceFilter("s") + " GROUP BY c.age_at_crossing"))
                .map((rs, ctx) -> ages.put(rs.getInt(1), rs.getLong(2)))
                .list();
        long purged = bindSources(h.createQuery("SELECT COUNT(*) FROM cases c JOIN sources s ON s.id = c.source_id"
                        + " WHERE c.purged = TRUE" + sourceFilter("s")))
                .mapTo(Long.class)
                .one();
        long total = perSource.values().stream().mapToLong(Long::longValue).sum();
        return new StoreStatistics(perSource, byType, prices(prices, bad), ages, total, purged);
    }

    private static List<StoreStatistics.PriceSummary> prices(
            Map<String, List<double[]>> byType, Map<String, long[]> bad) {
        List<StoreStatistics.PriceSummary> out = new ArrayList<>();
        for (var e : byType.entrySet()) {
            double[] cny = e.getValue().stream().mapToDouble(v -> v[0]).sorted().toArray();
            double[] usd = e.getValue().stream().mapToDouble(v -> v[1]).sorted().toArray();
            out.add(new StoreStatistics.PriceSummary(
                    e.getKey(),
                    cny.length,
                    quantile(cny, 0.5),
                    quantile(usd, 0.5),
                    quantile(usd, 0.1),
                    quantile(usd, 0.9),
                    bad.getOrDefault(e.getKey(), new long[1])[0]));
        }
        return out;
    }

    /** Quantile by linear interpolation between order statistics (type 7 of Hyndman and Fan). */
    static double quantile(double[] sorted, double p) {
        if (sorted.length == 0) return Double.NaN;
        double pos = p * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
