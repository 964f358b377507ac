package io.factline;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DESIGN.md's "which package may use which", checked on the sources' imports: Spark stays inside its package (the
 * command line never needs it), the pure stages import no index, server or HTTP client, and search starts without
 * NLP models.
 */
class PackageRulesTest {
    private static final Path MAIN = Path.of("src/main/java/io/factline");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)", Pattern.MULTILINE);

    /** Every (package, imported name) of the main sources. */
    private static List<String[]> imports() throws IOException {
        List<String[]> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = MAIN.relativize(f).getName(0).toString();
                Matcher m = IMPORT.matcher(Files.readString(f));
                while (m.find()) out.add(new String[]{pkg, m.group(1), f.getFileName().toString()});
            }
        }
        return out;
    }

    private static List<String> violations(java.util.function.Predicate<String> packages, String... forbidden)
            throws IOException {
        List<String> bad = new ArrayList<>();
        for (String[] i : imports()) {
            if (!packages.test(i[0])) continue;
            for (String f : forbidden) if (i[1].startsWith(f)) bad.add(i[0] + "/" + i[2] + " imports " + i[1]);
        }
        return bad;
    }

    @Test
    void onlyTheSparkPackageUsesSparkScalaOrHadoop() throws IOException {
        assertTrue(imports().stream().anyMatch(i -> i[0].equals("spark") && i[1].startsWith("org.apache.spark")),
                "the rule looks at the right files");
        assertEquals(List.of(), violations(p -> !p.equals("spark"), "org.apache.spark", "scala.", "org.apache.hadoop",
                "io.factline.spark"));
    }

    @Test
    void thePureStagesImportNoIndexServerClientOrCommandLine() throws IOException {
        assertEquals(List.of(), violations(p -> List.of("content", "nlp", "facts").contains(p), "org.apache.lucene",
                "java.net.http", "io.factline.index", "io.factline.cli", "io.factline.server", "io.factline.ingest"));
    }

    @Test
    void theIndexLoadsNoNlpAndNothingImportsTheCommandLine() throws IOException {
        assertEquals(List.of(), violations(p -> p.equals("index"), "edu.stanford", "com.hankcs", "io.factline.nlp"));
        assertEquals(List.of(), violations(p -> !p.equals("cli"), "io.factline.cli"));
        assertEquals(List.of(), violations(p -> !p.equals("cli") && !p.equals("server"), "io.factline.server"));
    }
}
