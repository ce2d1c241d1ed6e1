/** Requests: the inbox of inquiries from web forms, by hand, e-mail and phone; matching to customers; web-to-lead forms. */
@org.springframework.modulith.NamedInterface("requests")
package org.clientele.sales.requests;
