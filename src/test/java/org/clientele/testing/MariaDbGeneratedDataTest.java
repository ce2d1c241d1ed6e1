package org.clientele.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/** {@link GeneratedDataTest} on a MariaDB database of its own; runs only where MariaDB is configured. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@RequiresMariaDb
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "clientele.test.data-set=generated")
@ContextConfiguration(initializers = MariaDbTestDatabase.class)
@AutoConfigureMockMvc
public @interface MariaDbGeneratedDataTest {
}
