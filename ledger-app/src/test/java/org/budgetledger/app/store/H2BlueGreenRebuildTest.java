package org.budgetledger.app.store;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The blue/green rebuild on the embedded default. Sessions wait up to 30 s for a lock: the tests
 * hold the append lock while a rebuild waits at its switch.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:bluegreen;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000",
      "ledger.seeds.import-on-start=false"
    })
@AutoConfigureMockMvc
class H2BlueGreenRebuildTest extends BlueGreenRebuildContract {}
