package org.clientele.platform.generate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar clientele.jar --generate=full}: generates the data set once the application has
 * started on its database, then stops the application, with exit status 0 when it succeeded.
 */
@Component
@ConditionalOnProperty("generate")
@Order(Ordered.LOWEST_PRECEDENCE)
class GenerateOnStart implements ApplicationRunner {

    private final DataGenerator generator;
    private final ConfigurableApplicationContext context;
    private final String spec;

    GenerateOnStart(DataGenerator generator, ConfigurableApplicationContext context,
            @Value("${generate}") String spec) {
        this.generator = generator;
        this.context = context;
        this.spec = spec;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        GenerationPlan plan = GenerationPlan.parse(spec);
        generator.generate(plan);
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
