package org.sitrep.outlets;

import java.net.URI;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hc.client5.http.psl.PublicSuffixMatcher;
import org.apache.hc.client5.http.psl.PublicSuffixMatcherLoader;

/**
 * An outlet's raw key, from what one article says of it: the registrable domain of its URL's host when it has one
 * ({@code https://m.kyivpost.com/post/1} and {@code www.kyivpost.com} are {@code kyivpost.com}; {@code news.bbc.co.uk}
 * is {@code bbc.co.uk}, not {@code co.uk}: the Public Suffix List bundled with HttpClient decides), else the outlet's
 * name as a domain when it is one, else the name normalised ("Kyiv Post", "KyivPost" and "the kyiv post" are
 * {@code kyivpost}). Which name key and which domain are one site is learned from the articles by
 * {@link OutletDirectory}. Also the country a country-code domain names. Stateless and thread-safe.
 */
public final class OutletKeys {
    private static final PublicSuffixMatcher SUFFIXES = PublicSuffixMatcherLoader.getDefault();
    private static final Pattern DOMAIN = Pattern.compile("(?i)(?:[a-z][a-z0-9+.-]*://)?((?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+\\p{L}[\\p{L}\\p{N}-]+)\\.?/?");
    private static final Pattern HOST = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*://(?:[^/@?#]*@)?([^/:?#]+)");
    // Compiled once: keys are computed for every article and, at each commit, for every outlet.
    private static final Pattern LATIN_MARKS = Pattern.compile("(?<=\\p{IsLatin})\\p{M}+");
    private static final Pattern LEADING_THE = Pattern.compile("^the\\s+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");
    private static final Pattern ADDRESS = Pattern.compile("[\\d.]+");
    private static final Pattern TWO_LETTERS = Pattern.compile("[a-z]{2}");
    /** Sub-domains that are the same site: the mobile and AMP editions. */
    private static final Set<String> SAME_SITE = Set.of("www", "m", "amp", "mobile");
    /** Country-code domains sold as generic ones (.io, .tv, .fm, .me...): they say nothing of where an outlet is. */
    private static final Set<String> GENERIC_CC = Set.of("ac", "ad", "ag", "ai", "am", "as", "bz", "cc", "cd", "co", "cx", "dj", "fm",
            "gg", "gl", "gs", "im", "io", "je", "la", "ly", "me", "ms", "mu", "nu", "sc", "sh", "so", "st", "tk", "to", "tv", "vc", "vg", "ws");
    /** Country codes whose domain differs from the ISO code, and the Cyrillic domains (as written and in Punycode). */
    private static final Map<String, String> CC = Map.of("uk", "GB", "рф", "RU", "xn--p1ai", "RU", "укр", "UA", "xn--j1amh", "UA",
            "бел", "BY", "xn--90ais", "BY", "срб", "RS", "xn--90a3ac", "RS");

    private OutletKeys() {
    }

    /** The raw key of an article's outlet, from its URL's host or else its outlet's spelling; null when neither has one. */
    public static String rawKey(String outlet, String url) {
        String host = url == null ? null : host(url);
        if (host != null) return domain(host);
        return spellingKey(outlet);
    }

    /** The key a spelling names on its own: a domain for "kyivpost.com", a name key for "Kyiv Post"; null for none. */
    public static String spellingKey(String outlet) {
        if (outlet == null || outlet.isBlank()) return null;
        Matcher m = DOMAIN.matcher(outlet.strip());
        if (m.matches()) return domain(m.group(1));
        return nameKey(outlet);
    }

    /** Whether a spelling is a domain ("kyivpost.com", "www.BBC.co.uk") rather than a name. */
    public static boolean isDomain(String spelling) {
        return spelling != null && DOMAIN.matcher(spelling.strip()).matches();
    }

    /** Whether a key is a domain key (it has a dot) rather than a name key. */
    public static boolean isDomainKey(String key) {
        return key != null && key.indexOf('.') > 0;
    }

