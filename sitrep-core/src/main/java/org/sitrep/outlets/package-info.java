/**
 * Outlets: one outlet per site whatever its spelling in feeds ("Kyiv Post", "kyivpost.com", "KyivPost").
 * {@link org.sitrep.outlets.OutletKeys} gives an article's raw key from its outlet spelling and URL (the site's
 * registrable domain, public-suffix aware, else a normalised name); {@link org.sitrep.outlets.OutletDirectory} joins
 * the raw keys that name one site (a feed's name seen with its site's domain) and describes each outlet (display
 * name, spellings, country from a country-code domain, language of its articles), a pure function of
 * {@link org.sitrep.outlets.Sighting}s. May import {@code org.sitrep.model} and the Public Suffix List matcher of
 * HttpClient; knows no store.
 */
package org.sitrep.outlets;
