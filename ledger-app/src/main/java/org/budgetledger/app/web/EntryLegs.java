package org.budgetledger.app.web;

import java.util.List;
import org.budgetledger.core.model.IncomeLeg;
import org.budgetledger.core.model.SpendingLeg;

/** The legs an entry would post, for the preview. */
public record EntryLegs(List<IncomeLeg> income, List<SpendingLeg> spending) {}
