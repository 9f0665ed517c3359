package org.sitrep.nlp;

/**
 * How precisely a temporal expression names a time. Seasons and quarters are {@code MONTH} with a range of several
 * months; decades are {@code YEAR} with a ten-year range; parts of a day ("evening") are {@code TIME}.
 */
public enum TimePrecision { TIME, DAY, WEEK, MONTH, YEAR }
