package org.clientele.customers;

import java.util.Arrays;
import java.util.Optional;

/** What a bulk action on selected companies, contacts or leads does; the codes are what the API and the pages send. */
public enum BulkAction {

    ADD_TAG("add-tag"),
    REMOVE_TAG("remove-tag"),
    CHANGE_OWNER("change-owner"),
    /** Contacts only: list them in a static segment. */
    ADD_TO_SEGMENT("add-to-segment"),
    DELETE("delete");

    private final String code;

    BulkAction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<BulkAction> ofCode(String code) {
        return Arrays.stream(values()).filter(action -> action.code.equals(code)).findFirst();
    }
}
