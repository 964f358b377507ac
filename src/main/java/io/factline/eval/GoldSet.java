package io.factline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.factline.model.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A gold file of facts (JSON Lines) and the list of documents it annotates exhaustively. */
public record GoldSet(List<GoldFact> facts, Set<String> docs) {

    /**
     * @param gold JSON Lines of gold facts
     * @param docs one document id per line; null: the documents the gold facts name
     */
    public static GoldSet read(Path gold, Path docs) {
        try {
            List<GoldFact> facts = new ArrayList<>();
            for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
                if (line.isBlank()) continue;
                JsonNode n = Json.mapper().readTree(line);
                facts.add(GoldFact.of(n));
            }
            Set<String> ids = new LinkedHashSet<>();
            if (docs != null) {
                for (String line : Files.readAllLines(docs, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) ids.add(line.strip());
                }
            } else {
                for (GoldFact f : facts) ids.add(f.doc());
            }
            return new GoldSet(facts, ids);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold " + gold + ": " + e.getMessage(), e);
        }
    }
}
