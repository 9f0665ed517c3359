package org.sitrep.geo.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The entries of a POSIX (ustar) tar stream, as npm packs them; just enough to stream one file out. */
final class TarReader {
    private static final int BLOCK = 512;
    private final InputStream in;
    private long remaining;
    private long padding;

    TarReader(InputStream in) {
        this.in = in;
    }

    /** Moves to the next regular file and returns its name, or null at the end. */
    String next() throws IOException {
        skipFully(remaining + padding);
        byte[] header = new byte[BLOCK];
        while (true) {
            if (!readFully(header)) return null;
            if (isZero(header)) return null;
            String name = text(header, 0, 100);
            String prefix = text(header, 345, 155);
            long size = Long.parseLong(text(header, 124, 12).trim().isEmpty() ? "0" : text(header, 124, 12).trim(), 8);
            char type = (char) header[156];
            remaining = size;
            padding = (BLOCK - size % BLOCK) % BLOCK;
            if (type == '0' || type == 0) return prefix.isEmpty() ? name : prefix + "/" + name;
            skipFully(remaining + padding);
            remaining = 0;
            padding = 0;
        }
    }

    /** The current entry's content; read it before calling {@link #next()} again. */
    InputStream entry() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                if (remaining <= 0) return -1;
                int b = in.read();
                if (b >= 0) remaining--;
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (remaining <= 0) return -1;
                int n = in.read(b, off, (int) Math.min(len, remaining));
                if (n > 0) remaining -= n;
                return n;
            }

            @Override
            public void close() {
                // The archive stays open for the next entry.
            }
        };
    }

    private static String text(byte[] b, int off, int len) {
        int end = off;
        while (end < off + len && b[end] != 0) end++;
        return new String(b, off, end - off, StandardCharsets.UTF_8);
    }

    private static boolean isZero(byte[] b) {
        for (byte x : b) if (x != 0) return false;
        return true;
    }

    private boolean readFully(byte[] b) throws IOException {
        int off = 0;
        while (off < b.length) {
            int n = in.read(b, off, b.length - off);
            if (n < 0) return false;
            off += n;
        }
        return true;
    }

    private void skipFully(long n) throws IOException {
        while (n > 0) {
            long s = in.skip(n);
            if (s <= 0) {
                if (in.read() < 0) throw new IOException("tar archive ends inside an entry");
                s = 1;
            }
            n -= s;
        }
    }
}
