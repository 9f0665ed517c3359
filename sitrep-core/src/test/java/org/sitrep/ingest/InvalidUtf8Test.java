package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Problem;
import org.sitrep.model.RawDocument;

/** Issue 15: bytes that are not UTF-8 were replaced by U+FFFD (or the whole input read as another charset) silently. */
class InvalidUtf8Test {
    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    static final String UK = "Російські війська продовжують атаки біля Куп'янська, повідомив Генштаб.";

    @TempDir
    Path dir;

    /** {@code before}, one byte that begins no UTF-8 sequence, then {@code after}, all UTF-8. */
    static byte[] withBadByte(String before, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.write(0xFF);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    Collecting read(Path p) {
        Collecting c = new Collecting();
        Readers r = new Readers(ReaderOptions.defaults());
        for (Source s : Sources.expand(List.of(p.toString()), c)) r.read(s, NOW, c, x -> { });
        return c;
    }

    private static List<String> codes(RawDocument d) {
        return d.problems().items().stream().map(Problem::code).toList();
    }

    @Test
    void decoderCountsWhatItReplaces() {
        byte[] b = withBadByte("Київ ", " Харків");
        Decoding.Decoded d = Decoding.decode(b, b.length, null);
        assertThat(d.text()).isEqualTo("Київ \uFFFD Харків");
        assertThat(d.invalidBytes()).isEqualTo(1);
        assertThat(d.firstInvalid()).isEqualTo("Київ ".getBytes(StandardCharsets.UTF_8).length);
        assertThat(d.guessed()).isFalse();
        byte[] ok = "Київ".getBytes(StandardCharsets.UTF_8);
        assertThat(Decoding.decode(ok, ok.length, null).invalidBytes()).isZero();
    }

    @Test
    void aJsonLineWithABadByteSaysSo() throws Exception {
        Path f = dir.resolve("a.jsonl");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("{\"title\":\"Clean\",\"text\":\"" + UK + "\"}\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(withBadByte("{\"title\":\"Bad\",\"text\":\"" + UK, "\"}\n"));
        Files.write(f, out.toByteArray());
        Collecting c = read(f);
        assertThat(c.docs).hasSize(2);
        assertThat(codes(c.docs.get(0))).doesNotContain("invalid-utf8");
        assertThat(c.docs.get(1).problems().items()).filteredOn(p -> p.code().equals("invalid-utf8")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("1 byte"));
        assertThat(c.docs.get(1).body()).isEqualTo(UK + "\uFFFD");
    }

    @Test
    void aJsonFileWithABadByteIsReadAsUtf8AndTheItemThatHeldItSaysSo() throws Exception {
        Path f = dir.resolve("a.json");
        Files.write(f, withBadByte("[{\"title\":\"Clean\",\"text\":\"" + UK + "\"},{\"title\":\"Bad\",\"text\":\"" + UK, "\"}]"));
        Collecting c = read(f);
        assertThat(c.docs).hasSize(2).allSatisfy(d -> assertThat(d.body()).startsWith(UK));
        assertThat(codes(c.docs.get(0))).doesNotContain("invalid-utf8", "charset-guessed");
        assertThat(codes(c.docs.get(1))).contains("invalid-utf8").doesNotContain("charset-guessed");
    }

    @Test
    void anHtmlPageWithABadByteKeepsItsUtf8TextAndSaysSo() throws Exception {
        Path f = dir.resolve("a.html");
        Files.write(f, withBadByte("<html><head><title>Звіт</title></head><body><p>" + UK, "</p></body></html>"));
        Collecting c = read(f);
        assertThat(c.docs).singleElement().satisfies(d -> {
            assertThat(d.body()).contains(UK + "\uFFFD");
            assertThat(codes(d)).contains("invalid-utf8").doesNotContain("charset-guessed");
        });
    }

    @Test
    void aJsonBodyFromBytesSaysSo() {
        Collecting c = new Collecting();
        JsonArticles.read(withBadByte("{\"title\":\"Bad\",\"text\":\"Shelling near Izium", "\"}"), "POST /api/articles", NOW, FieldMapping.standard(), c);
        assertThat(c.docs).singleElement().satisfies(d -> {
            assertThat(d.body()).isEqualTo("Shelling near Izium\uFFFD");
            assertThat(codes(d)).contains("invalid-utf8").doesNotContain("charset-guessed");
        });
    }

    @Test
    void aFeedWithABadByteKeepsItsItemsAndTheItemThatHeldItSaysSo() throws Exception {
        Path f = dir.resolve("feed.rss");
        Files.write(f, withBadByte("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Ledger</title>"
                + "<item><title>Clean</title><description>" + UK + "</description></item>"
                + "<item><title>Bad</title><description>" + UK, "</description></item></channel></rss>"));
        Collecting c = read(f);
        assertThat(c.rejections).isEmpty();
        assertThat(c.docs).hasSize(2);
        assertThat(codes(c.docs.get(0))).doesNotContain("invalid-utf8");
        assertThat(codes(c.docs.get(1))).contains("invalid-utf8");
        assertThat(c.docs.get(1).body()).isEqualTo(UK + "\uFFFD");
    }
}
