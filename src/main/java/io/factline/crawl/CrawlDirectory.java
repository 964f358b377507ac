package io.factline.crawl;

import io.factline.warc.WarcArchive;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/**
 * A crawl's directory on disk: {@code crawl/} holds the state store and a lock file that keeps a second crawl
 * out; on opening, WARC files are cut back to what the store committed (see {@link Crawler}).
 */
final class CrawlDirectory {
    private CrawlDirectory() {
    }

    static Path stateDir(Path dataDir) {
        return dataDir.resolve("crawl");
    }

    /** Cuts each WARC file back to what the frontier committed (see the class comment). */
    static void recover(Path dataDir, CrawlStore store) {
        for (Map.Entry<String, Long> f : store.warcFiles().entrySet()) {
            try {
                WarcArchive.truncate(Crawler.warcDir(dataDir).resolve(f.getKey()), f.getValue());
            } catch (IOException e) {
                throw new CrawlException("cannot repair " + f.getKey() + ": " + e.getMessage(), e);
            }
        }
    }

    static FileLock lock(Path dataDir) {
        try {
            Files.createDirectories(stateDir(dataDir));
            FileChannel ch = FileChannel.open(stateDir(dataDir).resolve("lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock l = ch.tryLock();
            if (l == null) {
                ch.close();
                throw new CrawlException("another factline crawl is running in " + dataDir);
            }
            return l;
        } catch (OverlappingFileLockException e) {
            throw new CrawlException("another crawl is running in " + dataDir);
        } catch (IOException e) {
            throw new CrawlException("cannot use " + dataDir + ": " + e.getMessage(), e);
        }
    }

    static void release(FileLock l) {
        try {
            l.release();
            l.channel().close();
        } catch (IOException e) {
            // the lock goes with the process anyway
        }
    }

}
