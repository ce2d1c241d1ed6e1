package org.clientele.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a PostgreSQL database of its own, served on a random port, with an
 * administrator {@value TestUsers#ADMIN_EMAIL} created at start-up. Test classes with this
 * annotation and no other configuration share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "clientele.bootstrap-admin.email=" + TestUsers.ADMIN_EMAIL,
        "clientele.bootstrap-admin.password=" + TestUsers.ADMIN_PASSWORD,
        "clientele.bootstrap-admin.name=" + TestUsers.ADMIN_NAME})
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@AutoConfigureMockMvc
public @interface ClienteleTest {
}
