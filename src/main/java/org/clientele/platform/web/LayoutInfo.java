package org.clientele.platform.web;

import java.util.List;
import java.util.Locale;

import org.clientele.platform.SupportedLanguages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Component;

/** What the page layout shows besides the navigation; templates use it as {@code @layout}. */
@Component("layout")
public class LayoutInfo {

    private final String version;

    LayoutInfo(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        this.version = properties == null ? "" : properties.getVersion();
    }

    public String version() {
        return version;
    }

    public List<Locale> languages() {
        return SupportedLanguages.ALL;
    }
}