    /**
     * A name as a key: accents of Latin letters (not the Cyrillic "ї" or "й", other letters), case, punctuation and
     * spaces dropped, and a leading "the" ("The Kyiv Independent" is
     * {@code kyivindependent}); letters of any script are kept. Null when nothing is left.
     */
    public static String nameKey(String name) {
        if (name == null) return null;
        String n = LATIN_MARKS.matcher(Normalizer.normalize(name.strip(), Normalizer.Form.NFKD)).replaceAll("");
        n = Normalizer.normalize(n, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        n = LEADING_THE.matcher(n).replaceFirst("");
        n = NOT_LETTER_OR_DIGIT.matcher(n).replaceAll("");
        return n.isEmpty() ? null : n;
    }

    /** The host of a URL, lower-cased, or null when it has none. */
    static String host(String url) {
        String u = url.strip();
        try {
            String h = URI.create(u).getHost();
            if (h != null) return h.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            // An address with a space or a stray character: read its host by hand below.
        }
        Matcher m = HOST.matcher(u);
        return m.find() && !m.group(1).isBlank() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /**
     * The registrable domain of a host: the public suffix and one label before it ({@code bbc.co.uk}); a host that is
     * itself a public suffix, has one label or is an address, keeps its whole name, less "www.", "m." and "amp.".
     */
    public static String domain(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        while (h.endsWith(".")) h = h.substring(0, h.length() - 1);
        if (h.isEmpty()) return null;
        if (!ADDRESS.matcher(h).matches() && h.indexOf(':') < 0) {
            String root = SUFFIXES.getDomainRoot(h);
            if (root != null) return root;
        }
        int dot = h.indexOf('.');
        while (dot > 0 && SAME_SITE.contains(h.substring(0, dot)) && h.indexOf('.', dot + 1) > 0) {
            h = h.substring(dot + 1);
            dot = h.indexOf('.');
        }
        return h;
    }

    /**
     * The name part of a domain key, as a name key: {@code kyivpost} for {@code kyivpost.com}, {@code bbc} for
     * {@code bbc.co.uk}, {@code kyivindependent} for {@code kyiv-independent.com}; null for a name key.
     */
    public static String label(String key) {
        if (!isDomainKey(key)) return null;
        int dot = key.indexOf('.');
        return nameKey(key.substring(0, dot));
    }

    /**
     * The country a domain key's country-code top-level domain names (ISO 3166-1 alpha-2: "UA" for {@code .ua},
     * "GB" for {@code .uk}), or null: for a name key, a generic domain ({@code .com}, {@code .org}) and a country
     * code sold as a generic one ({@code .io}, {@code .tv}). Never guessed from anything else.
     */
    public static String country(String key) {
        if (!isDomainKey(key)) return null;
        String tld = key.substring(key.lastIndexOf('.') + 1);
        String mapped = CC.get(tld);
        if (mapped != null) return mapped;
        if (tld.length() != 2 || !TWO_LETTERS.matcher(tld).matches() || GENERIC_CC.contains(tld) || tld.equals("eu") || tld.equals("su")) return null;
        return tld.toUpperCase(Locale.ROOT);
    }

    /**
     * Whether two spellings name one outlet on their own, without what the articles taught: the same key
     * ("Kyiv Post" and "KyivPost", "www.kyivpost.com" and "kyivpost.com"), or a name that spells a domain's name
     * part ("KyivPost" and "kyivpost.com"). A pure function of the two spellings, for the copy judge.
     */
    public static boolean sameOutlet(String a, String b) {
        if (a == null || b == null) return false;
        if (a.equals(b)) return true;
        String ka = spellingKey(a);
        String kb = spellingKey(b);
        if (ka == null || kb == null) return false;
        if (ka.equals(kb)) return true;
        if (isDomainKey(ka) == isDomainKey(kb)) return false;
        return isDomainKey(ka) ? kb.equals(label(ka)) : ka.equals(label(kb));
    }
}
