package org.budgetledger.app.web;

import org.budgetledger.app.readmodel.ProcessorStatus;
import org.budgetledger.app.readmodel.ReadModelMonitor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page says so at the top while a read model has stopped: its tables, balances and
 * reconciliation then leave out every event from the one it stopped at.
 */
@ControllerAdvice(basePackageClasses = ReadModelBanner.class)
public class ReadModelBanner {
  private final ObjectProvider<ReadModelMonitor> monitor;

  // A provider: slice tests of single controllers run without the read models.
  public ReadModelBanner(ObjectProvider<ReadModelMonitor> monitor) {
    this.monitor = monitor;
  }

  @ModelAttribute("readModelStopped")
  public String readModelStopped() {
    try {
      ReadModelMonitor m = monitor.getIfAvailable();
      return m == null ? null : m.stopped().map(ProcessorStatus::describe).orElse(null);
    } catch (RuntimeException e) {
      return "the read models' state could not be read: " + e.getMessage();
    }
  }
}
