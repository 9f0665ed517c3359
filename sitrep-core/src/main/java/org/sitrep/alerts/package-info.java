/**
 * Watchlists and alerts: a watchlist is a saved filter; when an event that matches it is new to it, gains articles or
 * gains a dispute, one {@link org.sitrep.alerts.Alert} says so ({@link org.sitrep.alerts.AlertRule}, a pure comparison
 * of what matches now with what the watchlist was last told). Also the parts of delivering one that are rules rather
 * than I/O: the webhook's signature ({@link org.sitrep.alerts.WebhookSignature}), its retry schedule
 * ({@link org.sitrep.alerts.Backoff}) and the Atom feed a reader follows ({@link org.sitrep.alerts.AtomFeed}).
 * May import {@code java.*} and the JDK's {@code javax.xml.stream} and {@code javax.crypto} only.
 */
package org.sitrep.alerts;
