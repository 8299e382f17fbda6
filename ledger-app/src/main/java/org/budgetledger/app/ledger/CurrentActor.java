package org.budgetledger.app.ledger;

import org.budgetledger.core.model.Actor;
import org.springframework.stereotype.Component;

/** Who is asking: the signed-in user when there is one, else the named local operator. */
@Component
public class CurrentActor {
  public Actor get() {
    String user = System.getProperty("ledger.actor", System.getenv().getOrDefault("USER", "local"));
    return Actor.of(user == null || user.isBlank() ? "local" : user);
  }
}
