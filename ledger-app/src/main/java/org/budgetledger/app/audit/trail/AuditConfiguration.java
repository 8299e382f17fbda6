package org.budgetledger.app.audit.trail;

import java.nio.file.Path;
import org.budgetledger.app.audit.checkpoint.LedgerKeys;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The ledger's checkpoint signing key, created on first start in {@code ledger.audit.keys-dir}
 * (default {@code ${LEDGER_DATA_DIR:./data}/keys}); its public half is written beside it as PEM for
 * auditors, and served at {@code GET /api/audit/public-key}.
 */
@Configuration(proxyBeanMethods = false)
public class AuditConfiguration {

  @Bean
  public LedgerKeys ledgerKeys(
      @Value("${ledger.audit.keys-dir:${LEDGER_DATA_DIR:./data}/keys}") Path directory) {
    return LedgerKeys.loadOrCreate(directory);
  }
}
