/** Language identification of the cleaned text (Lingua, restricted to the languages of this domain). */
package org.sitrep.language;
