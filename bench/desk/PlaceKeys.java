import java.sql.DriverManager;

/**
 * Gives the place entities that place-mentions.py wrote the transliteration keys that place filters look names up by.
 * Run: java -cp "sitrep-cli/target/lib/*" bench/desk/PlaceKeys.java STORE/sitrep.db
 */
public class PlaceKeys {
    public static void main(String[] args) throws Exception {
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + args[0])) {
            db.setAutoCommit(false);
            var names = new java.util.ArrayList<String>();
            try (var r = db.createStatement().executeQuery("SELECT name FROM entities WHERE type = 'PLACE'")) {
                while (r.next()) names.add(r.getString(1));
            }
            try (var ps = db.prepareStatement("UPDATE entities SET key = ? WHERE type = 'PLACE' AND name = ?")) {
                for (String n : names) {
                    ps.setString(1, org.sitrep.geo.TransliterationKey.of(n));
                    ps.setString(2, n);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            db.commit();
            System.out.println(names.size() + " place keys written");
        }
    }
}
