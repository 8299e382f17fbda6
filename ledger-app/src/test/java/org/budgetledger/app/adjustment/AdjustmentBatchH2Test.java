package org.budgetledger.app.adjustment;

import org.springframework.boot.test.context.SpringBootTest;

/** Adjustment files on the embedded default, H2. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:adjust;DB_CLOSE_DELAY=-1",
    "ledger.seeds.import-on-start=false"})
class AdjustmentBatchH2Test extends AdjustmentBatchContract {}
