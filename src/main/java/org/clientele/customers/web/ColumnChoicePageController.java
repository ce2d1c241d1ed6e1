package org.clientele.customers.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.clientele.customers.ListColumnChoices;
import org.clientele.customers.TaggedType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Saves which columns the signed-in user wants on the company, contact or lead list, and shows the list again. */
@Controller
class ColumnChoicePageController {

    private final ListColumnChoices columnChoices;

    ColumnChoicePageController(ListColumnChoices columnChoices) {
        this.columnChoices = columnChoices;
    }

    @PostMapping({"/companies/columns", "/contacts/columns", "/leads/columns"})
    @PreAuthorize("hasAuthority('customers:read')")
    String choose(@RequestParam(required = false) List<String> columns, @RequestParam(required = false) String back,
            HttpServletRequest request) {
        TaggedType type = TaggedPaths.typeOf(request);
        columnChoices.choose(type, columns == null ? List.of() : columns);
        return "redirect:" + ListPages.backTo(type, back);
    }
}
