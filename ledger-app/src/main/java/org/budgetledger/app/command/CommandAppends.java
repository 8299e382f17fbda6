package org.budgetledger.app.command;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.budgetledger.app.store.AppendedEvents;
import org.springframework.stereotype.Component;

/**
 * Hands a command's sender what its handling appended, once committed: the freshness wait then
 * waits for those events only. Only commands whose sender asked ({@link #expect}) are kept, so that
 * commands sent by others (imports, benches) leave nothing behind. A command retried after a lost
 * race is the same message: the attempt that committed is the one recorded.
 */
@Component
public class CommandAppends implements MessageHandlerInterceptor<CommandMessage<?>> {

  private final Map<String, AtomicReference<AppendedEvents>> expected = new ConcurrentHashMap<>();

  @Override
  public Object handle(
      UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
      throws Exception {
    AtomicReference<AppendedEvents> slot = expected.get(unitOfWork.getMessage().getIdentifier());
    if (slot != null) {
      unitOfWork.afterCommit(u -> AppendedEvents.of(u).ifPresent(slot::set));
    }
    return interceptorChain.proceed();
  }

  /** Starts keeping what the command with this message id appends. */
  void expect(String messageId) {
    expected.put(messageId, new AtomicReference<>());
  }

  /** What the command appended (empty when it appended nothing), and forgets it. */
  Optional<AppendedEvents> take(String messageId) {
    AtomicReference<AppendedEvents> slot = expected.remove(messageId);
    return slot == null ? Optional.empty() : Optional.ofNullable(slot.get());
  }
}
