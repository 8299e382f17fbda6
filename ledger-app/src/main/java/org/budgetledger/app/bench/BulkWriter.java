package org.budgetledger.app.bench;

import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Sends commands through Axon into the event store, many per transaction: the commands' units of
 * work nest in one root unit of work bound to one transaction, as for an adjustment file. One
 * command per transaction spends most of its time on the commit and on loading the aggregate again;
 * in one root unit of work the aggregate is loaded once (the repository keeps it in the root), and
 * the events are appended in one JDBC batch at the root's commit. Different threads write different
 * budgets, so they never wait on an aggregate lock.
 */
final class BulkWriter {
  private final CommandGateway gateway;
  private final TransactionManager transactions;

  BulkWriter(CommandGateway gateway, TransactionManager transactions) {
    this.gateway = gateway;
    this.transactions = transactions;
  }

  void sendInOneTransaction(List<Object> commands) {
    UnitOfWork<?> root = DefaultUnitOfWork.startAndGet(null);
    root.attachTransaction(transactions);
    try {
      for (Object command : commands) {
        gateway.sendAndWait(command);
      }
    } catch (RuntimeException | Error e) {
      root.rollback(e);
      throw e;
    }
    root.commit();
  }
}
