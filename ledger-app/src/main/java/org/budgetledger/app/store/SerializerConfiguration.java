package org.budgetledger.app.store;

import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * Axon's Jackson 3 serializer refuses every polymorphic type by default, which breaks the replay
 * token ({@code ReplayToken} types its nested token by class name). Only Axon's and the ledger's
 * own classes may be named in stored JSON.
 */
@Configuration(proxyBeanMethods = false)
public class SerializerConfiguration {
  @Bean
  public Jackson3SerializerCustomizer trustedTypesOnly() {
    return builder ->
        builder.polymorphicTypeValidator(
            BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("org.axonframework.")
                .allowIfSubType("org.budgetledger.")
                .build());
  }
}
