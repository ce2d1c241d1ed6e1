package org.clientele.platform.search.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.clientele.platform.HtmxRequests;
import org.clientele.platform.SearchSource;
import org.clientele.platform.search.GlobalSearch;
import org.clientele.platform.search.SearchResults;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page, and with the {@code HX-Request} header the suggestions the top bar's search
 * box shows as one types: a few hits per group.
 */
@Controller
class SearchPageController {

    static final int SUGGESTIONS = 5;
    static final int PER_GROUP = 10;
    static final int ONE_TYPE = GlobalSearch.MAXIMUM_LIMIT;

    private final GlobalSearch search;

    SearchPageController(GlobalSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    @PreAuthorize("isAuthenticated()")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String type, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        boolean suggestions = HtmxRequests.wantsFragment(request, response);
        String text = q == null ? "" : q.strip();
        String chosenType = type != null && search.types().contains(type) ? type : null;
        model.addAttribute("q", text);
        model.addAttribute("type", chosenType);
        model.addAttribute("minimumLength", SearchSource.MINIMUM_LENGTH);
        if (text.isEmpty()) {
            model.addAttribute("state", "empty");
        }
        else if (text.length() < SearchSource.MINIMUM_LENGTH) {
            model.addAttribute("state", "too-short");
        }
        else {
            int limit = suggestions ? SUGGESTIONS : chosenType == null ? PER_GROUP : ONE_TYPE;
            SearchResults results = search.search(text.length() > SearchSource.MAXIMUM_LENGTH
                    ? text.substring(0, SearchSource.MAXIMUM_LENGTH) : text, chosenType == null ? List.of() : List.of(chosenType), limit);
            model.addAttribute("results", results);
            model.addAttribute("state", results.isEmpty() ? "none" : "found");
        }
        return suggestions ? "platform/search :: suggestions" : "platform/search";
    }
}
