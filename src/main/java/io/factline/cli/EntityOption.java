package io.factline.cli;

import io.factline.registry.NameLookup;
import picocli.CommandLine.Option;

/** {@code --entity}: an entity by its id or any of its names, in either language. */
final class EntityOption {
    @Option(names = "--entity", paramLabel = "E", description = "Entity id or any of its names (抖音, Douyin, Shake sound).")
    String value;

    /** The canonical id (an unknown name as written), or null when not given. */
    String id(NameLookup names) {
        return value == null ? null : names.entity(value);
    }
}
