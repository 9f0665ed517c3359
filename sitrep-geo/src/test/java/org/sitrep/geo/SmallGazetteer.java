package org.sitrep.geo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sitrep.geo.imports.GazetteerImport;

/**
 * A gazetteer of thirteen places written here in the GeoNames main format and imported with the real import, for
 * unit tests of place picking: no network, no npm, no {@code ../shared}, well under a second.
 *
 * <p>Ukraine: Kharkiv (the Kharkiv region's seat, so the region is called "Kharkiv"), Kupiansk, Kherson (seat of the
 * Kherson region), two villages called Ivanivka 390 km apart (one 28 km from Kupiansk, one in the Kherson region).
 * Paris in France and Paris in Texas, the state of Texas, Moscow, and the countries Ukraine, Russia, France and the
 * United States. Populations, points and ids as GeoNames has them; the villages' made up.
 */
final class SmallGazetteer {
    static final long KUPIANSK = 703656;
    static final long KHARKIV = 706483;
    static final long IVANIVKA_KHARKIV = 900_001;
    static final long IVANIVKA_KHERSON = 900_002;
    static final long PARIS_FR = 2988507;
    static final long PARIS_TX = 4717560;
    static final long TEXAS = 4736286;
    static final long UKRAINE = 690791;
    static final long RUSSIA = 2017370;
    static final long FRANCE = 3017382;
    static final long UNITED_STATES = 6252001;
    static final long DUBLIN_IE = 2964574;
    static final long DUBLIN_OH = 4512060;
    static final long CASTLEGAR = 5918118;
    static final long AZOV = 582182;

    private static final String ROWS = String.join("\n",
            row(KUPIANSK, "Kupiansk", "Kupyansk,Kupjansk,Куп'янськ", 49.71003, 37.61581, "P", "PPLA2", "UA", "07", 27169),
            row(KHARKIV, "Kharkiv", "Kharkov,Charkiw,Харків", 49.98081, 36.25272, "P", "PPLA", "UA", "07", 1433886),
            row(706448, "Kherson", "Cherson,Херсон", 46.65581, 32.6178, "P", "PPLA", "UA", "08", 320477),
            row(IVANIVKA_KHARKIV, "Ivanivka", "Ivanovka,Іванівка", 49.818, 37.970, "P", "PPL", "UA", "07", 1200),
            row(IVANIVKA_KHERSON, "Ivanivka", "Ivanovka,Іванівка", 46.9700, 34.6800, "P", "PPL", "UA", "08", 1100),
            row(PARIS_FR, "Paris", "Paname,Lutetia", 48.85341, 2.3488, "P", "PPLC", "FR", "11", 2138551),
            row(PARIS_TX, "Paris", "", 33.66094, -95.55551, "P", "PPLA2", "US", "TX", 24782),
            row(TEXAS, "Texas", "TX,Tejas", 31.25044, -99.25061, "A", "ADM1", "US", "TX", 22875689),
            row(UKRAINE, "Ukraine", "Ukraina,Україна", 49.0, 32.0, "A", "PCLI", "UA", "00", 44622516),
            row(RUSSIA, "Russia", "Russian Federation,Россия", 60.0, 100.0, "A", "PCLI", "RU", "00", 144478050),
            row(FRANCE, "France", "Frankreich", 46.0, 2.0, "A", "PCLI", "FR", "00", 66987244),
            row(UNITED_STATES, "United States", "USA,US,America", 39.76, -98.5, "A", "PCLI", "US", "00", 327167434),
            row(DUBLIN_IE, "Dublin", "Baile Atha Cliath", 53.33306, -6.24889, "P", "PPLC", "IE", "07", 1024027),
            row(DUBLIN_OH, "Dublin", "", 40.09923, -83.11408, "P", "PPL", "US", "OH", 49328),
            row(5165418, "Ohio", "OH", 40.25034, -83.00018, "A", "ADM1", "US", "OH", 11689100),
            row(2963597, "Ireland", "Eire", 53.0, -8.0, "A", "PCLI", "IE", "00", 4994724),
            row(900_003, "West", "Ouest", 5.5, 10.5, "A", "ADM1", "CM", "08", 1_921_590),
            row(2017371, "Moscow", "Moskva,Москва", 55.75222, 37.61556, "P", "PPLC", "RU", "48", 10381222),
            row(CASTLEGAR, "Castlegar", "", 49.32317, -117.65831, "P", "PPL", "CA", "02", 8715),
            row(AZOV, "Azov", "Азов", 47.1078, 39.4165, "P", "PPLA2", "RU", "61", 82133), "");

    private SmallGazetteer() {
    }

    /** Writes the rows to {@code dir} and imports them into a gazetteer file there; returns the file. */
    static Path build(Path dir) throws IOException {
        Path rows = Files.writeString(dir.resolve("small.txt"), ROWS);
        Path db = dir.resolve("small.sqlite");
        GazetteerImport.Report r = GazetteerImport.importFile(rows, db);
        if (r.skipped() != 0) throw new IllegalStateException("test rows skipped: " + r.problems());
        return db;
    }

    private static String row(long id, String name, String alternates, double lat, double lon, String featureClass,
                              String featureCode, String cc, String admin1, long population) {
        return id + "\t" + name + "\t" + name + "\t" + alternates + "\t" + lat + "\t" + lon + "\t" + featureClass + "\t"
                + featureCode + "\t" + cc + "\t\t" + admin1 + "\t\t\t\t" + population + "\t\t0\tUTC\t2023-01-01";
    }
}
