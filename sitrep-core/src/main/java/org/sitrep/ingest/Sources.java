package org.sitrep.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.sitrep.model.Rejection;
import org.sitrep.model.SourceFormat;

/** Expands what a user names (files, folders, URLs) into {@link Source}s. Stateless. */
public final class Sources {
    private Sources() {
    }

    /**
     * Files as they are, folders walked recursively in sorted order (hidden entries skipped), http(s) URLs.
     * A path that does not exist or cannot be read is reported to the sink and skipped.
     */
    public static List<Source> expand(List<String> inputs, DocumentSink sink) {
        List<Source> out = new ArrayList<>();
        for (String input : inputs) {
            String lower = input.toLowerCase(Locale.ROOT);
            if (lower.startsWith("http://") || lower.startsWith("https://")) {
                try {
                    URI uri = URI.create(input);
                    out.add(new Source(input, null, uri, -1, formatOf(uri.getPath() == null ? "" : uri.getPath())));
                } catch (IllegalArgumentException e) {
                    sink.reject(new Rejection(input, "unreadable", "not a valid URL: " + e.getMessage()), null);
                }
                continue;
            }
            Path p = Path.of(input);
            if (!Files.exists(p)) {
                sink.reject(new Rejection(input, "unreadable", "no such file or folder"), null);
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(f -> !isHidden(p, f))
                            .filter(Files::isRegularFile)
                            .sorted()
                            .forEach(f -> out.add(file(f.toString(), f, sink)));
                } catch (IOException | UncheckedIOException e) {
                    sink.reject(new Rejection(input, "unreadable", "cannot list the folder: " + e.getMessage()), null);
                }
            } else if (!Files.isReadable(p)) {
                sink.reject(new Rejection(input, "unreadable", "the file is not readable (permissions)"), null);
            } else {
                out.add(file(input, p, sink));
            }
        }
        out.removeIf(s -> s == null);
        return out;
    }

    private static Source file(String input, Path p, DocumentSink sink) {
        long size;
        try {
            size = Files.size(p);
        } catch (IOException e) {
            size = -1;
        }
        return new Source(input, p, null, size, formatOf(p.getFileName().toString()));
    }

    private static boolean isHidden(Path root, Path f) {
        for (Path part : root.relativize(f)) {
            if (part.toString().startsWith(".")) return true;
        }
        return false;
    }

    /** The format a name says, ignoring a trailing .gz; null when the name says nothing. */
    static SourceFormat formatOf(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
        if (n.endsWith(".txt") || n.endsWith(".text")) return SourceFormat.TEXT;
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) return SourceFormat.HTML;
        if (n.endsWith(".json") || n.endsWith(".jsonl") || n.endsWith(".ndjson")) return SourceFormat.JSON;
        if (n.endsWith(".rss")) return SourceFormat.RSS;
        if (n.endsWith(".atom")) return SourceFormat.ATOM;
        if (n.endsWith(".warc") || n.endsWith(".arc")) return SourceFormat.WARC;
        return null;
    }

    static boolean isJsonLines(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
        return n.endsWith(".jsonl") || n.endsWith(".ndjson");
    }
}
