package io.factline.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a registry or lexicon of the project's {@code models/} folder (packaged on the classpath under
 * {@code models/}): UTF-8, tab-separated, {@code #} starts a comment line, the first other line names the
 * columns. Rows come back with exactly as many cells as there are columns.
 */
public final class ModelFile {
    private final String name;
    private final List<String> columns;
    private final List<String[]> rows;

    private ModelFile(String name, List<String> columns, List<String[]> rows) {
        this.name = name;
        this.columns = columns;
        this.rows = rows;
    }

    /** Loads {@code models/<name>} from the classpath. */
    public static ModelFile load(String name) {
        String path = "models/" + name;
        InputStream in = ModelFile.class.getClassLoader().getResourceAsStream(path);
        if (in == null) throw new IllegalStateException("model file missing from the classpath: " + path);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> columns = null;
            List<String[]> rows = new ArrayList<>();
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split("\t", -1);
                if (columns == null) {
                    columns = List.of(cells);
                    continue;
                }
                if (cells.length > columns.size()) {
                    throw new IllegalStateException(path + ":" + lineNo + ": " + cells.length + " cells, "
                            + columns.size() + " columns");
                }
                rows.add(Arrays.copyOf(cells, columns.size()));
            }
            if (columns == null) throw new IllegalStateException(path + ": no column header");
            for (String[] row : rows) for (int i = 0; i < row.length; i++) if (row[i] == null) row[i] = "";
            return new ModelFile(path, columns, rows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    public List<String[]> rows() {
        return rows;
    }

    /** Index of a column by name. */
    public int column(String column) {
        int i = columns.indexOf(column);
        if (i < 0) throw new IllegalStateException(name + " has no column " + column);
        return i;
    }

    /** The {@code |}-separated alternatives of one cell, trimmed, empty ones dropped. */
    public static List<String> alternatives(String cell) {
        List<String> out = new ArrayList<>();
        for (String s : cell.split("\\|")) {
            String t = s.strip();
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }
}
