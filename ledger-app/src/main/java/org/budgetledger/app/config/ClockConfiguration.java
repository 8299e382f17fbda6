package org.budgetledger.app.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the application; the domain and projections never read the wall clock. */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {
  @Bean
  public Clock clock() {
    return Clock.systemDefaultZone();
  }
}
