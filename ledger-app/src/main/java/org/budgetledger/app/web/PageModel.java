package org.budgetledger.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.budgetledger.app.security.LedgerRole;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page's frame shows: who is signed in, in which role, whether they may write (to show
 * or hide the 录入 links; the server refuses writes regardless), and the same page in the other
 * language.
 */
@ControllerAdvice(basePackageClasses = PageModel.class)
public class PageModel {
  private final Clock clock;

  /** The app's clock; a test slice without one (the REST controllers' slices) gets the system's. */
  public PageModel(ObjectProvider<Clock> clock) {
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  /** The moment the page is made, Beijing time: what "latest" means on this page. */
  @ModelAttribute("nowText")
  public String nowText() {
    return Point.shown(clock.instant());
  }

  @ModelAttribute("userName")
  public String userName(Authentication auth) {
    return auth == null ? null : auth.getName();
  }

  @ModelAttribute("role")
  public String role(Authentication auth) {
    if (auth == null) {
      return null;
    }
    for (LedgerRole role : LedgerRole.values()) {
      if (auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()))) {
        return role.name();
      }
    }
    return null;
  }

  @ModelAttribute("canWrite")
  public boolean canWrite(Authentication auth) {
    String role = role(auth);
    return role != null && LedgerRole.valueOf(role).canWrite();
  }

  @ModelAttribute("chineseHref")
  public String chineseHref(HttpServletRequest request) {
    return withLang(request, "zh_CN");
  }

  @ModelAttribute("englishHref")
  public String englishHref(HttpServletRequest request) {
    return withLang(request, "en");
  }

  private static String withLang(HttpServletRequest request, String lang) {
    if (!"GET".equals(request.getMethod())) {
      return "?lang=" + lang;
    }
    String query = request.getQueryString();
    return UriComponentsBuilder.fromPath(request.getRequestURI())
        .query(query)
        .replaceQueryParam("lang", lang)
        .build()
        .toUriString();
  }
}
