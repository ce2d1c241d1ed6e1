package org.clientele.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a PostgreSQL database of its own that holds {@link GeneratedDataSet}
 * (call {@link GeneratedDataSet#ensure} first); test classes with this annotation share the context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "clientele.test.data-set=generated")
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@AutoConfigureMockMvc
public @interface GeneratedDataTest {
}
