package org.sitrep.understand;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.geo.GazetteerPlace;
import org.sitrep.geo.OutletHome;
import org.sitrep.geo.PlaceResolver;
import org.sitrep.nlp.Annotations;
import org.sitrep.nlp.Mention;
import org.sitrep.nlp.Sentence;
import org.sitrep.understand.ArticleAnalysis.Found;
import org.sitrep.understand.ArticleAnalysis.Kind;

/**
 * Countries written as abbreviations in capitals, for {@link ArticleAnalysis}: the gazetteer's own ("US dollars",
 * "UK officials") and a country's initials where the article is about that country ("SA holds the reserves" in a
 * report on South Africa, "T&T was not represented" on a site of Trinidad and Tobago). Pure, like the class it serves.
 */
final class Abbreviations {
    private Abbreviations() {
    }

    /** A country's abbreviation in capitals, then a word: "US dollars", "UK officials", "EU leaders". */
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?<![\\p{L}\\p{N}.])(\\p{Lu}\\.?(?:\\p{Lu}\\.?){1,3})(?=\\s+\\p{L})");

    /** Two to four capitals, an ampersand allowed between them ("SA", "T&T", "DRC"), standing alone. */
    private static final Pattern INITIALS = Pattern.compile(
            "(?<![\\p{L}\\p{N}&.'’-])(\\p{Lu}(?:&?\\p{Lu}){1,3})(?![\\p{L}\\p{N}&-]|\\.\\p{L})");

    /**
     * "US dollars", "UK officials": a country's abbreviation used as a modifier, which the annotator leaves untyped, is
     * a mention of the country as a demonym is (type {@link ArticleAnalysis#DEMONYM}: it places no event). Only where no
     * name the annotator found overlaps it, and only an abbreviation the gazetteer spells so for a country or continent
     * ({@link PlaceResolver#countryAbbreviation}).
     */
    static List<Found> countries(String text, Annotations ann, List<Found> found, PlaceLookup places) {
        if (places.resolver().isEmpty()) return List.of();
        List<Found> out = new ArrayList<>();
        Matcher m = ABBREVIATION.matcher(text);
        while (m.find()) {
            int start = m.start(1);
            int end = m.end(1);
            boolean named = ann.mentions().stream().anyMatch(x -> x.start() < end && start < x.end())
                    || found.stream().anyMatch(f -> f.start() < end && start < f.end());
            if (named) continue;
            Optional<GazetteerPlace> p = places.resolver().get().countryAbbreviation(m.group(1));
            if (p.isEmpty()) continue;
            out.add(new Found(start, end, m.group(1), ArticleAnalysis.DEMONYM, Kind.PLACE, ArticleAnalysis.sentenceAt(ann, start), p.get(),
                    "resolved", "an abbreviation of " + p.get().name()));
        }
        return out;
    }

    /**
     * "SA" in a report on South Africa, "T&T" on a site of Trinidad and Tobago: initials in capitals are a country
     * whose name has them ({@link PlaceResolver#countriesWithInitials}) when the article is about that country and no
     * other such country: a place of it is found in the text, or it is the outlet's home. Never in a line written in
     * capitals (a headline's "SM" or "CAR"), never over a longer name the annotator found ("FrontCounter BC"), never
     * where a place is already found. The mention keeps the annotator's type (untyped: {@link Mention#PROPER}).
     */
    static List<Found> initials(String text, Annotations ann, List<Found> found, PlaceLookup places, OutletHome home) {
        if (places.resolver().isEmpty()) return List.of();
        Set<String> about = new HashSet<>();
        for (Found f : found) if (f.kind() == Kind.PLACE && f.place() != null) about.add(f.place().countryCode());
        if (home != null) about.add(home.country());
        if (about.isEmpty()) return List.of();
        List<Found> out = new ArrayList<>();
        Matcher m = INITIALS.matcher(text);
        while (m.find()) {
            int start = m.start(1);
            int end = m.end(1);
            if (found.stream().anyMatch(f -> f.start() < end && start < f.end() && (f.kind() == Kind.PLACE
                    || f.start() != start || f.end() != end))) continue;
            String type = Mention.PROPER;
            boolean longer = false;
            for (Mention x : ann.mentions()) {
                if (x.start() >= end || start >= x.end()) continue;
                if (x.start() != start || x.end() != end) longer = true;
                else if (!x.type().equals(Mention.PROPER)) type = x.type();
            }
            if (longer || inCapitals(text, ann, start)) continue;
            List<GazetteerPlace> fits = places.resolver().get().countriesWithInitials(m.group(1)).stream()
                    .filter(c -> about.contains(c.countryCode())).toList();
            if (fits.size() != 1) continue;
            GazetteerPlace c = fits.get(0);
            out.add(new Found(start, end, m.group(1), type, Kind.PLACE, ArticleAnalysis.sentenceAt(ann, start), c, "resolved",
                    "the initials of " + c.name() + ", which the article is about"));
        }
        return out;
    }

    /** Whether the sentence at {@code offset} is written mostly in capitals (a headline, a shouted line). */
    private static boolean inCapitals(String text, Annotations ann, int offset) {
        int from = 0;
        int to = text.length();
        for (Sentence s : ann.sentences()) {
            if (s.start() <= offset && offset < s.end()) {
                from = s.start();
                to = Math.min(s.end(), text.length());
                break;
            }
        }
        int upper = 0;
        int letters = 0;
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (!Character.isLetter(ch)) continue;
            letters++;
            if (Character.isUpperCase(ch)) upper++;
        }
        return letters >= 12 && upper * 2 > letters;
    }
}
