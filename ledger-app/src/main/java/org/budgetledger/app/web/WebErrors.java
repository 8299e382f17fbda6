package org.budgetledger.app.web;

import java.util.Locale;
import java.util.NoSuchElementException;
import org.budgetledger.app.request.InvalidRequestException;
import org.budgetledger.core.model.InvalidValueException;
import org.budgetledger.projections.tables.document.TableNotPublishedException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors of the pages as pages: the API's problem+json handler would otherwise answer a browser
 * with JSON. Ordered first, and only for this package's controllers. The page speaks the user's
 * language: the exception's own message is English and names internal parameters, so the page says
 * what was not found or which parameter (by its label on the page) could not be read.
 */
@ControllerAdvice(basePackageClasses = WebErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class WebErrors {
  private final MessageSource messages;

  public WebErrors(MessageSource messages) {
    this.messages = messages;
  }

  /** A table the budget's family does not publish: the page says so (本版式不公开此表). */
  @ExceptionHandler(TableNotPublishedException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  ModelAndView notPublished(TableNotPublishedException e) {
    return page("error.notFound", e.getMessage());
  }

  @ExceptionHandler(NoSuchElementException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  ModelAndView notFound(NoSuchElementException e, Locale locale) {
    return page("error.notFound", messages.getMessage("error.notFound.detail", null, locale));
  }

  @ExceptionHandler(InvalidRequestException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  ModelAndView invalidParameter(InvalidRequestException e, Locale locale) {
    String label = messages.getMessage("param." + e.field(), null, "", locale);
    return page(
        "error.invalid",
        label.isEmpty()
            ? messages.getMessage("error.invalid.detail", null, locale)
            : messages.getMessage("error.invalid.parameter", new Object[] {label}, locale));
  }

  @ExceptionHandler(InvalidValueException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  ModelAndView invalid(InvalidValueException e, Locale locale) {
    return page("error.invalid", messages.getMessage("error.invalid.detail", null, locale));
  }

  private static ModelAndView page(String titleKey, String detail) {
    ModelAndView page = new ModelAndView("problem");
    page.addObject("titleKey", titleKey);
    page.addObject("detail", detail);
    return page;
  }
}
