package org.clientele.customers;

/**
 * Where an import stands: uploaded and waiting for its mapping, being checked (a dry run that
 * writes no record), checked, being imported, done, being undone, undone, or failed.
 */
public enum ImportStatus {
    NEW, CHECKING, CHECKED, IMPORTING, DONE, UNDOING, UNDONE, FAILED;

    /** Whether the background job still has work to do. */
    public boolean working() {
        return this == CHECKING || this == IMPORTING || this == UNDOING;
    }

    /** Whether the mapping may still be changed and a dry run or the import started. */
    public boolean plannable() {
        return this == NEW || this == CHECKED;
    }
}
