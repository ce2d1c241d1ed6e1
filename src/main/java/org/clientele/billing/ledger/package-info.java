/**
 * The ledger: every payment received, paid to a third party or paid out as salary is one
 * transaction with a direction, a counterparty and a category; statements and balances per
 * customer and per employee, aging, revenue per month and the accounting export.
 */
@org.springframework.modulith.NamedInterface("ledger")
package org.clientele.billing.ledger;
