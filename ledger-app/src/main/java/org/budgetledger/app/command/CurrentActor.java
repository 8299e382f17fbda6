package org.budgetledger.app.command;

import org.budgetledger.core.model.Actor;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who is asking: the signed-in user during a web or REST request, else (the command line tool, no
 * request at all) the named local operator. A request without a signed-in user is refused rather
 * than written under the OS user's name: every event must name the person who caused it.
 */
@Component
public class CurrentActor {
  public Actor get() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
      return Actor.of(auth.getName());
    }
    if (RequestContextHolder.getRequestAttributes() != null) {
      throw new IllegalStateException("a web request without a signed-in user tried to write");
    }
    String user = System.getProperty("ledger.actor", System.getenv().getOrDefault("USER", "local"));
    return Actor.of(user == null || user.isBlank() ? "local" : user);
  }
}
