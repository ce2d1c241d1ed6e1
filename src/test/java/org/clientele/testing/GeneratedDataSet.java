package org.clientele.testing;

import org.clientele.platform.generate.DataGenerator;
import org.clientele.platform.generate.GenerationPlan;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small generated data set in a test application context's own database, generated once per
 * context by the first test that asks for it.
 */
public final class GeneratedDataSet {

    /** Small enough to generate in seconds, large enough that every state shows. */
    public static final GenerationPlan PLAN = GenerationPlan.parse("scale=0.002,users=10,teams=3,quotes=1000,invoices=1500");

    private GeneratedDataSet() {
    }

    public static synchronized void ensure(ApplicationContext context) {
        JdbcClient jdbc = JdbcClient.create(context.getBean(javax.sql.DataSource.class));
        if (jdbc.sql("select count(*) from (select 1 from companies limit 1) t").query(Integer.class).single() == 0) {
            context.getBean(DataGenerator.class).generate(PLAN);
        }
    }
}
