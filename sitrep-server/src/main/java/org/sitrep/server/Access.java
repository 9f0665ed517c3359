package org.sitrep.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Who may do what through the server. Reads are open to whoever reaches it; a write needs the server's token as
 * {@code Authorization: Bearer TOKEN}. Every request must name, in its {@code Host} header, a loopback name or one the
 * server was told to answer to (a page that rebinds its own DNS name to this machine names itself, and is refused); a
 * write that comes from a browser page must come from such a name too ({@code Origin}). The token lives in the data
 * directory, in a file readable by its owner only, created on first use. Immutable and thread-safe.
 */
public final class Access {
    /** The file, in the data directory, that holds the write token. */
    public static final String TOKEN_FILE = "serve-token";
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

    private final String token;
    private final Set<String> hosts;
    private final Path tokenFile;

    private Access(String token, Set<String> hosts, Path tokenFile) {
        if (token == null || token.length() < 32) throw new IllegalArgumentException("a write token has at least 32 characters");
        this.token = token;
        Set<String> h = new LinkedHashSet<>(LOOPBACK);
        for (String name : hosts) h.add(name.toLowerCase(Locale.ROOT));
        this.hosts = Set.copyOf(h);
        this.tokenFile = tokenFile;
    }

    /** A fresh random token kept in memory only (tests, embedded servers); {@link #token()} gives it to the caller. */
    public static Access random() {
        return new Access(newToken(), Set.of(), null);
    }

    /**
     * The token of the data directory {@code dataDir} (created, owner-only, on first use), answering to loopback names
     * and to {@code extraHosts} (the address the server binds beyond loopback, names users reach it by).
     */
    public static Access ofDataDir(Path dataDir, Set<String> extraHosts) {
        Path file = dataDir.resolve(TOKEN_FILE);
        try {
            Files.createDirectories(dataDir);
            if (!Files.exists(file)) {
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } catch (UnsupportedOperationException e) {
                    Files.createFile(file); // not a POSIX file system: the directory's own protection applies
                } catch (FileAlreadyExistsException e) {
                    // another process made it first: read theirs below
                }
                if (Files.size(file) == 0) Files.writeString(file, newToken() + "\n", StandardCharsets.US_ASCII);
            }
            String token = Files.readString(file, StandardCharsets.US_ASCII).strip();
            return new Access(token, extraHosts, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create or read the write token " + file + ": " + e.getMessage(), e);
        }
    }

    private static String newToken() {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    public String token() {
        return token;
    }

    /** The token's file, or null when the token lives in memory only. */
    public Path tokenFile() {
        return tokenFile;
    }

    /** Whether a {@code Host} header names this server: a loopback name or an allowed one, with any port. */
    public boolean hostAllowed(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) return false;
        String h = hostHeader.strip().toLowerCase(Locale.ROOT);
        String name = h.startsWith("[") ? h.substring(0, h.indexOf(']') + 1) : h.contains(":") ? h.substring(0, h.lastIndexOf(':')) : h;
        return hosts.contains(name);
    }

    /** Whether an {@code Origin} header (absent for requests not made by a page) is one of this server's names. */
    public boolean originAllowed(String origin) {
        if (origin == null || origin.isBlank()) return true;
        try {
            URI u = URI.create(origin.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) return false;
            return u.getHost() != null && hosts.contains(u.getHost().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether an {@code Authorization} header carries the token (compared in constant time). */
    public boolean authorized(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) return false;
        byte[] given = authorization.substring(7).strip().getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(given, token.getBytes(StandardCharsets.US_ASCII));
    }

    /** Whether binding {@code host} exposes the server beyond this machine. */
    public static boolean beyondLoopback(String host) {
        return !LOOPBACK.contains(host.strip().toLowerCase(Locale.ROOT)) && !host.startsWith("127.");
    }
}
