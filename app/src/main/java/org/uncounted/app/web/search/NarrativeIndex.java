package org.uncounted.app.web.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
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
    private static final List<String> TEXT_FIELDS = List.of("narrative_ko", "narrative_zh", "narrative_en", "name");

    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final SensitiveText.Access access;

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
            writer.commit();
            refresh();
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory index rebuild failed", e);
        }
    }

    private void add(Testimony t) {
        Document d = new Document();
        d.add(new StringField(ID, t.id(), Field.Store.YES));
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

    /** The best {@code limit} cases for {@code text}; empty when the text has no searchable term. */
    public List<Hit> search(String text, int limit) {
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
        if (clauses == 0) {
            return List.of();
        }
        try {
            IndexSearcher s = searchers.acquire();
            try {
                List<Hit> hits = new ArrayList<>();
                for (ScoreDoc sd : s.search(b.build(), limit).scoreDocs) {
                    hits.add(new Hit(s.storedFields().document(sd.doc).get(ID), sd.score));
                }
                return hits;
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
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
