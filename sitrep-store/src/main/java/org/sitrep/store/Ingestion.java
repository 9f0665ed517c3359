package org.sitrep.store;

import java.util.List;

/**
 * CONTRACT — the lead implements it on main once readers, stages and store exist. Drives documents through the
 * pipeline into the store: the one place where ingest, clean, identify and store meet. The CLI's {@code ingest}
 * and {@code watch} and the server's {@code POST /api/articles} all go through it.
 */
public final class Ingestion {

    /**
     * Ingests a JSON body holding one article object or an array of them (field names as the JSON reader
     * documents). Each item is accepted, already known, or rejected with its reason; nothing is thrown for bad items.
     *
     * @param json        the request body
     * @param sourceLabel names the input in rejections and origins, e.g. "POST /api/articles"
     */
    public Report submitJson(String json, String sourceLabel) {
        throw new UnsupportedOperationException("contract");
    }

    public enum Status { ADDED, KNOWN, REJECTED }

    /** One item's outcome: its id when it has one, its status, and the reason when rejected. */
    public record Item(String id, Status status, String input, String reason, String message) {
    }

    public record Report(List<Item> items) {
        public long count(Status s) {
            return items.stream().filter(i -> i.status() == s).count();
        }
    }
}
