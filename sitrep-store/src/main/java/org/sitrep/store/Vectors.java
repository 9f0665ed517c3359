package org.sitrep.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Embedding vectors as SQLite blobs: little-endian float32, 4 bytes per dimension. */
final class Vectors {
    private Vectors() {
    }

    static byte[] toBytes(float[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float x : v) b.putFloat(x);
        return b.array();
    }

    static float[] toFloats(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        float[] out = new float[bytes.length / 4];
        for (int i = 0; i < out.length; i++) out[i] = b.getFloat();
        return out;
    }
}
