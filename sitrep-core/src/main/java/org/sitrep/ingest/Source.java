package org.sitrep.ingest;

import java.net.URI;
import java.nio.file.Path;
import org.sitrep.model.SourceFormat;

/**
 * One file or URL to read.
 *
 * @param input  as the user gave it, or as found while walking a folder
 * @param path   the file, or null for a URL
 * @param uri    the URL, or null for a file
 * @param size   bytes as stored (compressed for .gz), -1 when unknown
 * @param format the format its name says, or null when only its content can tell
 */
public record Source(String input, Path path, URI uri, long size, SourceFormat format) {
}
