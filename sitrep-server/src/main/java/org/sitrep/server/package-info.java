/**
 * The HTTP front end: a REST API over the store (documented in {@code /api/openapi.json}) and the web UI's static
 * files. Handlers only translate between HTTP and the library; errors come back in one JSON shape.
 * May import {@code app} (the {@code Sitrep} facade), {@code json}, {@code model} and the store's read records; it
 * runs no pass itself ({@code Sitrep.catchUp} runs in the background after posts). Reads go through read-only
 * openings of the data directory ({@code ReadPool}); writes through a durable, bounded queue ({@code Inbox}).
 */
package org.sitrep.server;
