package org.budgetledger.app.web;

import org.budgetledger.core.model.Fen;

/** Prints fen as exact 万元 in templates, which may not call static methods. */
public final class FenText {
  public String wan(long fen) {
    return Fen.of(fen).formatWan(6);
  }
}
