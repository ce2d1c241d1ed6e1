/**
 * Value types every module may use: pagination, problems that map to HTTP statuses, and (as they
 * arrive) money, e-mail addresses and phone numbers.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.clientele.shared;
