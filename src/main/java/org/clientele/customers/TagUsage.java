package org.clientele.customers;

/** A tag with how many companies, contacts and leads carry it, whoever may see them. */
public record TagUsage(TagView tag, long companies, long contacts, long leads) {

    public long total() {
        return companies + contacts + leads;
    }
}
