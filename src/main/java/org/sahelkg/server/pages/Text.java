package org.sahelkg.server.pages;

/**
 * A text from the data with its language tag ({@code ""} when it has none); templates put it in an
 * element with {@code lang} and {@code dir="auto"}.
 */
public record Text(String value, String lang) {
}
