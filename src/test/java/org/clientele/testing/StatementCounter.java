package org.clientele.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Records the SQL statements the test's own thread sends while it runs a piece of work (a MockMvc
 * call runs on that thread), and the connections it takes, so that a test can say how many round
 * trips an operation takes and whether it ever holds two connections at once.
 * Background work on other threads (job polling) is not recorded. A test class imports this
 * configuration with {@code @Import(StatementCounter.class)}, which gives it an application
 * context of its own, and asks for the {@link StatementCounter} bean.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    private final ThreadLocal<Recording> recording = new ThreadLocal<>();

    /**
     * What a piece of work sent: its statements in order (a commit counts as one), how many
     * connections it took from the pool and the most it held at once.
     */
    public record Work(List<String> statements, int connections, int mostHeldAtOnce) {
    }

    @Bean
    static BeanPostProcessor statementCountingDataSource(StatementCounter counter) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)
                        ? new CountingDataSource(dataSource, counter) : bean;
            }
        };
    }

    /** The statements the work sent, in order (a commit counts as one). */
    public List<String> statementsOf(Runnable work) {
        return of(work).statements();
    }

    /** The statements the work sent and the connections it used. */
    public Work of(Runnable work) {
        Recording now = new Recording();
        recording.set(now);
        try {
            work.run();
            return new Work(List.copyOf(now.statements), now.connections, now.mostHeld);
        }
        finally {
            recording.remove();
        }
    }

    private void sent(String sql) {
        Recording now = recording.get();
        if (now != null) {
            now.statements.add(sql);
        }
    }

    private void taken() {
        Recording now = recording.get();
        if (now != null) {
            now.connections++;
            now.held++;
            now.mostHeld = Math.max(now.mostHeld, now.held);
        }
    }

    private void returned() {
        Recording now = recording.get();
        if (now != null) {
            now.held--;
        }
    }

    private static final class Recording {

        private final List<String> statements = new ArrayList<>();
        private int connections;
        private int held;
        private int mostHeld;
    }

    private static final class CountingDataSource extends DelegatingDataSource {

        private final StatementCounter counter;

        CountingDataSource(DataSource target, StatementCounter counter) {
            super(target);
            this.counter = counter;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counted(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counted(super.getConnection(username, password));
        }

        private Connection counted(Connection connection) {
            counter.taken();
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, arguments) -> {
                        Object result = invoke(connection, method, arguments);
                        if (method.getName().equals("close")) {
                            counter.returned();
                        }
                        if (method.getName().equals("commit")) {
                            counter.sent("commit");
                        }
                        if (result instanceof Statement statement && method.getName().startsWith("prepare")) {
                            return counted(statement, (String) arguments[0]);
                        }
                        if (result instanceof Statement statement) {
                            return counted(statement, null);
                        }
                        return result;
                    });
        }

        private Statement counted(Statement statement, String preparedSql) {
            List<Class<?>> interfaces = new ArrayList<>();
            for (Class<?> type : new Class<?>[] {java.sql.CallableStatement.class, java.sql.PreparedStatement.class, Statement.class}) {
                if (type.isInstance(statement)) {
                    interfaces.add(type);
                    break;
                }
            }
            return (Statement) Proxy.newProxyInstance(Statement.class.getClassLoader(), interfaces.toArray(Class<?>[]::new),
                    (proxy, method, arguments) -> {
                        if (method.getName().startsWith("execute")) {
                            counter.sent(preparedSql != null ? preparedSql : String.valueOf(arguments == null ? null : arguments[0]));
                        }
                        return invoke(statement, method, arguments);
                    });
        }

        private static Object invoke(Object target, Method method, Object[] arguments) throws Throwable {
            try {
                return method.invoke(target, arguments);
            }
            catch (InvocationTargetException ex) {
                throw ex.getTargetException();
            }
        }
    }
}
