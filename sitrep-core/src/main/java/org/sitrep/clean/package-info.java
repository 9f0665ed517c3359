/**
 * Cleaning: from a raw body to the article's own text. {@link org.sitrep.clean.HtmlExtractor} turns HTML into
 * plain text and sets aside what is not main content; {@link org.sitrep.clean.BoilerplateStripper} removes the
 * boilerplate that survives into text (comments, teasers, credits, disclaimers…). Every removal is kept as a
 * {@link org.sitrep.model.RemovedSpan} with the rule that made it.
 * May import {@code model}, the {@code pipeline} contract and {@code ingest}'s date and outlet parsing (HTML meta tags
 * carry both).
 */
package org.sitrep.clean;
