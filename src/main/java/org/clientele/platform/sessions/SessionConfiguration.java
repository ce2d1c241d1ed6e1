package org.clientele.platform.sessions;

import jakarta.servlet.DispatcherType;
import org.clientele.platform.DatabaseVendor;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.MySqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Web sessions in the database (Spring Session JDBC as Spring Boot sets it up), read and written
 * sparingly: see {@link SparingSessionRepository}.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    /**
     * Puts the sparing repository where Spring Boot's JDBC one was, as a proxy would: declared as a
     * bean of its own, it would be a second session repository and Spring Boot would set up none.
     */
    @Bean
    static BeanPostProcessor sparingSessions() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository stored ? new SparingSessionRepository<>(stored) : bean;
            }
        };
    }

    /**
     * An attribute is inserted, or updated if it is there already: two requests of one session that
     * both add the same attribute (they began before either saved it) would otherwise both insert
     * it, and the second would fail on the primary key, after its page was made.
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> attributesInsertedOrUpdated(DatabaseVendor vendor) {
        return vendor == DatabaseVendor.POSTGRESQL ? new PostgreSqlJdbcIndexedSessionRepositoryCustomizer()
                : new MySqlJdbcIndexedSessionRepositoryCustomizer();
    }

    @Bean
    FilterRegistrationBean<SessionRequestScope> sessionRequestScope(FindByIndexNameSessionRepository<?> sessions) {
        FilterRegistrationBean<SessionRequestScope> registration = new FilterRegistrationBean<>(
                new SessionRequestScope((SparingSessionRepository<?>) sessions));
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }
}
