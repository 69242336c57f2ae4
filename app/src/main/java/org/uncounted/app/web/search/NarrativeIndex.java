package org.uncounted.app.web.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.uncounted.app.web.cases.Testimony;
import org.uncounted.model.SensitiveText;

/**
 * Full-text search over narratives and names, held in memory only ({@link ByteBuffersDirectory}): no
 * plaintext index ever rests on disk, and the index is rebuilt from the decrypted cases after the store is
 * unlocked. Each narrative is analysed by its language's analyzer — nori for Korean, smartcn for Chinese,
 * the English analyzer for English — and a query is analysed by all three, so a Korean query finds Korean
 * narratives whichever language the interface is in. Names use CJK bigrams.
 */
public final class NarrativeIndex implements AutoCloseable {
    /** One result: a case id and its relevance. */
    public record Hit(String caseId, float score) {}

    private static final String ID = "id";
    private static final int CACHED_QUERIES = 1024;
    private static final int CACHED_RESULTS = 512;
    private static final Query NO_TERMS = new MatchNoDocsQuery("no searchable term");
    private static final List<String> TEXT_FIELDS = List.of("narrative_ko", "narrative_zh", "narrative_en", "name");

    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final SensitiveText.Access access;
    private final Map<String, Query> queries = new ConcurrentHashMap<>();
    private volatile ResultCache results = new ResultCache(-1);

    public NarrativeIndex(SensitiveText.Access access) {
        this.access = access;
        this.analyzer = new PerFieldAnalyzerWrapper(
                new StandardAnalyzer(),
                Map.of(
                        "narrative_ko", new KoreanAnalyzer(),
                        "narrative_zh", new SmartChineseAnalyzer(),
                        "narrative_en", new EnglishAnalyzer(),
                        "name", new CJKAnalyzer()));
        try {
            this.writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analyzer));
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the in-memory index", e);
        }
    }

    /** Adds or replaces one recorded case and makes it searchable at once. */
    public void put(Testimony t) {
        add(t);
        refresh();
    }

    /** Rebuilds from scratch; {@code progress} receives the count indexed so far. */
    public void rebuild(Iterable<Testimony> cases, IntConsumer progress) {
        try {
            writer.deleteAll();
            int n = 0;
            for (Testimony t : cases) {
                add(t);
                if (++n % 1000 == 0) {
                    progress.accept(n);
                }
            }
            progress.accept(n);
            // one segment: a query then pays its per-segment setup once, and the scorer skips across all
            // documents at once (SearchCostBench: 0.88 -> see docs/benchmarks.md); later puts add small ones
            writer.forceMerge(1);
            writer.commit();
            refresh();
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory index rebuild failed", e);
        }
    }

    private void add(Testimony t) {
        Document d = new Document();
        d.add(new StringField(ID, t.id(), Field.Store.NO));
        d.add(new BinaryDocValuesField(ID, new BytesRef(t.id())));
        String lang = t.narrativeLanguage() == null ? "en" : t.narrativeLanguage();
        if (!t.narrative().isEmpty()) {
            d.add(new TextField("narrative_" + lang, t.narrative().reveal(access), Field.Store.NO));
        }
        for (SensitiveText name :
                new SensitiveText[] {t.person().name(), t.person().nameOther()}) {
            if (name != null && !name.isEmpty()) {
                d.add(new TextField("name", name.reveal(access), Field.Store.NO));
            }
        }
        try {
            writer.updateDocument(new Term(ID, t.id()), d);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index case " + t.id(), e);
        }
    }

    private void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("index refresh failed", e);
        }
    }

    /**
     * The best {@code limit} cases for {@code text}; empty when the text has no searchable term. Answers are
     * cached per (text, limit) for the searcher they came from: any write refreshes the searcher, and a new
     * searcher starts with an empty cache, so a cached answer never outlives the index it was computed on.
     * The cache holds case ids and scores only; callers filter by role on every request.
     */
    public List<Hit> search(String text, int limit) {
        Query query = query(text);
        if (query == null) {
            return List.of();
        }
        try {
            IndexSearcher s = searchers.acquire();
            try {
                long version = ((DirectoryReader) s.getIndexReader()).getVersion();
                ResultCache cache = results;
                if (cache.version < version) {
                    cache = new ResultCache(version);
                    results = cache;
                }
                String key = limit + ":" + text;
                List<Hit> hits = cache.version == version ? cache.hits.get(key) : null;
                if (hits == null) {
                    hits = collect(s, s.search(query, limit).scoreDocs);
                    if (cache.version == version) {
                        cache.put(key, hits);
                    }
                }
                return hits;
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    /** The analysed query over every text field, or null when no analyzer finds a term (cached: analysis is costly). */
    private Query query(String text) {
        Query cached = queries.get(text);
        if (cached != null) {
            return cached == NO_TERMS ? null : cached;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        QueryBuilder qb = new QueryBuilder(analyzer);
        int clauses = 0;
        for (String f : TEXT_FIELDS) {
            Query q = qb.createBooleanQuery(f, text, BooleanClause.Occur.SHOULD);
            if (q != null) {
                b.add(q, BooleanClause.Occur.SHOULD);
                clauses++;
            }
        }
        Query q = clauses == 0 ? null : b.build();
        if (queries.size() >= CACHED_QUERIES) {
            queries.clear();
        }
        queries.put(text, q == null ? NO_TERMS : q);
        return q;
    }

    /** Case ids of the top documents, read from doc values in document order (no stored-field decompression). */
    private static List<Hit> collect(IndexSearcher s, ScoreDoc[] docs) throws IOException {
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        Integer[] order = new Integer[docs.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Integer.compare(docs[a].doc, docs[b].doc));
        Hit[] out = new Hit[docs.length];
        int leaf = -1;
        BinaryDocValues ids = null;
        for (int i : order) {
            ScoreDoc sd = docs[i];
            int l = ReaderUtil.subIndex(sd.doc, leaves);
            if (l != leaf) {
                leaf = l;
                ids = DocValues.getBinary(leaves.get(l).reader(), ID);
            }
            if (!ids.advanceExact(sd.doc - leaves.get(l).docBase)) {
                throw new IllegalStateException("indexed document " + sd.doc + " has no case id");
            }
            out[i] = new Hit(ids.binaryValue().utf8ToString(), sd.score);
        }
        return List.of(out);
    }

    /** Answers computed on one reader version. */
    private static final class ResultCache {
        final long version;
        final Map<String, List<Hit>> hits = new ConcurrentHashMap<>();

        ResultCache(long version) {
            this.version = version;
        }

        void put(String key, List<Hit> value) {
            if (hits.size() >= CACHED_RESULTS) {
                hits.clear();
            }
            hits.put(key, value);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing the in-memory index failed", e);
        }
    }
}
