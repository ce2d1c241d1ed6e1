package org.clientele.sales.requests;

/** How a request came in. */
public enum RequestSource {
    WEB_FORM, MANUAL, EMAIL, PHONE
}
