package org.sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text: byte-order marks, a declared charset, strict UTF-8, and otherwise a choice between windows-1251
 * (Cyrillic) and windows-1252 (Latin) by letter statistics. Also tells binary data from text. Stateless.
 */
public final class Decoding {
    static final Charset CP1251 = Charset.forName("windows-1251");
    static final Charset CP1252 = Charset.forName("windows-1252");

    private Decoding() {
    }

    /** The text, the charset used, and whether the charset was guessed (no BOM, no declaration, not UTF-8). */
    public record Decoded(String text, Charset charset, boolean guessed) {
    }

    /** True for data that is not text: NUL bytes or many control characters in the first 8 KB. */
    public static boolean looksBinary(byte[] b, int len) {
        int n = Math.min(len, 8192);
        if (n >= 2 && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF))) {
            return false; // UTF-16 text has NULs by design
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) return true;
            if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B)) control++;
        }
        return n > 0 && control * 20 > n;
    }

    public static Decoded decode(byte[] b, int len, String declared) {
        if (len >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
            return new Decoded(new String(b, 3, len - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, false);
        }
        if (len >= 2 && b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) {
            return new Decoded(new String(b, 2, len - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, false);
        }
        if (len >= 2 && b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) {
            return new Decoded(new String(b, 2, len - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, false);
        }
        String strict = strictUtf8(b, len);
        if (strict != null) return new Decoded(strict, StandardCharsets.UTF_8, false);
        Charset d = charset(declared);
        if (d != null && !d.equals(StandardCharsets.UTF_8)) return new Decoded(new String(b, 0, len, d), d, false);
        Charset guess = cyrillicScore(b, len) ? CP1251 : CP1252;
        return new Decoded(new String(b, 0, len, guess), guess, true);
    }

    static Charset charset(String name) {
        if (name == null || name.isBlank()) return null;
        try {
            return Charset.forName(name.strip().replace("\"", ""));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String strictUtf8(byte[] b, int len) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, 0, len)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * In cp1251 Cyrillic text most letters are bytes 0xC0–0xFF, with runs of them forming words; in cp1252 text
     * such bytes are scattered accented letters between ASCII ones. Count high letters that follow a high letter.
     */
    private static boolean cyrillicScore(byte[] b, int len) {
        int high = 0;
        int highRuns = 0;
        int asciiLetters = 0;
        boolean prevHigh = false;
        for (int i = 0; i < len; i++) {
            int c = b[i] & 0xFF;
            boolean h = c >= 0xC0 || c == 0xA8 || c == 0xB8 || c == 0xB2 || c == 0xB3 || c == 0xAA || c == 0xBA || c == 0xAF || c == 0xBF;
            if (h) {
                high++;
                if (prevHigh) highRuns++;
            } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                asciiLetters++;
            }
            prevHigh = h;
        }
        return high > 0 && highRuns * 2 >= high && high >= asciiLetters / 4;
    }
}
