package org.sitrep.nlp.slavic;

import java.util.List;
import java.util.Locale;

/**
 * What a Ukrainian, Russian or Polish word counts, in the English words the rest of Sitrep reads from
 * {@link org.sitrep.nlp.Quantity#counted()}: a casualty participle ("killed", "wounded", "missing", "evacuated"), a
 * plural noun for people ("people", "civilians", "soldiers", "children", "prisoners") or for things ("drones",
 * "missiles", "attacks", "buildings"…). A word matches an entry when it starts with its stem (a stem ending in "$" must
 * be the whole word), so one stem covers every case form ("загинули", "загиблих"; "дронів", "дронами"). The tables are
 * small on purpose: the nouns and participles war reports count, checked in order, longer stems before the shorter
 * ones they contain ("військовополонен" before "військов"). Ukrainian and Russian share one Cyrillic table (their stems
 * differ where the words do); Polish has its own. Stateless and thread-safe.
 */
final class CountedWords {
    /** What kind of thing an entry names: what happened to people outranks who they were. */
    enum Kind { CASUALTY, PEOPLE, THING }

    /**
     * One stem.
     *
     * @param adjectival whether the stem is also an adjective ("мирних жителів", "військових об'єктів"): a noun after it
     *                   in the same phrase says more
     */
    record Entry(String stem, String counted, Kind kind, boolean adjectival) {
        boolean matches(String lowerWord) {
            return stem.endsWith("$") ? lowerWord.equals(stem.substring(0, stem.length() - 1)) : lowerWord.startsWith(stem);
        }
    }

    private static final List<Entry> CYRILLIC = List.of(
            // what happened to people
            c("загин", "killed"), c("загибл", "killed"), c("вбит", "killed"), c("вбил", "killed"), c("убит", "killed"),
            c("убил", "killed"), c("погиб", "killed"), c("мертв", "killed"),
            c("поранен", "wounded"), c("поранил", "wounded"), c("травмован", "wounded"), c("ранен", "wounded"), c("ранил", "wounded"),
            c("постраждал", "wounded"), c("пострадавш", "wounded"), c("пострадал", "wounded"),
            c("зникл", "missing"), c("пропавш", "missing"), c("пропал", "missing"),
            c("евакуйован", "evacuated"), c("евакуювал", "evacuated"), c("эвакуирован", "evacuated"), c("эвакуировал", "evacuated"),
            // people
            p("військовополонен", "prisoners"), p("военнопленн", "prisoners"), p("полонен", "prisoners"), p("пленн", "prisoners"),
            p("військовослужбов", "soldiers"), p("военнослужащ", "soldiers"), a("військов", "soldiers"), a("военн", "soldiers"),
            p("солдат", "soldiers"), p("бійц", "soldiers"), p("бойц", "soldiers"), p("вояк", "soldiers"),
            p("окупант", "occupiers"), p("оккупант", "occupiers"),
            a("цивільн", "civilians"), a("мирн", "civilians"), p("мешканц", "residents"), p("жител", "residents"),
            p("діт", "children"), p("дитин", "children"), p("дети", "children"), p("детей", "children"), p("ребен", "children"),
            p("ребён", "children"), p("жінок", "women"), p("жінки", "women"), p("женщин", "women"),
            p("громадян", "citizens"), p("граждан", "citizens"), p("люд", "people"), p("человек", "people"), p("осіб$", "people"), p("особи$", "people"),
            // things
            t("безпілотн", "drones"), t("беспилотн", "drones"), t("бпла", "drones"), t("дрон", "drones"), t("шахед", "drones"),
            t("ракет", "missiles"), t("атак", "attacks"), t("удар", "strikes"), t("обстріл", "shellings"), t("обстрел", "shellings"),
            t("штурм", "assaults"), t("зіткнен", "clashes"), t("столкновен", "clashes"), t("танк", "tanks"),
            t("бронемашин", "vehicles"), t("автомобіл", "vehicles"), t("автомобил", "vehicles"), t("літак", "aircraft"),
            t("самолет", "aircraft"), t("самолёт", "aircraft"), t("гелікоптер", "helicopters"), t("вертол", "helicopters"),
            t("снаряд", "shells"), t("будин", "buildings"), t("будівл", "buildings"), t("здани", "buildings"), t("споруд", "buildings"),
            t("домів$", "houses"), t("домов$", "houses"), t("квартир", "apartments"), t("населен", "settlements"),
            t("селищ", "settlements"), t("сіл$", "villages"), t("села$", "villages"), t("сел$", "villages"),
            t("об'єкт", "objects"), t("объект", "objects"), t("підстанц", "substations"), t("подстанц", "substations"),
            t("шкіл", "schools"), t("школ", "schools"), t("лікарн", "hospitals"), t("больниц", "hospitals"),
            t("підприємств", "enterprises"), t("предприят", "enterprises"), t("споживач", "consumers"), t("абонент", "consumers"),
            t("потребител", "consumers"), t("област", "regions"), t("громад$", "communities"), t("громади$", "communities"), t("громадах$", "communities"), t("штук", "pieces"));

