package org.budgetledger.app.rebuild;

import java.time.Instant;
import org.budgetledger.projections.slot.ReadModelSlot;

/**
 * The read models every node serves: the live slot, the number of switches so far (1 before the
 * first rebuild), and when the last switch committed (null before it).
 */
public record ReadModelVersion(ReadModelSlot live, int version, Instant switchedAt) {}
