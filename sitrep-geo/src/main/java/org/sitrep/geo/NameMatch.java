package org.sitrep.geo;

/**
 * A gazetteer place found under a name key, with the name that matched.
 *
 * @param place       the place
 * @param matchedName the gazetteer name whose key matched (main, ASCII, alternate or postal name)
 * @param mainName    true when that name is the place's main or ASCII name
 */
public record NameMatch(GazetteerPlace place, String matchedName, boolean mainName) {
}
