/**
 * Events and stories: each article, in arrival order, joins the event it best fits or starts one, judged on its
 * words, its names (people, organisations, places, numbers), its sentence embedding, the date of what it reports and
 * its copy relations ({@link org.sitrep.events.EventClusterer}); events that share their names are linked into
 * long-running stories. The clusterer keeps a bounded window of active events in memory and never re-reads articles;
 * its state is plain records that a store persists ({@link org.sitrep.events.EventState}, {@link org.sitrep.events.StoryState}).
 */
package org.sitrep.events;
