package org.clientele.customers;

/** Which of two records a merged field's value comes from. */
public enum MergeSide {
    SURVIVOR, MERGED
}
