package org.budgetledger.app.store.upcasting;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.budgetledger.core.budget.api.BudgetOpenedEvent;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Revision 0 of {@link BudgetOpenedEvent} (the pre-release shape) did not record how many decimals
 * of 万元 the department publishes; revision 1 does. Events stored as revision 0 read as revision 1
 * with 6 decimals (exact fen), the ledger's own precision. This is the upcaster path every later
 * change to a released event goes through.
 */
@Component
public class BudgetOpenedEventUpcaster extends SingleEventUpcaster {
  private static final SimpleSerializedType REVISION_0 =
      new SimpleSerializedType(BudgetOpenedEvent.class.getTypeName(), "0");
  private static final SimpleSerializedType REVISION_1 =
      new SimpleSerializedType(BudgetOpenedEvent.class.getTypeName(), "1");

  @Override
  protected boolean canUpcast(IntermediateEventRepresentation representation) {
    return representation.getType().equals(REVISION_0);
  }

  @Override
  protected IntermediateEventRepresentation doUpcast(
      IntermediateEventRepresentation representation) {
    return representation.upcastPayload(
        REVISION_1,
        JsonNode.class,
        node -> {
          ((ObjectNode) node).put("displayDecimals", 6);
          return node;
        });
  }
}
