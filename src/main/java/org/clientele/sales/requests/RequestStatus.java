package org.clientele.sales.requests;

/** Where a request stands: new, being worked on, converted into a deal, or closed without one. */
public enum RequestStatus {
    NEW, IN_PROGRESS, CONVERTED, CLOSED;

    /** Whether it can still be changed, matched, closed or converted. */
    public boolean open() {
        return this == NEW || this == IN_PROGRESS;
    }
}
