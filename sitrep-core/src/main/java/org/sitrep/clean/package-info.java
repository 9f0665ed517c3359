/**
 * Cleaning: from a raw body to the article's own text. {@link org.sitrep.clean.HtmlExtractor} turns HTML into plain
 * text: {@code HtmlMetadata} reads what the page says about itself, {@code HtmlBlocks} cuts it into the lines a browser
 * shows (with every element's counts, in one walk), {@code MainContent} picks the article's containers on the page as a
 * whole, and {@code PageParts} names what inside them, and around them, is not the article.
 * {@link org.sitrep.clean.ControlCharacters} then takes control characters out of everything the article stores.
 * {@link org.sitrep.clean.BoilerplateStripper} removes the boilerplate that survives into text (comments, teasers,
 * credits, disclaimers…), and {@link org.sitrep.clean.NoArticlePages} says when a page has no article at all. Every
 * removal is kept as a {@link org.sitrep.model.RemovedSpan} with the rule that made it. {@link org.sitrep.clean.TextBudget}
 * bounds the text; {@link org.sitrep.clean.MixedScript} writes words that mix Latin and Cyrillic look-alikes in one script.
 * May import {@code model}, the {@code pipeline} contract and {@code ingest}'s date and outlet parsing (HTML meta tags
 * carry both).
 */
package org.sitrep.clean;
