package org.budgetledger.app.web;

import java.util.NoSuchElementException;
import org.budgetledger.app.request.InvalidRequestException;
import org.budgetledger.core.model.InvalidValueException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of the pages as pages: the API's problem+json handler would otherwise answer a browser
 * with JSON. Ordered first, and only for this package's controllers.
 */
@ControllerAdvice(basePackageClasses = WebErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class WebErrors {
  @ExceptionHandler(NoSuchElementException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  ModelAndView notFound(NoSuchElementException e) {
    return page("error.notFound", e.getMessage());
  }

  @ExceptionHandler({InvalidRequestException.class, InvalidValueException.class})
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  ModelAndView invalid(RuntimeException e) {
    return page("error.invalid", e.getMessage());
  }

  private static ModelAndView page(String titleKey, String detail) {
    ModelAndView page = new ModelAndView("problem");
    page.addObject("titleKey", titleKey);
    page.addObject("detail", detail);
    return page;
  }
}
