package org.budgetledger.app.web;

import org.budgetledger.app.readmodel.ProcessorStatus;
import org.budgetledger.app.readmodel.ReadModelMonitor;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page says so at the top while a read model has stopped: its tables, balances and
 * reconciliation then leave out every event from the one it stopped at.
 */
@ControllerAdvice(basePackageClasses = ReadModelBanner.class)
public class ReadModelBanner {
  private final ReadModelMonitor monitor;

  public ReadModelBanner(ReadModelMonitor monitor) {
    this.monitor = monitor;
  }

  @ModelAttribute("readModelStopped")
  public String readModelStopped() {
    try {
      return monitor.stopped().map(ProcessorStatus::describe).orElse(null);
    } catch (RuntimeException e) {
      return "the read models' state could not be read: " + e.getMessage();
    }
  }
}
