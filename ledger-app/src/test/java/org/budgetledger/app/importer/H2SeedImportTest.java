package org.budgetledger.app.importer;

import org.springframework.boot.test.context.SpringBootTest;

/** Importing the seeds on the embedded default, H2. */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:seeds;DB_CLOSE_DELAY=-1",
      "ledger.seeds.import-on-start=false"
    })
class H2SeedImportTest extends SeedImportContract {}
