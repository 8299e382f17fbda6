package org.budgetledger.app.audit.trail;

import org.budgetledger.app.audit.chain.HashedEvent;

/**
 * An event as COPY read it, with the hash row joined to it: {@code hashedEventIdentifier} is the
 * event identifier that hash row names, {@code null} when there is none; {@link PairedRows} checks
 * that the two agree.
 */
record CopiedRow(HashedEvent hashed, String hashedEventIdentifier) {}
