package org.clientele.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Keeps the rewriting of links in pages to the resource handlers that change a link (the WebJars',
 * which put the library's version into the path), leaving out the catch-all {@code /**} handler of
 * the static folder. The rewriting runs for every {@code @{…}} link of every page; through the
 * catch-all, each link to a record ({@code /contacts/42}) was first looked up in four class-path
 * folders of the packaged jar and not found, which took about a millisecond per link: a quarter
 * of a second for a list page, more for the deal board. Links to the static folder come out the
 * same either way, since it has no versioning strategy.
 */
@Component
class StaticResourceLinks implements ApplicationListener<ContextRefreshedEvent> {

    static final String CATCH_ALL = "/**";

    private final ResourceUrlProvider provider;

    StaticResourceLinks(ResourceUrlProvider provider) {
        this.provider = provider;
    }

    /** Whatever order the provider hears of the refresh in, it ends with these handlers and stops detecting its own. */
    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        Map<String, ResourceHttpRequestHandler> rewriting = new LinkedHashMap<>();
        event.getApplicationContext().getBeansOfType(AbstractUrlHandlerMapping.class).values()
                .forEach(mapping -> mapping.getHandlerMap().forEach((pattern, handler) -> {
                    if (handler instanceof ResourceHttpRequestHandler resources && !pattern.equals(CATCH_ALL)) {
                        rewriting.put(pattern, resources);
                    }
                }));
        provider.setHandlerMap(rewriting);
    }
}
