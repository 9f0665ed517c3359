/**
 * Events and stories: each article, in arrival order, joins the event it best fits or starts one, judged on its
 * words, its names (people, organisations, places, numbers), its sentence embedding, the date of what it reports and
 * its copy relations ({@link org.sitrep.events.EventClusterer}); events that share their names are linked into
 * long-running stories ({@code StoryLinker}), and an event whose reports fall into two groups is split
 * ({@code EventSplitter}). Reports beyond an event's dates about the same incident are events of their own;
 * {@link org.sitrep.events.FollowUps} finds them among the story's events when read. The clusterer keeps a bounded window of active events in memory ({@code EventWindow}) and
 * never re-reads articles; its state is plain records that a store persists ({@link org.sitrep.events.EventState},
 * {@link org.sitrep.events.StoryState}). What a store knows of an article ({@link org.sitrep.events.ArticleFacts})
 * becomes the clusterer's input by pure rules ({@link org.sitrep.events.EventInputs}); every knob is in
 * {@link org.sitrep.events.EventParams}.
 *
 * <p>May import {@code java.*}, {@link org.sitrep.vectors} and {@code org.sitrep.copies.Tokens} (the shared
 * tokeniser); nothing from storage, geo, NLP or the CLI: a store passes in what it loaded (a name-key function
 * instead of the gazetteer's transliteration).
 */
package org.sitrep.events;
