package org.clientele.platform.generate;

import java.sql.SQLException;

/** A bulk write the database refused; the generation stops. */
class BulkWriteException extends RuntimeException {

    BulkWriteException(String table, SQLException cause) {
        super("Writing generated rows to " + table + " failed: " + cause.getMessage(), cause);
    }
}
