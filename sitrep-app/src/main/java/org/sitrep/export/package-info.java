/**
 * Exports that follow a filter (issue 17): the writers of ACLED-style CSV ({@link org.sitrep.export.AcledCsv}) and
 * GeoJSON ({@link org.sitrep.export.EventsGeoJson}), pure functions of records, and {@link org.sitrep.export.Exporter},
 * which reads what a filter matches through the application and hands it to them (or writes JSON Lines). May import
 * the application ({@code app}), the wire shapes ({@code json}), the records and the store's records; nothing imports
 * it but the front ends.
 */
package org.sitrep.export;
