package org.budgetledger.app.api;

import java.util.NoSuchElementException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.budgetledger.app.adjustment.AdjustmentFileException;
import org.budgetledger.app.adjustment.AdjustmentRejectedException;
import org.budgetledger.app.adjustment.FilePlace;
import org.budgetledger.app.command.RuleViolations;
import org.budgetledger.app.request.InvalidRequestException;
import org.budgetledger.core.budget.api.BudgetRuleViolation;
import org.budgetledger.core.model.InvalidValueException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Errors as RFC 9457 problem+json: {@code field} names the request field, {@code rule} the budget
 * rule. A rejected request wrote nothing: commands are all or nothing.
 */
@RestControllerAdvice
public class ProblemHandler {

  @ExceptionHandler(InvalidRequestException.class)
  ProblemDetail invalid(InvalidRequestException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    p.setTitle("Invalid request");
    p.setProperty("field", e.field());
    return p;
  }

  /** A required parameter or multipart part (an import's {@code fileName} or {@code file}). */
  @ExceptionHandler({MissingServletRequestParameterException.class,
      MissingServletRequestPartException.class})
  ProblemDetail missing(Exception e) {
    String field = e instanceof MissingServletRequestParameterException p ? p.getParameterName()
        : ((MissingServletRequestPartException) e).getRequestPartName();
    return invalid(new InvalidRequestException(field, "is required"));
  }

  @ExceptionHandler(AdjustmentFileException.class)
  ProblemDetail invalidFile(AdjustmentFileException e) {
    ProblemDetail p = invalid(e);
    p.setTitle("Invalid adjustment file");
    place(p, e.place());
    return p;
  }

  @ExceptionHandler(AdjustmentRejectedException.class)
  ProblemDetail rejectedFile(AdjustmentRejectedException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
        e.getMessage());
    p.setTitle("Budget rule violated; nothing of the file was recorded");
    p.setProperty("rule", e.rule().name());
    place(p, e.place());
    return p;
  }

  private static void place(ProblemDetail p, FilePlace place) {
    p.setProperty("file", place.file());
    p.setProperty("line", place.line());
    if (place.entry() > 0) {
      p.setProperty("entry", place.entry());
    }
  }

  @ExceptionHandler(InvalidValueException.class)
  ProblemDetail invalidValue(InvalidValueException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    p.setTitle("Invalid value");
    return p;
  }

  @ExceptionHandler(BudgetRuleViolation.class)
  ProblemDetail rule(BudgetRuleViolation e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
        e.getMessage());
    p.setTitle("Budget rule violated");
    p.setProperty("rule", e.rule().name());
    return p;
  }

  @ExceptionHandler(CommandExecutionException.class)
  ProblemDetail command(CommandExecutionException e) {
    return rule(RuleViolations.of(e).orElseThrow(() -> e));
  }

  @ExceptionHandler({AggregateNotFoundException.class, NoSuchElementException.class})
  ProblemDetail notFound(RuntimeException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    p.setTitle("Not found");
    return p;
  }
}
