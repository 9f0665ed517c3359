package org.sitrep.geo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.geo.imports.DefaultGazetteer;
import org.sitrep.geo.imports.GazetteerImport;
import org.sitrep.testkit.SharedData;

/** The default gazetteer (built once per checkout), with Ukraine's postal file, and a test-only mention finder. */
final class TestData {
    private TestData() {
    }

    /** The gazetteer cache of this checkout: kept across test runs because the import takes half a minute. */
    static Path cacheDir() {
        return Path.of(System.getProperty("sitrep.gazetteer.cache", "target/gazetteer-cache")).toAbsolutePath();
    }

    /** The default gazetteer plus the GeoNames postal file for Ukraine (Cyrillic village names). */
    static Path defaultPlusPostal() throws IOException {
        Path dir = cacheDir();
        Path out = dir.resolve("default-plus-postal-UA.sqlite");
        // The default gazetteer is rebuilt when its sources or import change: rebuild this copy after it.
        DefaultGazetteer.ensure(dir).close();
        if (Files.isRegularFile(out) && !Files.getLastModifiedTime(out).toInstant()
                .isBefore(Files.getLastModifiedTime(DefaultGazetteer.file(dir)).toInstant())) {
            return out;
        }
        Path partial = dir.resolve("default-plus-postal-UA.partial");
        Files.copy(DefaultGazetteer.file(dir), partial, StandardCopyOption.REPLACE_EXISTING);
        GazetteerImport.importFile(SharedData.require("data/gazetteer/geonames-postal-UA/UA.txt"), partial);
        Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
        return out;
    }

    private static final Pattern CAPITALISED = Pattern.compile(
            "\\p{Lu}[\\p{L}'’-]*(?:['’]s)?(?:\\s+\\p{Lu}[\\p{L}'’-]*)*");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?”\"])\\s+|\\n+");

    /**
     * Every capitalised span of the text as an untyped mention with its sentence: a crude stand-in for NER, used
     * only in tests, so the resolver must tell places from people and sentence-initial words by itself.
     */
    static List<PlaceMention> capitalisedSpans(String text) {
        List<PlaceMention> out = new ArrayList<>();
        int sentenceStart = 0;
        Matcher ends = SENTENCE_END.matcher(text);
        List<int[]> sentences = new ArrayList<>();
        while (ends.find()) {
            sentences.add(new int[] {sentenceStart, ends.start()});
            sentenceStart = ends.end();
        }
        sentences.add(new int[] {sentenceStart, text.length()});
        for (int[] s : sentences) {
            String sentence = text.substring(s[0], s[1]);
            Matcher m = CAPITALISED.matcher(sentence);
            while (m.find()) {
                out.add(new PlaceMention(m.group(), s[0] + m.start(), s[0] + m.end(), sentence, ""));
            }
        }
        return out;
    }
}
