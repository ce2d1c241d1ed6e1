package org.clientele.platform.web;

import java.util.Comparator;
import java.util.List;

import org.clientele.platform.NavigationItem;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The navigation entries every module contributed, as the signed-in user may see them; templates use it as {@code @navigation}. */
@Component("navigation")
public class Navigation {

    private final List<NavigationItem> items;

    Navigation(List<NavigationItem> items) {
        this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
    }

    public List<NavigationItem> main() {
        return visible(NavigationItem.Menu.MAIN);
    }

    public List<NavigationItem> administration() {
        return visible(NavigationItem.Menu.ADMINISTRATION);
    }

    private List<NavigationItem> visible(NavigationItem.Menu menu) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return List.of();
        }
        List<String> granted = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        return items.stream()
                .filter(item -> item.menu() == menu)
                .filter(item -> item.authority() == null || granted.contains(item.authority()))
                .toList();
    }
}
