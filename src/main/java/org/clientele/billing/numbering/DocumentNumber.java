package org.clientele.billing.numbering;

/**
 * A number taken from a series.
 *
 * @param sequence 1 for the first number of the series in that year, then 2, 3, … without gaps
 * @param text the number as printed, from the series' pattern, such as {@code INV-2026-0001}
 */
public record DocumentNumber(String series, int year, long sequence, String text) {
}
