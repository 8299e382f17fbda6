package org.budgetledger.app.adjustment;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** Adjustment files on the embedded default, H2. */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:adjust;DB_CLOSE_DELAY=-1",
      "ledger.seeds.import-on-start=false"
    })
@AutoConfigureMockMvc
class AdjustmentBatchH2Test extends AdjustmentBatchContract {}
