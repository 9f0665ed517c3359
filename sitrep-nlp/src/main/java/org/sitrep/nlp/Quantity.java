package org.sitrep.nlp;

import java.util.Objects;

/**
 * A number with what it counts.
 *
 * @param value    the number ("ten" is 10, "$2.8 billion" is 2.8e9; for a range "100-500" the lower bound)
 * @param text     the number as written
 * @param counted  what it counts, normalized: a plural noun in lower case ("attacks", "drones", "settlements"), a
 *                 casualty participle when it counts people hurt ("killed", "wounded"), or a unit ("km2", "km",
 *                 "USD", "percent"); null when nothing was found
 * @param start    char offset of the number in the input text
 * @param end      char offset after the number
 * @param sentence index of its sentence
 */
public record Quantity(double value, String text, String counted, int start, int end, int sentence) {
    public Quantity {
        Objects.requireNonNull(text, "text");
    }
}
