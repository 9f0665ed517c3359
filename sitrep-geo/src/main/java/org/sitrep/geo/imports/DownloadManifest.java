package org.sitrep.geo.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a download directory holds, complete: one line per file, {@code name TAB size TAB sha256 TAB url}, in
 * {@value #FILE}. GeoNames publishes no checksums, so the SHA-256 is ours: taken once a file was received whole
 * (and its zip entries' CRCs checked), it tells a later run that the file on disk is still that file, so the
 * run skips it. A file missing from the manifest, or whose size or digest differs, is fetched again.
 *
 * <p>Not thread-safe; one download per directory at a time.
 */
final class DownloadManifest {
    static final String FILE = "manifest.tsv";

    /** One complete file: its name in the download directory, size, SHA-256 (hex) and where it came from. */
    record Entry(String name, long size, String sha256, String url) {
    }

    private final Path dir;
    private final Map<String, Entry> entries = new TreeMap<>();

    private DownloadManifest(Path dir) {
        this.dir = dir;
    }

    /** Reads the manifest of {@code dir}; an empty one when there is none. Unreadable lines are dropped. */
    static DownloadManifest read(Path dir) throws IOException {
        DownloadManifest m = new DownloadManifest(dir);
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) return m;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f.length != 4) continue;
            try {
                m.entries.put(f[0], new Entry(f[0], Long.parseLong(f[1]), f[2], f[3]));
            } catch (NumberFormatException bad) {
                // a damaged line only costs a download
            }
        }
        return m;
    }

    Optional<Entry> get(String name) {
        return Optional.ofNullable(entries.get(name));
    }

    /** True when {@code name} is in the manifest and the file on disk has its size and digest. */
    boolean isComplete(String name) throws IOException {
        Entry e = entries.get(name);
        Path file = dir.resolve(name);
        return e != null && Files.isRegularFile(file) && Files.size(file) == e.size() && sha256(file).equals(e.sha256());
    }

    /** Records a complete file and writes the manifest (atomically, so a crash leaves the old one). */
    Entry record(String name, String url) throws IOException {
        Path file = dir.resolve(name);
        Entry e = new Entry(name, Files.size(file), sha256(file), url);
        entries.put(name, e);
        StringBuilder out = new StringBuilder();
        for (Entry x : entries.values()) {
            out.append(x.name()).append('\t').append(x.size()).append('\t').append(x.sha256()).append('\t')
                    .append(x.url()).append('\n');
        }
        Path tmp = dir.resolve(FILE + ".tmp");
        Files.writeString(tmp, out, StandardCharsets.UTF_8);
        Files.move(tmp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return e;
    }

    static String sha256(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
