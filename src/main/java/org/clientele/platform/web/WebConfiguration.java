package org.clientele.platform.web;

import org.clientele.shared.web.PartlyBoundForms;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        return new UserLocaleResolver();
    }

    /**
     * Form binding as Spring does it, but a form record that could not take every value still
     * reaches its handler with its problems (see {@link PartlyBoundForms}), and a page's query
     * parameter that cannot be read is left out and named above the page (see
     * {@link UnreadablePageParameters}). Spring's own resolvers come before any added through
     * {@link WebMvcConfigurer}, so they are wrapped where they are.
     */
    @Bean
    static BeanPostProcessor partlyBoundForms() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof RequestMappingHandlerAdapter adapter && adapter.getArgumentResolvers() != null) {
                    adapter.setArgumentResolvers(UnreadablePageParameters.around(PartlyBoundForms.around(adapter.getArgumentResolvers())));
                }
                return bean;
            }
        };
    }

    @Bean
    WebMvcRegistrations firstSegmentHandlerMapping() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new FirstSegmentHandlerMapping();
            }
        };
    }

    /** {@code ?lang=de} switches the language of the pages shown before sign-in. */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
