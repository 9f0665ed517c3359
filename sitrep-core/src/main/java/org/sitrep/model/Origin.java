package org.sitrep.model;

import java.util.Objects;

/**
 * Where a document came from.
 *
 * @param input  the path or URL as the user gave it (or as found while walking a folder)
 * @param record the record inside the input ("line 12", "item 3", a WARC record id), empty for a whole file
 * @param format the format the input was read as
 */
public record Origin(String input, String record, SourceFormat format) {
    public Origin {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(format, "format");
        record = record == null ? "" : record;
    }

    public static Origin of(String input, SourceFormat format) {
        return new Origin(input, "", format);
    }

    @Override
    public String toString() {
        return record.isEmpty() ? input : input + " (" + record + ")";
    }
}
