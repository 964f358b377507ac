package io.factline.crawl;

import io.factline.content.SimHash;
import java.io.Closeable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The crawl's durable state: the frontier (every URL ever seen, with its state), validators for conditional
 * requests, payload digests and SimHashes for dedup, the WARC files and how much of each is committed, and the
 * settings of the run.
 *
 * <p>Why SQLite (xerial sqlite-jdbc, a native library inside the jar): its transactions survive {@code kill -9}
 * by design (write-ahead log; a transaction is either in the file or not, and the log is replayed on open), so the
 * frontier update of a page and the WARC length that goes with it commit together or not at all. The frontier
 * lives on disk with a bounded page cache, so 100,000 queued URLs cost disk, not heap. A unique index makes "fetch
 * each normalised URL once" a constraint rather than a set in memory; an index on (origin, state, depth) serves the
 * next URL of a host in breadth-first order. A file anyone can open with the {@code sqlite3} shell when a crawl
 * needs explaining. H2's MVStore (pure Java) was the other candidate: a key-value store, so the queue ordering and
 * counts would have been hand-written; RocksDB's jar is ten times larger for throughput a polite crawl never needs.
 *
 * <p>One connection, used under this object's lock: the crawler's workers wait for the network, not for the store.
 */
final class CrawlStore implements Closeable {
    static final String QUEUED = "queued", STORED = "stored", DUPLICATE = "duplicate", NOT_MODIFIED = "not-modified",
            REDIRECTED = "redirected", FAILED = "failed", REFUSED = "refused";
    private static final String[] SCHEMA = {
            """
            CREATE TABLE IF NOT EXISTS url (
              id INTEGER PRIMARY KEY,
              url TEXT NOT NULL UNIQUE,
              origin TEXT NOT NULL,
              depth INTEGER NOT NULL,
              state TEXT NOT NULL,
              run INTEGER NOT NULL,
              attempts INTEGER NOT NULL DEFAULT 0,
              not_before INTEGER NOT NULL DEFAULT 0,
              via TEXT,
              redirects INTEGER NOT NULL DEFAULT 0,
              redirect_origin TEXT,
              status INTEGER,
              reason TEXT,
              etag TEXT,
              last_modified TEXT,
              record_id TEXT,
              fetched TEXT)""",
            "CREATE INDEX IF NOT EXISTS url_queue ON url(origin, state, depth, id)",
            "CREATE TABLE IF NOT EXISTS payload (digest TEXT PRIMARY KEY, url TEXT NOT NULL, record_id TEXT NOT NULL, "
                    + "fetched TEXT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS simhash (band INTEGER NOT NULL, value INTEGER NOT NULL, hash INTEGER NOT NULL, "
                    + "url TEXT NOT NULL, record_id TEXT NOT NULL, PRIMARY KEY (band, value, url)) WITHOUT ROWID",
            "CREATE TABLE IF NOT EXISTS warc_file (name TEXT PRIMARY KEY, length INTEGER NOT NULL)",
            "CREATE TABLE IF NOT EXISTS seed (url TEXT PRIMARY KEY)",
            "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"};

    private final Connection db;
    /** Statements are prepared once: a sitemap of 50,000 URLs is 50,000 inserts in one transaction. */
    private final Map<String, PreparedStatement> statements = new java.util.HashMap<>();

    private CrawlStore(Connection db) {
        this.db = db;
    }

