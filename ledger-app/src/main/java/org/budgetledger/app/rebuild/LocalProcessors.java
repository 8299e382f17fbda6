package org.budgetledger.app.rebuild;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.budgetledger.app.readmodel.ReadModelMonitor;
import org.springframework.stereotype.Component;

/** This process's read-model processors, started again to claim their segments from new tokens. */
@Component
class LocalProcessors {
  private final EventProcessingConfiguration processing;

  LocalProcessors(EventProcessingConfiguration processing) {
    this.processing = processing;
  }

  /**
   * Stops and starts every running read-model processor of this node: a stop releases its claims
   * and drops what it held in memory, a start claims again and reads the stored tokens. Processors
   * not running here (a command line run without them) stay as they are.
   */
  void restartRunning() {
    for (String name : ReadModelMonitor.PROCESSORS) {
      processing
          .eventProcessor(name, StreamingEventProcessor.class)
          .filter(StreamingEventProcessor::isRunning)
          .ifPresent(
              p -> {
                p.shutDown();
                p.start();
              });
    }
  }
}
