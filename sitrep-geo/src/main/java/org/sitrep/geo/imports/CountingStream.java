package org.sitrep.geo.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** Reports bytes read to a listener every 256 KiB and at the end. */
final class CountingStream extends FilterInputStream {
    private final LongConsumer listener;
    private long count;
    private long reported;

    CountingStream(InputStream in, LongConsumer listener) {
        super(in);
        this.listener = listener;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) advance(1);
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) advance(n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long s = super.skip(n);
        if (s > 0) advance(s);
        return s;
    }

    @Override
    public void close() throws IOException {
        listener.accept(count);
        super.close();
    }

    private void advance(long n) {
        count += n;
        if (count - reported >= (1 << 18)) {
            reported = count;
            listener.accept(count);
        }
    }
}
