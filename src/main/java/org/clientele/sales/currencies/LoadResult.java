package org.clientele.sales.currencies;

/**
 * What loading from a source did.
 *
 * @param added rates of a pair and day that had none
 * @param updated rates of the same source whose value changed
 * @param unchanged rates of the same source stored already
 * @param keptManual rates left out because a manual (or another source's) rate of the pair and day exists
 * @param rejected rates out of range (not positive, or too large for the rate column)
 */
public record LoadResult(String source, int added, int updated, int unchanged, int keptManual, int rejected) {
}
