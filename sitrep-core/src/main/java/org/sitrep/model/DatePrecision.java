package org.sitrep.model;

/** How precisely a time is known. */
public enum DatePrecision { DAY, MINUTE, SECOND }
