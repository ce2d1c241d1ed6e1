/** Small helpers every module's web layer uses: field problems onto form fields, ids as the API writes them. */
package org.clientele.shared.web;
