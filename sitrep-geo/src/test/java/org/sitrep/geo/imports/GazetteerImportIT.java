package org.sitrep.geo.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.geo.Gazetteer;

class GazetteerImportIT {
    /** Two main-format rows written for this test (values as GeoNames has them), one broken row. */
    private static final String MAIN = String.join("\n",
            "703656\tKupiansk\tKupiansk\tKupjansk,Kupyansk,Куп'янськ\t49.71003\t37.61581\tP\tPPLA2\tUA\t\t07\t6308\t\t\t27169\t\t99\tEurope/Kyiv\t2023-01-01",
            "706483\tKharkiv\tKharkiv\tCharkiw,Kharkov,Харків\t49.98081\t36.25272\tP\tPPLA\tUA\t\t07\t6312\t\t\t1433886\t\t152\tEurope/Kyiv\t2023-01-01",
            "1\tBroken\tBroken\t\tnot-a-number\t37.0\tP\tPPL\tUA\t\t07\t\t\t\t0\t\t0\tEurope/Kyiv\t2023-01-01",
            "");

    @Test
    void importsMainDumpFromZipThenAdmin1AlternateNamesAndPostalRows(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("UA.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write("not data".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("UA.txt"));
            z.write(MAIN.getBytes(StandardCharsets.UTF_8));
        }
        Path db = dir.resolve("g.sqlite");
        GazetteerImport.Report main = GazetteerImport.importFile(zip, db);
        assertThat(main.places()).isEqualTo(2);
        assertThat(main.skipped()).isEqualTo(1);
        assertThat(main.problems()).anySatisfy(p -> assertThat(p).contains("UA.zip!UA.txt line 3"));

        Path admin1 = Files.writeString(dir.resolve("admin1CodesASCII.txt"), "UA.07\tKharkivska Oblast\tKharkiv Oblast\t706482\n");
        assertThat(GazetteerImport.importFile(admin1, db).admin1()).isEqualTo(1);
        Path alternates = Files.writeString(dir.resolve("alternateNamesV2.txt"), String.join("\n",
                "1\t703656\tde\tKupjansk-Stadt\t\t\t\t\t\t",
                "2\t703656\tlink\thttps://example.org/Kupiansk\t\t\t\t\t\t",
                "3\t999999\ten\tNowhere\t\t\t\t\t\t", ""));
        assertThat(GazetteerImport.importFile(alternates, db).names()).isEqualTo(1);
        Path postal = Files.writeString(dir.resolve("postal.txt"), String.join("\n",
                "UA\t63700\tКуп'янськ\tKharkivska\t07\tKupianskyi\t\t\t\t49.6136\t37.5081\t",
                "UA\t84558\tКліщіївка\tDonetska\t05\tBahmutskiy\t\t\t\t48.53\t37.9605\t4", ""));
        GazetteerImport.Report p = GazetteerImport.importFile(postal, db);
        assertThat(p.places()).as("Kupiansk matched by key and distance; Klishchiivka added").isEqualTo(1);

        try (Gazetteer g = Gazetteer.open(db)) {
            assertThat(g.lookup("Kupyansk")).singleElement().satisfies(m -> {
                assertThat(m.place().id()).isEqualTo(703656);
                assertThat(m.place().admin1Name()).isEqualTo("Kharkivska Oblast");
            });
            assertThat(g.lookup("Kupjansk-Stadt")).hasSize(1);
            assertThat(g.lookup("Nowhere")).isEmpty();
            assertThat(g.lookup("Charkow")).singleElement().satisfies(m -> assertThat(m.place().id()).isEqualTo(706483));
            assertThat(g.lookup("Klitschiivka")).singleElement().satisfies(m -> {
                assertThat(m.place().hasGeonameId()).isFalse();
                assertThat(m.place().latitude()).isEqualTo(48.53);
            });
            assertThat(g.admin1ByName("Kharkiv Oblast")).extracting(Gazetteer.Admin1::code).containsExactly("07");
            assertThat(g.lookup("Ukraine")).as("country derived from its places").singleElement()
                    .satisfies(m -> assertThat(m.place().featureCode()).isEqualTo("PCLI"));
        }
        long before = Files.size(db);
        GazetteerImport.importFile(zip, db);
        try (Gazetteer g = Gazetteer.open(db)) {
            assertThat(g.size()).as("re-import changes nothing").isEqualTo(4);
        }
        assertThat(Files.size(db)).isEqualTo(before);
    }

    @Test
    void readsAlternateNamesV2ZipWithoutTakingItsLanguageTableForData(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("g.sqlite");
        GazetteerImport.importFile(Files.writeString(dir.resolve("UA.txt"), MAIN), db);
        Path zip = dir.resolve("alternateNamesV2.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("alternateNamesV2.txt"));
            z.write("1\t703656\tde\tKupjansk-Stadt\t\t\t\t\t\t\n".getBytes(StandardCharsets.UTF_8));
            // as GeoNames ships it: a table of language codes, four columns with a header line
            z.putNextEntry(new ZipEntry("iso-languagecodes.txt"));
            z.write("ISO 639-3\tISO 639-2\tISO 639-1\tLanguage Name\nukr\tukr\tuk\tUkrainian\n".getBytes(StandardCharsets.UTF_8));
        }
        GazetteerImport.Report r = GazetteerImport.importFile(zip, db);
        assertThat(r.skipped()).as(r.problems().toString()).isZero();
        assertThat(r.names()).isEqualTo(1);
    }

    @Test
    void reportsAFileThatIsNotGeoNames(@TempDir Path dir) throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.txt"), "a,b,c\n");
        GazetteerImport.Report r = GazetteerImport.importFile(junk, dir.resolve("g.sqlite"));
        assertThat(r.places()).isZero();
        assertThat(r.problems()).singleElement().asString().contains("junk.txt").contains("not a GeoNames");
    }
}
