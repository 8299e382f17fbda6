package org.budgetledger.app.config;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.budgetledger.app.command.CommandAppends;
import org.budgetledger.app.command.CommandMetrics;
import org.budgetledger.app.command.ConcurrencyRetry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The command gateway, with lost (aggregate, sequence) races retried ({@link ConcurrencyRetry}).
 */
@Configuration(proxyBeanMethods = false)
public class CommandGatewayConfiguration {
  @Bean
  public CommandGateway commandGateway(
      CommandBus commandBus, CommandAppends appends, CommandMetrics metrics) {
    // What each command appended, for its sender's wait for the read models.
    commandBus.registerHandlerInterceptor(appends);
    return DefaultCommandGateway.builder()
        .commandBus(commandBus)
        .retryScheduler(new ConcurrencyRetry(metrics::retried))
        .build();
  }
}
