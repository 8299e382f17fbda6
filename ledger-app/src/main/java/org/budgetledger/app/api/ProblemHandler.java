package org.budgetledger.app.api;

import java.util.NoSuchElementException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.budgetledger.app.adjustment.AdjustmentFileException;
import org.budgetledger.app.adjustment.AdjustmentRejectedException;
import org.budgetledger.app.adjustment.FilePlace;
import org.budgetledger.app.command.RuleViolations;
import org.budgetledger.app.readmodel.ReadModelStoppedException;
import org.budgetledger.app.request.InvalidRequestException;
import org.budgetledger.core.budget.api.BudgetRule;
import org.budgetledger.core.budget.api.BudgetRuleViolation;
import org.budgetledger.core.model.InvalidTextException;
import org.budgetledger.core.model.InvalidValueException;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import tools.jackson.core.JacksonException;

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
  @ExceptionHandler({
    MissingServletRequestParameterException.class,
    MissingServletRequestPartException.class
  })
  ProblemDetail missing(Exception e) {
    String field =
        e instanceof MissingServletRequestParameterException p
            ? p.getParameterName()
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
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
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
    if (e instanceof InvalidTextException t) {
      p.setProperty("field", t.field());
    }
    return p;
  }

  /** A body that is not JSON, or not the JSON expected: 400, with Jackson's line and column. */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    Throwable cause = e.getMostSpecificCause();
    String detail =
        cause instanceof JacksonException j
            ? j.getOriginalMessage()
                + (j.getLocation() == null
                    ? ""
                    : " (line "
                        + j.getLocation().getLineNr()
                        + ", column "
                        + j.getLocation().getColumnNr()
                        + ")")
            : "the request body could not be read";
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    p.setTitle("Malformed request body");
    p.setProperty("field", "body");
    return p;
  }

  /** A write refused up front: a read model has stopped, and more entries would widen the gap. */
  @ExceptionHandler(ReadModelStoppedException.class)
  ProblemDetail readModelStopped(ReadModelStoppedException e) {
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    p.setTitle("Read model stopped");
    p.setProperty("processor", e.status().processor());
    p.setProperty("event", e.status().failure().eventIndex());
    return p;
  }

  /**
   * The database cannot be reached (restarting, connection lost): 503 as problem+json. A command is
   * all or nothing, so nothing was recorded; retrying with the same request id is safe.
   */
  @ExceptionHandler({DataAccessException.class, TransactionException.class})
  ProblemDetail database(RuntimeException e) {
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.SERVICE_UNAVAILABLE,
            "the database could not complete the request ("
                + e.getClass().getSimpleName()
                + "); nothing was recorded: retry with the same request id");
    p.setTitle("Database unavailable");
    return p;
  }

  /**
   * Another node wrote to the same budget at the same moment, and this command kept losing the race
   * for the budget's next place (it is retried on the fresh state first, {@code
   * command.ConcurrencyRetry}), or opened a budget another node opened first. Nothing of it was
   * recorded.
   */
  @ExceptionHandler(org.axonframework.modelling.command.ConcurrencyException.class)
  ProblemDetail concurrentWrite(RuntimeException e) {
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.CONFLICT,
            "another write to this budget was recorded first ("
                + e.getClass().getSimpleName()
                + "); nothing was recorded: retry with the same request id");
    p.setTitle("Concurrent write");
    p.setProperty("rule", "CONCURRENT_WRITE");
    return p;
  }

  @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
  ProblemDetail tooLarge(RuntimeException e) {
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.CONTENT_TOO_LARGE,
            "the upload is larger than the server takes (10 MB); nothing was imported");
    p.setTitle("Upload too large");
    return p;
  }

  @ExceptionHandler(BudgetRuleViolation.class)
  ProblemDetail rule(BudgetRuleViolation e) {
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(
            e.rule() == BudgetRule.REQUEST_ID_REUSED
                ? HttpStatus.CONFLICT
                : HttpStatus.UNPROCESSABLE_CONTENT,
            e.getMessage());
    p.setTitle("Budget rule violated");
    p.setProperty("rule", e.rule().name());
    return p;
  }

  @ExceptionHandler(CommandExecutionException.class)
  ProblemDetail command(CommandExecutionException e) {
    var rule = RuleViolations.of(e);
    if (rule.isPresent()) {
      return rule(rule.get());
    }
    for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof DataAccessException
          || t instanceof TransactionException
          || t instanceof java.sql.SQLException
          || t instanceof org.axonframework.common.jdbc.JdbcException) {
        return database(e);
      }
    }
    throw e;
  }

  @ExceptionHandler({AggregateNotFoundException.class, NoSuchElementException.class})
  ProblemDetail notFound(RuntimeException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    p.setTitle("Not found");
    return p;
  }
}
