/**
 * The HTTP front end: a REST API over the store (documented in {@code /api/openapi.json}) and the web UI's static
 * files. Handlers only translate between HTTP and the library; errors come back in one JSON shape.
 */
package org.sitrep.server;
