package org.budgetledger.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The budget ledger: REST, web UI and the event store, on the embedded H2 default or PostgreSQL. */
@SpringBootApplication(scanBasePackages = "org.budgetledger")
public class LedgerApplication {
  public static void main(String[] args) {
    SpringApplication.run(LedgerApplication.class, args);
  }
}
