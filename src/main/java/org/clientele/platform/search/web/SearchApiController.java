package org.clientele.platform.search.web;

import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.clientele.platform.SearchHit;
import org.clientele.platform.search.GlobalSearch;
import org.clientele.platform.search.SearchGroup;
import org.clientele.platform.search.SearchResults;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Search", description = "One search across every kind of record the caller may read")
class SearchApiController {

    private final GlobalSearch search;

    SearchApiController(GlobalSearch search) {
        this.search = search;
    }

    @GetMapping("/api/v1/search")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Search companies, contacts and whatever else you may read",
            description = "Tolerates typos in names; e-mail addresses match from their start, phone numbers by their digits. "
                    + "Answers a flat list, best matches of each type first, types in a fixed order; limit is per type "
                    + "(1-50, default 5), and more names the types that found more than limit. Only records you may see, "
                    + "and only types whose permission you hold. 422 for a q shorter than 2 characters, an unknown type "
                    + "or a limit out of range.")
    SearchJson search(@RequestParam(required = false) @Parameter(description = "search text, 2 to 100 characters") String q,
            @RequestParam(required = false) @Parameter(description = "comma-separated types, such as company,contact; all by default")
            String types,
            @RequestParam(required = false) @Parameter(description = "the most hits per type, 1-50") Integer limit) {
        List<String> chosen = types == null || types.isBlank() ? List.of()
                : Arrays.stream(types.split(",")).map(String::strip).filter(type -> !type.isEmpty()).toList();
        SearchResults results = search.search(q, chosen, limit == null ? GlobalSearch.DEFAULT_LIMIT : limit);
        List<HitJson> data = results.groups().stream()
                .flatMap(group -> group.hits().stream().map(hit -> HitJson.of(group.type(), hit)))
                .toList();
        return new SearchJson(data, results.groups().stream().filter(SearchGroup::more).map(SearchGroup::type).toList());
    }

    /** The hits, best first within each type; more: the types that found more than the limit. */
    record SearchJson(List<HitJson> data, List<String> more) {
    }

    record HitJson(String type, String id, String title, String subtitle, String url) {

        static HitJson of(String type, SearchHit hit) {
            return new HitJson(type, hit.id(), hit.title(), hit.subtitle(), hit.url());
        }
    }
}
