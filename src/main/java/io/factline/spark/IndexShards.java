package io.factline.spark;

import io.factline.index.IndexWriterSession;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.TaskContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The Lucene index of a job: each partition indexes its articles into a shard of its own (a factline data directory
 * written on the executor's local disk by {@link IndexWriterSession}, then copied to the output file system), and
 * the driver adds every shard to one index with Lucene's {@code IndexWriter.addIndexes}. The result is a data
 * directory that {@code search}, {@code timeline} and {@code serve} open as they open one written by {@code ingest}.
 */
final class IndexShards {
    private IndexShards() {
    }

    /**
     * Indexes one partition's articles (failed ones left out) into {@code shardsDir/part-NNNNN}. A retried task
     * writes the same shard again: the copy goes to a name of its own attempt first and replaces the shard whole.
     */
    static void write(Iterator<Extracted> items, String shardsDir, Map<String, String> hadoopConf) throws IOException {
        TaskContext task = TaskContext.get();
        Path local = Files.createTempDirectory("factline-shard-");
        try {
            try (IndexWriterSession index = IndexWriterSession.open(local)) {
                while (items.hasNext()) {
                    Extracted x = items.next();
                    if (!x.failed()) index.put(x.article(), x.facts(), x.entities(), x.version());
                }
            }
            org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(shardsDir);
            FileSystem fs = dir.getFileSystem(configuration(hadoopConf));
            org.apache.hadoop.fs.Path shard = new org.apache.hadoop.fs.Path(dir, String.format("part-%05d",
                    task.partitionId()));
            org.apache.hadoop.fs.Path attempt = new org.apache.hadoop.fs.Path(dir, "_attempt-" + task.taskAttemptId());
            fs.delete(attempt, true);
            fs.copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(local.toUri()), attempt);
            fs.delete(shard, true);
            if (!fs.rename(attempt, shard)) throw new IOException("cannot rename " + attempt + " to " + shard);
        } finally {
            deleteTree(local);
        }
    }

    /**
     * Adds every shard under {@code shardsDir} to a new index in data directory {@code dataDir} (replacing what was
     * there), then deletes the shards.
     */
    static void merge(String shardsDir, String dataDir, Configuration conf) throws IOException {
        org.apache.hadoop.fs.Path shards = new org.apache.hadoop.fs.Path(shardsDir);
        org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(dataDir);
        FileSystem shardFs = shards.getFileSystem(conf), targetFs = target.getFileSystem(conf);
        FileStatus[] parts = shardFs.listStatus(shards, p -> p.getName().startsWith("part-"));
        Arrays.sort(parts, Comparator.comparing(s -> s.getPath().getName()));
        List<Path> toDelete = new ArrayList<>();
        try {
            List<Path> local = new ArrayList<>();
            for (FileStatus part : parts) local.add(localCopy(shardFs, part.getPath(), toDelete));
            boolean targetLocal = isLocal(targetFs);
            Path mergeInto = targetLocal ? Path.of(targetFs.makeQualified(target).toUri())
                    : Files.createTempDirectory("factline-index-");
            if (!targetLocal) toDelete.add(mergeInto);
            targetFs.delete(target, true);
            try (IndexWriterSession index = IndexWriterSession.open(mergeInto)) {
                index.addIndexes(local);
            }
            if (!targetLocal) {
                targetFs.copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(mergeInto.toUri()), target);
            }
            shardFs.delete(shards, true);
        } finally {
            for (Path p : toDelete) deleteTree(p);
        }
    }

    private static Path localCopy(FileSystem fs, org.apache.hadoop.fs.Path shard, List<Path> toDelete)
            throws IOException {
        if (isLocal(fs)) return Path.of(fs.makeQualified(shard).toUri());
        Path tmp = Files.createTempDirectory("factline-shard-");
        toDelete.add(tmp);
        Path copy = tmp.resolve(shard.getName());
        fs.copyToLocalFile(false, shard, new org.apache.hadoop.fs.Path(copy.toUri()), true);
        return copy;
    }

    private static boolean isLocal(FileSystem fs) {
        return "file".equals(fs.getScheme());
    }

    /** A Hadoop configuration from the entries of the driver's (Hadoop's own is not serializable). */
    static Configuration configuration(Map<String, String> entries) {
        Configuration c = new Configuration();
        entries.forEach(c::set);
        return c;
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) return;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
