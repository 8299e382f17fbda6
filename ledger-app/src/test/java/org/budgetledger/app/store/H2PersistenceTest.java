package org.budgetledger.app.store;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** The persistence contract on the embedded default, H2. */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:contract;DB_CLOSE_DELAY=-1",
      "ledger.seeds.import-on-start=false",
      "ledger.snapshot-threshold=50"
    })
@AutoConfigureMockMvc
class H2PersistenceTest extends LedgerPersistenceContract {}
