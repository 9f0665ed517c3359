package org.sitrep.ingest;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.DateEvidence;
import org.sitrep.model.Published;
import org.sitrep.model.RawDocument;

/**
 * Metadata in file names of crawled text: {@code 20220125T090000Z_GB_en_7d015e6984.txt} (a GDELT seen-date, a
 * country and a language). The timestamp is when the crawler saw the article, the best publication time there is.
 */
final class FileNames {
    private static final Pattern STAMPED = Pattern.compile("^(\\d{8}T\\d{6})Z_([A-Z]{2})_([a-z]{2})_[0-9a-f]+\\.txt(\\.gz)?$");

    private FileNames() {
    }

    static RawDocument apply(String input, RawDocument doc) {
        Path name = Path.of(input).getFileName();
        if (name == null) return doc;
        Matcher m = STAMPED.matcher(name.toString());
        if (!m.matches()) return doc;
        Instant t = LocalDateTime.parse(m.group(1), DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")).toInstant(ZoneOffset.UTC);
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>(doc.fields());
        fields.put("country", m.group(2));
        RawDocument d = doc.withFields(fields).withLanguageHint(m.group(3));
        return d.published() == null ? d.withPublished(Published.at(t, DateEvidence.FILE_NAME)) : d;
    }
}
