package org.uncounted.store.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
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
            + " c.event_count FROM cases c JOIN sources s ON s.id = c.source_id";

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

    public List<EventSummary> events(long caseId) {
        return h.createQuery("SELECT * FROM events WHERE id >= :lo AND id < :hi ORDER BY id")
                .bind("lo", caseId * CaseRow.MAX_EVENTS)
                .bind("hi", (caseId + 1) * CaseRow.MAX_EVENTS)
                .map((rs, ctx) -> new EventSummary(
                        rs.getLong("case_id"),
                        (int) (rs.getLong("id") - caseId * CaseRow.MAX_EVENTS),
                        rs.getString("type"),
                        rs.getString("asserted_by"),
                        rs.getString("reliability"),
                        (Integer) rs.getObject("year_from", Integer.class),
                        (Integer) rs.getObject("year_to", Integer.class),
                        rs.getString("date_precision"),
                        rs.getString("country"),
                        rs.getString("province"),
                        rs.getString("exploitation_type"),
                        rs.getBigDecimal("price_amount"),
                        rs.getString("price_currency"),
                        (Integer) rs.getObject("price_year", Integer.class)))
                .list();
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
                rs.getInt("event_count"));
    }

    /** Aggregates for summaries; prices converted with the model's standard rates. */
    public StoreStatistics statistics() {
        Map<String, Long> perSource = new TreeMap<>();
        bindSources(h.createQuery("SELECT s.name, COUNT(*) FROM cases c JOIN sources s ON s.id = c.source_id"
                        + " WHERE c.purged = FALSE" + sourceFilter("s") + " GROUP BY s.name"))
                .map((rs, ctx) -> perSource.put(rs.getString(1), rs.getLong(2)))
                .list();
        Map<String, Long> byType = new TreeMap<>();
        bindSources(h.createQuery("SELECT e.type, COUNT(*) FROM events e JOIN sources s ON s.id = e.source_id"
                        + " WHERE 1 = 1" + sourceFilter("s") + " GROUP BY e.type"))
                .map((rs, ctx) -> byType.put(rs.getString(1), rs.getLong(2)))
                .list();
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
        return new StoreStatistics(perSource, byType, prices(), ages, total, purged);
    }

    private List<StoreStatistics.PriceSummary> prices() {
        Map<String, List<double[]>> byType = new LinkedHashMap<>();
        Map<String, long[]> bad = new LinkedHashMap<>();
        MoneyConverter fx = MoneyConverter.standard();
        bindSources(h.createQuery("SELECT e.exploitation_type, e.price_amount, e.price_currency, e.price_year"
                        + " FROM events e JOIN sources s ON s.id = e.source_id WHERE e.type IN ('sale', 'resale')"
                        + " AND e.price_amount IS NOT NULL AND e.exploitation_type IS NOT NULL"
                        + sourceFilter("s") + " ORDER BY e.exploitation_type"))
                .map((rs, ctx) -> {
                    String type = rs.getString(1);
                    BigDecimal amount = rs.getBigDecimal(2);
                    try {
                        Money m = Money.of(amount, Currency.fromCode(rs.getString(3)), rs.getInt(4));
                        double cny = fx.convert(m, Currency.CNY).amount().doubleValue();
                        double usd = fx.convert(m, Currency.USD).amount().doubleValue();
                        byType.computeIfAbsent(type, k -> new ArrayList<>()).add(new double[] {cny, usd});
                    } catch (IllegalArgumentException e) {
                        bad.computeIfAbsent(type, k -> new long[1])[0]++;
                    }
                    return null;
                })
                .list();
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
