package org.sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text: byte-order marks, a declared charset, strict UTF-8, UTF-8 with its invalid bytes replaced (when it is
 * declared, or when the bytes are UTF-8 but for a few), and otherwise a choice between windows-1251 (Cyrillic) and
 * windows-1252 (Latin) by letter statistics. What was replaced is counted ({@link Decoded#invalidBytes()}) so that a
 * reader can say so on the article ({@link #invalidUtf8}). Also tells binary data from text. Stateless.
 */
public final class Decoding {
    static final Charset CP1251 = Charset.forName("windows-1251");
    static final Charset CP1252 = Charset.forName("windows-1252");

    private Decoding() {
    }

    /**
     * The text, the charset used, whether the charset was guessed (no BOM, no declaration, not UTF-8), and how many
     * bytes were not valid UTF-8 and became U+FFFD (with the offset of the first, or -1 when none).
     */
    public record Decoded(String text, Charset charset, boolean guessed, int invalidBytes, long firstInvalid) {
        Decoded(String text, Charset charset, boolean guessed) {
            this(text, charset, guessed, 0, -1);
        }
    }

    /** At most one invalid byte per this many valid multi-byte sequences, and undeclared bytes are still read as UTF-8. */
    private static final int VALID_PER_INVALID = 10;

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
        // UTF-8 with a few bad bytes (a truncated or spliced file) is still UTF-8, as a browser reads it: guessing a
        // legacy charset for it would garble every letter to keep a few bytes.
        Utf8Scan scan = scanUtf8(b, len);
        if (StandardCharsets.UTF_8.equals(d) || (scan.valid > 0 && scan.invalid * VALID_PER_INVALID <= scan.valid)) {
            return new Decoded(new String(b, 0, len, StandardCharsets.UTF_8), StandardCharsets.UTF_8, false, scan.invalid, scan.first);
        }
        Charset guess = cyrillicScore(b, len) ? CP1251 : CP1252;
        return new Decoded(new String(b, 0, len, guess), guess, true);
    }

    /**
     * UTF-8 as the JSON standard requires it, invalid bytes replaced by U+FFFD and counted: for JSON, which has no
     * other encoding to guess.
     */
    public static Decoded utf8(byte[] b, int off, int len) {
        String text = new String(b, off, len, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) return new Decoded(text, StandardCharsets.UTF_8, false);
        byte[] part = off == 0 ? b : java.util.Arrays.copyOfRange(b, off, off + len);
        Utf8Scan scan = scanUtf8(part, len);
        return new Decoded(text, StandardCharsets.UTF_8, false, scan.invalid, scan.first);
    }

    /** The problem message for what {@code d} replaced ("3 bytes that are not UTF-8, the first at byte 120, ..."), or null. */
    public static String invalidUtf8(Decoded d) {
        if (d.invalidBytes() == 0) return null;
        return d.invalidBytes() + (d.invalidBytes() == 1 ? " byte that is not" : " bytes that are not") + " valid UTF-8 (the first at byte "
                + d.firstInvalid() + ") became U+FFFD";
    }

    private record Utf8Scan(int valid, int invalid, long first) {
    }

    /**
     * Counts the valid multi-byte UTF-8 sequences and the bytes a decoder replaces, the way the JDK's decoder does
     * (a maximal invalid prefix of a sequence is one replacement, but counted here by its bytes).
     */
    private static Utf8Scan scanUtf8(byte[] b, int len) {
        int valid = 0;
        int invalid = 0;
        long first = -1;
        int i = 0;
        while (i < len) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int need = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            int n = 0;
            if (need > 0) {
                while (n < need && i + 1 + n < len && isContinuation(c, n, b[i + 1 + n] & 0xFF)) n++;
            }
            if (need > 0 && n == need) {
                valid++;
                i += need + 1;
            } else {
                if (first < 0) first = i;
                invalid += n + 1;
                i += n + 1;
            }
        }
        return new Utf8Scan(valid, invalid, first);
    }

    /** Whether {@code x} may be continuation byte {@code n} of a sequence that starts with {@code lead} (no overlongs, no surrogates). */
    private static boolean isContinuation(int lead, int n, int x) {
        if (x < 0x80 || x > 0xBF) return false;
        if (n > 0) return true;
        if (lead == 0xE0) return x >= 0xA0;
        if (lead == 0xED) return x <= 0x9F;
        if (lead == 0xF0) return x >= 0x90;
        if (lead == 0xF4) return x <= 0x8F;
        return true;
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