    static CrawlStore open(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                // NORMAL: a commit is in the log when the call returns, so a killed process loses nothing; only a
                // power cut can lose the last commits (FULL would fsync each one).
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("PRAGMA busy_timeout=5000");
                for (String ddl : SCHEMA) s.execute(ddl);
            }
            c.setAutoCommit(false);
            c.commit();
            return new CrawlStore(c);
        } catch (java.io.IOException | SQLException e) {
            throw new CrawlException("cannot open the crawl state " + file + ": " + e.getMessage(), e);
        }
    }

    // ---- settings and WARC files

    synchronized Optional<String> meta(String key) {
        return query("SELECT value FROM meta WHERE key=?", rs -> rs.next() ? Optional.of(rs.getString(1))
                : Optional.<String>empty(), key);
    }

    synchronized void putMeta(String key, String value) {
        update("INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                key, value);
        commit();
    }

    synchronized void addWarcFile(String name) {
        update("INSERT OR IGNORE INTO warc_file(name, length) VALUES(?, 0)", name);
        commit();
    }

    /** WARC file names with their committed lengths, in write order. */
    synchronized Map<String, Long> warcFiles() {
        return query("SELECT name, length FROM warc_file ORDER BY name", rs -> {
            Map<String, Long> m = new LinkedHashMap<>();
            while (rs.next()) m.put(rs.getString(1), rs.getLong(2));
            return m;
        });
    }

    // ---- the frontier

    /** Seeds of this and earlier runs. */
    synchronized List<String> seeds() {
        return query("SELECT url FROM seed ORDER BY rowid", rs -> {
            List<String> out = new ArrayList<>();
            while (rs.next()) out.add(rs.getString(1));
            return out;
        });
    }

    /**
     * Queues seeds at depth 0. A seed fetched in an earlier run is queued again: its ETag and Last-Modified make
     * the new request conditional, so an unchanged feed costs a 304.
     */
    synchronized void addSeeds(List<String> urls, int run) {
        for (String u : urls) {
            update("INSERT OR IGNORE INTO seed(url) VALUES(?)", u);
            int changed = update("UPDATE url SET state=?, depth=0, attempts=0, not_before=0, run=? WHERE url=? AND state<>?",
                    QUEUED, run, u, QUEUED);
            if (changed == 0) insert(u, 0, run, null, 0, null);
        }
        commit();
    }

    /** Queues a URL unless it was ever seen; part of the caller's transaction ({@link #commit}). */
    synchronized boolean enqueue(String url, int depth, int run, String via, int redirects, String redirectOrigin) {
        return insert(url, depth, run, via, redirects, redirectOrigin);
    }

    private boolean insert(String url, int depth, int run, String via, int redirects, String redirectOrigin) {
        return update("INSERT OR IGNORE INTO url(url, origin, depth, state, run, via, redirects, redirect_origin) "
                + "VALUES(?, ?, ?, ?, ?, ?, ?, ?)", url, Urls.origin(url), depth, QUEUED, run, via, redirects,
                redirectOrigin) == 1;
    }

    /** The next URL of a host, breadth first, among those whose retry time has come. */
    synchronized Optional<QueuedUrl> next(String origin, long nowMillis) {
        return query("SELECT id, url, depth, attempts, etag, last_modified, redirects, redirect_origin, via FROM url "
                        + "WHERE origin=? AND state=? AND not_before<=? ORDER BY depth, id LIMIT 1",
                rs -> rs.next() ? Optional.of(new QueuedUrl(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        rs.getString(5), rs.getString(6), rs.getInt(7), rs.getString(8), rs.getString(9)))
                        : Optional.<QueuedUrl>empty(), origin, QUEUED, nowMillis);
    }

    /** The state of a URL and why: "stored", "failed: HTTP 404"…; empty when never seen. */
    synchronized Optional<String> stateOf(String url) {
        return query("SELECT state, reason FROM url WHERE url=?", rs -> rs.next()
                ? Optional.of(rs.getString(1) + (rs.getString(2) == null ? "" : ": " + rs.getString(2)))
                : Optional.<String>empty(), url);
    }

    /** The first URL of the redirect chain that led to {@code url}, if it was reached by a redirect. */
    synchronized Optional<String> redirectOrigin(String url) {
        return query("SELECT redirect_origin FROM url WHERE url=?", rs -> rs.next()
                ? Optional.ofNullable(rs.getString(1)) : Optional.<String>empty(), url);
    }

    /** When the earliest queued URL of a host may be fetched (epoch ms), if it has any. */
    synchronized Optional<Long> earliest(String origin) {
        return query("SELECT min(not_before) FROM url WHERE origin=? AND state=?", rs -> {
            long v = rs.next() ? rs.getLong(1) : 0;
            return rs.wasNull() ? Optional.<Long>empty() : Optional.of(v);
        }, origin, QUEUED);
    }

    /** Queued URL counts by origin. */
    synchronized Map<String, Integer> queuedByOrigin() {
        return countByOrigin("state=?", QUEUED);
    }

    /** URLs fetched (whatever came of it) by origin: what the per-host page limit counts. */
    synchronized Map<String, Integer> fetchedByOrigin() {
        return countByOrigin("state NOT IN (?, ?)", QUEUED, REFUSED);
    }

    private Map<String, Integer> countByOrigin(String where, Object... args) {
        return query("SELECT origin, count(*) FROM url WHERE " + where + " GROUP BY origin", rs -> {
            Map<String, Integer> m = new LinkedHashMap<>();
            while (rs.next()) m.put(rs.getString(1), rs.getInt(2));
            return m;
        }, args);
    }

    /** URL counts by state. */
    synchronized Map<String, Integer> countByState() {
        return query("SELECT state, count(*) FROM url GROUP BY state", rs -> {
            Map<String, Integer> m = new LinkedHashMap<>();
            while (rs.next()) m.put(rs.getString(1), rs.getInt(2));
            return m;
        });
    }

    synchronized int storedInRun(int run) {
        return query("SELECT count(*) FROM url WHERE run=? AND state IN (?, ?)", rs -> rs.next() ? rs.getInt(1) : 0,
                run, STORED, DUPLICATE);
    }

    /** Records how a fetch ended; part of the caller's transaction. */
    synchronized void finish(long id, String state, Integer status, String reason) {
        update("UPDATE url SET state=?, status=?, reason=?, attempts=attempts+1 WHERE id=?", state, status, reason, id);
    }

    /** Records a stored capture with its validators; part of the caller's transaction. */
    synchronized void stored(long id, String state, int status, String reason, String etag, String lastModified,
                             String recordId, String fetched, String warcFile, long warcLength) {
        update("UPDATE url SET state=?, status=?, reason=?, attempts=attempts+1, etag=?, last_modified=?, "
                + "record_id=?, fetched=? WHERE id=?", state, status, reason, etag, lastModified, recordId, fetched, id);
        update("UPDATE warc_file SET length=? WHERE name=?", warcLength, warcFile);
    }

    /** Puts a URL back in the queue until {@code notBefore} (epoch ms); part of the caller's transaction. */
    synchronized void retryLater(long id, long notBefore, String reason) {
        update("UPDATE url SET attempts=attempts+1, not_before=?, reason=? WHERE id=?", notBefore, reason, id);
    }

    // ---- dedup

    /** The capture that first archived a payload digest: url, record id, fetched. */
    synchronized Optional<String[]> payload(String digest) {
        return query("SELECT url, record_id, fetched FROM payload WHERE digest=?", rs -> rs.next()
                ? Optional.of(new String[]{rs.getString(1), rs.getString(2), rs.getString(3)})
                : Optional.<String[]>empty(), digest);
    }

    synchronized void addPayload(String digest, String url, String recordId, String fetched) {
        update("INSERT OR IGNORE INTO payload(digest, url, record_id, fetched) VALUES(?, ?, ?, ?)", digest, url,
                recordId, fetched);
    }

    /** Archived pages sharing at least one 16-bit band with {@code hash}: candidates for a near-duplicate. */
    synchronized List<ArchivedHash> simhashCandidates(long hash) {
        StringBuilder sql = new StringBuilder("SELECT DISTINCT hash, url, record_id FROM simhash WHERE ");
        Object[] args = new Object[SimHash.BANDS * 2];
        for (int b = 0; b < SimHash.BANDS; b++) {
            if (b > 0) sql.append(" OR ");
            sql.append("(band=? AND value=?)");
            args[2 * b] = b;
            args[2 * b + 1] = SimHash.band(hash, b);
        }
        return query(sql.toString(), rs -> {
            List<ArchivedHash> out = new ArrayList<>();
            while (rs.next()) out.add(new ArchivedHash(rs.getLong(1), rs.getString(2), rs.getString(3)));
            return out;
        }, args);
    }

    synchronized void addSimhash(long hash, String url, String recordId) {
        for (int b = 0; b < SimHash.BANDS; b++) {
            update("INSERT OR IGNORE INTO simhash(band, value, hash, url, record_id) VALUES(?, ?, ?, ?, ?)", b,
                    SimHash.band(hash, b), hash, url, recordId);
        }
    }

    // ---- plumbing

    synchronized void commit() {
        try {
            db.commit();
        } catch (SQLException e) {
            throw new CrawlException("cannot commit the crawl state: " + e.getMessage(), e);
        }
    }

    synchronized void rollback() {
        try {
            db.rollback();
        } catch (SQLException e) {
            throw new CrawlException("cannot roll back the crawl state: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            for (PreparedStatement ps : statements.values()) ps.close();
            db.rollback();
            db.close();
        } catch (SQLException e) {
            throw new CrawlException("cannot close the crawl state: " + e.getMessage(), e);
        }
    }

    private interface Rows<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> T query(String sql, Rows<T> rows, Object... args) {
        try (ResultSet rs = prepare(sql, args).executeQuery()) {
            return rows.read(rs);
        } catch (SQLException e) {
            throw new CrawlException("crawl state query failed: " + e.getMessage(), e);
        }
    }

    private int update(String sql, Object... args) {
        try {
            return prepare(sql, args).executeUpdate();
        } catch (SQLException e) {
            throw new CrawlException("crawl state update failed: " + e.getMessage(), e);
        }
    }

    private PreparedStatement prepare(String sql, Object... args) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = db.prepareStatement(sql);
            statements.put(sql, ps);
        }
        ps.clearParameters();
        for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
        return ps;
    }
}
