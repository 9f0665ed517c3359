package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.BodyFormat;
import org.sitrep.model.DateEvidence;

class ReadersTest {
    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path dir;

    Collecting read(Path p) {
        Collecting c = new Collecting();
        Readers r = new Readers(ReaderOptions.defaults());
        for (Source s : Sources.expand(List.of(p.toString()), c)) r.read(s, NOW, c, x -> { });
        return c;
    }

    @Test
    void decodesCp1251CyrillicAndSaysItGuessed() throws Exception {
        Path f = dir.resolve("uk.txt");
        Files.write(f, "Російські війська продовжують атаки біля Куп'янська.".getBytes(Charset.forName("windows-1251")));
        Collecting c = read(f);
        assertThat(c.docs).singleElement().satisfies(d -> {
            assertThat(d.body()).isEqualTo("Російські війська продовжують атаки біля Куп'янська.");
            assertThat(d.problems().items()).anyMatch(p -> p.code().equals("charset-guessed") && p.message().contains("windows-1251"));
        });
    }

    @Test
    void decodesLatin1AsWestern() throws Exception {
        Path f = dir.resolve("fr.txt");
        Files.write(f, "Les forces ukrainiennes ont repris la ville de Koupiansk, a déclaré un élu régional.".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(read(f).docs.get(0).body()).contains("déclaré un élu régional");
    }

    @Test
    void rejectsBinaryEmptyAndTruncatedHtmlAndGoesOn() throws Exception {
        Files.write(dir.resolve("a.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2, 3});
        Files.writeString(dir.resolve("b.txt"), "   \n");
        Files.writeString(dir.resolve("c.html"), "<html><head><title>x</title></head><body><p>Cut off in the mid");
        Files.writeString(dir.resolve("d.txt"), "A good article about shelling in Kharkiv overnight.");
        Collecting c = read(dir);
        assertThat(c.docs).hasSize(1);
        assertThat(c.rejections).extracting(r -> r.reason()).containsExactly("binary", "empty", "truncated-html");
        assertThat(c.rejections.get(0).input()).endsWith("a.txt");
    }

    @Test
    void readsJsonLinesPastAnInvalidLineKeepingUnknownFields() throws Exception {
        Path f = dir.resolve("s.jsonl");
        Files.writeString(f, """
                {"headline":"One","body":"First text.","link":"https://x.example/1","publishedAt":"2024-01-02T03:04:05Z","source":{"name":"X News"},"section":"war"}
                {"title":"Two", "text": broken
                {"title":"Three","description":"Third text.","published_utc":"2023-05-06T07:08:09Z","language":"pl-PL"}
                """);
        Collecting c = read(f);
        assertThat(c.docs).hasSize(2);
        assertThat(c.rejections).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo("invalid-json");
            assertThat(r.input()).endsWith("s.jsonl (line 2)");
        });
        var one = c.docs.get(0);
        assertThat(one.title()).isEqualTo("One");
        assertThat(one.outlet()).isEqualTo("X News");
        assertThat(one.published().evidence()).isEqualTo(DateEvidence.FIELD);
        assertThat(one.fields()).containsEntry("section", "war");
        assertThat(c.docs.get(1).languageHint()).isEqualTo("pl-PL");
    }

    @Test
    void userMappingWinsAndUnknownTargetsAreRefused() throws Exception {
        Path f = dir.resolve("m.json");
        Files.writeString(f, "{\"items\":[{\"hed\":\"Mapped\",\"copy\":\"Mapped text here.\",\"ts\":\"2024-02-03\"}]}");
        Collecting c = new Collecting();
        Readers r = new Readers(ReaderOptions.defaults().withMapping(FieldMapping.parse("title=hed,text=copy,published=ts")));
        for (Source s : Sources.expand(List.of(f.toString()), c)) r.read(s, NOW, c, x -> { });
        assertThat(c.docs).singleElement().satisfies(d -> {
            assertThat(d.title()).isEqualTo("Mapped");
            assertThat(d.published().iso()).isEqualTo("2024-02-03");
        });
        assertThatThrownBy(() -> FieldMapping.parse("headline=hed")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("headline");
    }

    @Test
    void readsHtmlAsHtmlAndRssItemsWithTheirDates() throws Exception {
        Files.writeString(dir.resolve("p.html"), "<!doctype html><html><head><title>T</title></head><body><p>Body text here.</p></body></html>");
        Files.writeString(dir.resolve("f.xml"), """
                <?xml version="1.0"?><rss version="2.0"><channel><title>F</title><link>https://f.example/</link><language>en</language>
                <item><title>Item one</title><link>https://f.example/1</link><pubDate>Sat, 10 Sep 2022 10:00:00 GMT</pubDate><description>Teaser one.</description></item>
                </channel></rss>""");
        Collecting c = read(dir);
        assertThat(c.docs).hasSize(2);
        assertThat(c.docs.get(1).format()).isEqualTo(BodyFormat.HTML);
        var item = c.docs.get(0);
        assertThat(item.title()).isEqualTo("Item one");
        assertThat(item.published().iso()).isEqualTo("2022-09-10T10:00:00Z");
        assertThat(item.outlet()).isEqualTo("f.example");
        assertThat(item.origin().record()).isEqualTo("item 1");
    }

    @Test
    void reportsAMissingPathAndReadsTheRest() throws Exception {
        Files.writeString(dir.resolve("ok.txt"), "Some text about the front line near Bakhmut.");
        Collecting c = new Collecting();
        List<Source> s = Sources.expand(List.of(dir.resolve("nope.txt").toString(), dir.toString()), c);
        assertThat(s).hasSize(1);
        assertThat(c.rejections).singleElement().satisfies(r -> assertThat(r.reason()).isEqualTo("unreadable"));
    }
}
