package org.budgetledger.app.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The sign-in page, and the page of a refused request (403), which says why in words. */
@Controller
public class SignInController {
  @GetMapping("/login")
  public String login() {
    return "login";
  }

  /** Reached by a forward from Spring Security, with the refused request's own method. */
  @RequestMapping("/denied")
  public String denied(jakarta.servlet.http.HttpServletResponse response) {
    response.setStatus(403);
    return "denied";
  }
}
