package org.uncounted.app.web.cases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Testimonies held in this process's memory (nothing is written to disk, so nothing identifying rests
 * unencrypted): the copy the pages, search and aggregates read. With a store behind it (the normal case)
 * the store is the source of truth and this copy is loaded from it at start ({@link StoreCases}); ids it
 * hands out continue after the highest {@code C-} id it holds.
 */
public final class InMemoryCaseRepository implements CaseRepository {
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("C-(\\d{1,15})");
    private final ConcurrentSkipListMap<String, Testimony> cases = new ConcurrentSkipListMap<>();
    private final AtomicLong next = new AtomicLong(1);
    private final String noticeKey;

    /** An empty repository: everything recorded lives in memory only. */
    public InMemoryCaseRepository() {
        this("storage.memory");
    }

    /** {@code noticeKey}: the UI string saying where the cases came from and that new ones are not persisted. */
    public InMemoryCaseRepository(String noticeKey) {
        this.noticeKey = noticeKey;
    }

    @Override
    public String nextId() {
        return String.format("C-%06d", next.getAndIncrement());
    }

    @Override
    public void save(Testimony t) {
        cases.put(t.id(), t);
        var m = ID.matcher(t.id());
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            next.accumulateAndGet(n + 1, Math::max);
        }
    }

    @Override
    public Optional<Testimony> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(cases.get(id));
    }

    @Override
    public List<Testimony> list(CaseFilter filter, int offset, int limit) {
        List<Testimony> out = new ArrayList<>(limit);
        int skipped = 0;
        for (Testimony t : cases.values()) {
            if (t.status() != Testimony.Status.RECORDED || !filter.matches(t)) {
                continue;
            }
            if (skipped++ < offset) {
                continue;
            }
            out.add(t);
            if (out.size() == limit) {
                break;
            }
        }
        return out;
    }

    @Override
    public int count(CaseFilter filter) {
        return (int) cases.values().stream()
                .filter(t -> t.status() == Testimony.Status.RECORDED && filter.matches(t))
                .count();
    }

    @Override
    public List<Testimony> drafts(String userId) {
        return cases.values().stream()
                .filter(t -> t.status() == Testimony.Status.DRAFT && userId.equals(t.recordedBy()))
                .sorted(Comparator.comparing(Testimony::updated).reversed())
                .toList();
    }

    @Override
    public void forEachRecorded(Consumer<Testimony> action) {
        cases.values().stream()
                .filter(t -> t.status() == Testimony.Status.RECORDED)
                .forEach(action);
    }

    @Override
    public List<String> sources() {
        return cases.values().stream()
                .map(Testimony::sourceId)
                .filter(s -> s != null)
                .distinct()
                .sorted()
                .toList();
    }

    @Override
    public String storageNoticeKey() {
        return noticeKey;
    }
}
