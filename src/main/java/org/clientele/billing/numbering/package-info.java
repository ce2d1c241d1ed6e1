/** Numbering: gapless number series per document kind and year, safe under concurrent issuing on every node. */
@org.springframework.modulith.NamedInterface("numbering")
package org.clientele.billing.numbering;
