package io.factline.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/** Damage of the kind a bug or a bad disk leaves in an index, for tests of how readers and the server cope. */
public final class DamagedIndex {
    private DamagedIndex() {
    }

    /** Adds a fact document whose stored JSON cannot be read back, sorting at {@code asOf} among the facts. */
    public static void addUnreadableFact(Path dataDir, String entity, String metric, LocalDate asOf) throws IOException {
        try (Directory dir = FSDirectory.open(IndexPaths.indexDir(dataDir));
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Analyzers.PER_FIELD))) {
            Document d = new Document();
            d.add(new StringField(Fields.TYPE, Fields.FACT, Field.Store.NO));
            d.add(new StringField(Fields.FACT_ID, "damaged", Field.Store.YES));
            d.add(new StringField(Fields.DOC, "damaged", Field.Store.NO));
            d.add(new StringField(Fields.ENTITY, entity, Field.Store.NO));
            d.add(new StringField(Fields.ENTITY_KEY, IndexWriterSession.key(entity), Field.Store.NO));
            d.add(new StringField(Fields.METRIC, metric, Field.Store.NO));
            d.add(new SortedDocValuesField(Fields.ENTITY, new BytesRef(entity)));
            d.add(new SortedDocValuesField(Fields.METRIC, new BytesRef(metric)));
            d.add(new StringField(Fields.LANG, "en", Field.Store.YES));
            d.add(new DoublePoint(Fields.CONFIDENCE, 1.0));
            // Every field with the structure the index gives it (Lucene checks).
            d.add(new LongPoint(Fields.AS_OF_FIRST, asOf.toEpochDay()));
            d.add(new LongPoint(Fields.AS_OF_LAST, asOf.toEpochDay()));
            d.add(new NumericDocValuesField(Fields.AS_OF_FIRST, asOf.toEpochDay()));
            d.add(new StoredField(Fields.JSON, "{\"id\": \"damaged\", \"value\": "));
            w.addDocument(d);
        }
    }
}
