package org.clientele.billing.pricing;

import java.util.BitSet;
import java.util.SplittableRandom;

/**
 * Generated documents of which some take two rows (a quotation revised once, an invoice voided by
 * its credit note), planned so that the rows come to a count exactly: the last document is not
 * paired when its second row would pass the count.
 *
 * @param documents how many documents to draw
 * @param paired which of them take a second row
 */
public record PairedDocuments(int documents, BitSet paired) {

    /** Plans {@code rows} rows, each document paired with the given chance in a hundred, the same on every run. */
    public static PairedDocuments plan(long seed, int rows, int pairedPercent) {
        BitSet paired = new BitSet();
        int used = 0;
        int documents = 0;
        while (used < rows) {
            boolean twice = new SplittableRandom(seed * 31 + documents).nextInt(100) < pairedPercent && used + 2 <= rows;
            paired.set(documents, twice);
            used += twice ? 2 : 1;
            documents++;
        }
        return new PairedDocuments(documents, paired);
    }
}