    private static final List<Entry> POLISH = List.of(
            c("zgin", "killed"), c("zabit", "killed"), c("zabic", "killed"), c("zabił", "killed"), c("zabil", "killed"),
            c("poległ", "killed"), c("polegl", "killed"), c("zmarł", "killed"), c("zmarl", "killed"),
            c("rann", "wounded"), c("ranion", "wounded"), c("poszkodowan", "wounded"),
            c("zaginion", "missing"), c("ewakuowan", "evacuated"),
            p("jeńc", "prisoners"), p("jeniec", "prisoners"), p("żołnierz", "soldiers"), a("wojskow", "soldiers"),
            p("okupant", "occupiers"), a("cywil", "civilians"), p("mieszkańc", "residents"), p("dzieci", "children"),
            p("dziec", "children"), p("kobiet", "women"), p("obywatel", "citizens"), p("ludzi", "people"), p("osób$", "people"), p("osoby$", "people"),
            p("osoba$", "people"),
            t("dron", "drones"), t("bezzałogow", "drones"), t("bsp$", "drones"), t("szahed", "drones"), t("shahed", "drones"),
            t("rakiet", "missiles"), t("pocisk", "missiles"), t("atak", "attacks"), t("uderz", "strikes"), t("ostrzał", "shellings"),
            t("szturm", "assaults"), t("starć", "clashes"), t("starci", "clashes"), t("czołg", "tanks"), t("pojazd", "vehicles"),
            t("samolot", "aircraft"), t("śmigłow", "helicopters"), t("budyn", "buildings"), t("domów$", "houses"),
            t("domy$", "houses"), t("mieszkań$", "apartments"), t("mieszkania$", "apartments"), t("miejscowoś", "settlements"),
            t("wsi$", "villages"), t("wios", "villages"), t("obiekt", "objects"), t("podstacj", "substations"), t("szkół", "schools"),
            t("szkoł", "schools"), t("szpital", "hospitals"), t("odbiorc", "consumers"), t("obwod", "regions"), t("sztuk", "pieces"));

    private CountedWords() {
    }

    /** The first entry of the language's table that {@code word} matches, or null. */
    static Entry of(String word, String lang) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'').replace('ʼ', '\'');
        for (Entry e : lang.equals("pl") ? POLISH : CYRILLIC) if (e.matches(w)) return e;
        return null;
    }

    private static Entry c(String stem, String counted) {
        return new Entry(stem, counted, Kind.CASUALTY, false);
    }

    private static Entry p(String stem, String counted) {
        return new Entry(stem, counted, Kind.PEOPLE, false);
    }

    private static Entry a(String stem, String counted) {
        return new Entry(stem, counted, Kind.PEOPLE, true);
    }

    private static Entry t(String stem, String counted) {
        return new Entry(stem, counted, Kind.THING, false);
    }
}
