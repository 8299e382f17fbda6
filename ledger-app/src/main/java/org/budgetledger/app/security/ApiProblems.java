package org.budgetledger.app.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 of the REST API as problem+json, like every other API error, so a client reads one
 * error format. The body is written by hand: these happen in the filter chain, before MVC.
 */
final class ApiProblems {
  private ApiProblems() {}

  static AuthenticationEntryPoint unauthorized() {
    return (request, response, e) -> {
      response.setHeader("WWW-Authenticate", "Basic realm=\"ledger\"");
      write(
          response,
          HttpStatus.UNAUTHORIZED,
          "Sign-in required",
          "this request needs a signed-in user (HTTP Basic)");
    };
  }

  static AccessDeniedHandler forbidden() {
    return (request, response, e) ->
        write(
            response,
            HttpStatus.FORBIDDEN,
            "Forbidden",
            "the role of this user may not "
                + request.getMethod()
                + " "
                + request.getRequestURI()
                + ": writes need 录入 (ENTRY) or 管理员 (ADMIN)");
  }

  private static void write(
      HttpServletResponse response, HttpStatus status, String title, String detail)
      throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\""
                + title
                + "\",\"status\":"
                + status.value()
                + ",\"detail\":\""
                + json(detail)
                + "\"}");
  }

  private static String json(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
