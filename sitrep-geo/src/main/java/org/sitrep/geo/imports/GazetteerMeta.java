package org.sitrep.geo.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code meta} table of a gazetteer file: notes on how it was built (which default packages, which files the user
 * imported), each read or written on a connection of its own. Stateless.
 */
final class GazetteerMeta {
    private GazetteerMeta() {
    }

    /** Writes (or replaces) one meta entry of the gazetteer file. */
    static void set(Path database, String key, String value) throws IOException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath());
             PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO meta (k, v) VALUES (?, ?)")) {
            s.setString(1, key);
            s.setString(2, value);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IOException("Cannot write gazetteer " + database + ": " + e.getMessage(), e);
        }
    }

    /** Every meta entry whose key starts with {@code prefix}, in key order; empty when the file cannot be read. */
    static Map<String, String> withPrefix(Path database, String prefix) {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isRegularFile(database)) return out;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + database.toAbsolutePath() + "?mode=ro");
             PreparedStatement s = c.prepareStatement("SELECT k, v FROM meta WHERE substr(k, 1, ?) = ?")) {
            s.setInt(1, prefix.length());
            s.setString(2, prefix);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            return out;
        }
        return out;
    }

    /** The value of one meta entry; null when it is absent or the file cannot be read. */
    static String get(Path database, String key) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + database.toAbsolutePath() + "?mode=ro");
             PreparedStatement s = c.prepareStatement("SELECT v FROM meta WHERE k = ?")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            return null;
        }
    }
}
