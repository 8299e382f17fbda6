package org.budgetledger.app.api;

import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * The sign-in count a web slice's security needs ({@code security.SignInThrottle} keeps it in the
 * database so that every node of a cluster sees one count): an in-memory H2 database per context,
 * holding the table as the application's own migration creates it, so the slice runs the real
 * throttle rather than a mock of it.
 */
@TestConfiguration(proxyBeanMethods = false)
class SliceSignInStore {
  private static final String MIGRATION = "db/migration/common/V14_20__cluster_shared_failures.sql";

  @Bean
  JdbcTemplate signInStore() {
    DataSource dataSource =
        new DriverManagerDataSource(
            "jdbc:h2:mem:slice-sign-in-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    new ResourceDatabasePopulator(new ClassPathResource(MIGRATION)).execute(dataSource);
    return new JdbcTemplate(dataSource);
  }
}
