package io.factline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A short hash of what produces a stage's output: the compiled classes of some of factline's packages and the
 * files of {@code models/} they read. Two builds that give the same hash extract the same; any change to that
 * code or those files, released or not, gives another.
 */
public final class CodeFingerprint {
    private CodeFingerprint() {
    }

    /**
     * @param packages   package directories, e.g. {@code io/factline/nlp/}
     * @param modelFiles files under {@code models/}
     */
    public static String of(List<String> packages, List<String> modelFiles) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            TreeMap<String, byte[]> classes = new TreeMap<>();
            Path where = Path.of(CodeFingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(where)) {
                for (String pkg : packages) {
                    Path dir = where.resolve(pkg);
                    if (!Files.isDirectory(dir)) continue;
                    try (Stream<Path> files = Files.walk(dir)) {
                        for (Path p : files.filter(Files::isRegularFile).toList()) {
                            classes.put(where.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                        }
                    }
                }
            } else {
                try (JarFile jar = new JarFile(where.toFile())) {
                    for (JarEntry e : Collections.list(jar.entries())) {
                        if (e.isDirectory() || packages.stream().noneMatch(e.getName()::startsWith)) continue;
                        try (InputStream in = jar.getInputStream(e)) {
                            classes.put(e.getName(), in.readAllBytes());
                        }
                    }
                }
            }
            classes.forEach((name, bytes) -> {
                md.update(name.getBytes(StandardCharsets.UTF_8));
                md.update(bytes);
            });
            for (String f : modelFiles) {
                try (InputStream in = CodeFingerprint.class.getClassLoader().getResourceAsStream("models/" + f)) {
                    md.update(f.getBytes(StandardCharsets.UTF_8));
                    if (in != null) md.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(md.digest(), 0, 6);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot fingerprint the pipeline: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
