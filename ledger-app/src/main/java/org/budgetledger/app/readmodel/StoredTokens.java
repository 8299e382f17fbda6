package org.budgetledger.app.readmodel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * The processors' positions as the token store holds them, read without claiming anything. Axon's
 * {@code TokenStore.fetchToken} claims the segment it reads: on a node that does not own the
 * segment it failed (claimed elsewhere) or, worse, took the claim from its owner. This is how one
 * node learns how far another node's segments have come.
 */
@Component
public class StoredTokens {

  /** One segment's row: its position (-1 before the first event) and the node that claims it. */
  public record SegmentToken(int segment, long position, String owner) {}

  private final JdbcTemplate jdbc;
  private final Serializer serializer;

  public StoredTokens(JdbcTemplate jdbc, Serializer serializer) {
    this.jdbc = jdbc;
    this.serializer = serializer;
  }

  /** Every segment of the processor, in segment order; empty before the processor first ran. */
  public List<SegmentToken> of(String processor) {
    return jdbc.query(
        "SELECT segment, token, token_type, owner FROM token_entry WHERE processor_name = ?"
            + " ORDER BY segment",
        (rs, n) ->
            new SegmentToken(
                rs.getInt(1), position(rs.getString(2), rs.getString(3)), rs.getString(4)),
        processor);
  }

  /**
   * Every segment of each of the processors, in one query (a writer waiting for both read models
   * looks at both at once), in segment order; a processor that has not run yet maps to nothing.
   */
  public Map<String, List<SegmentToken>> of(List<String> processors) {
    Map<String, List<SegmentToken>> rows = new HashMap<>();
    if (processors.isEmpty()) {
      return rows;
    }
    jdbc.query(
        "SELECT processor_name, segment, token, token_type, owner FROM token_entry"
            + " WHERE processor_name IN ("
            + String.join(", ", Collections.nCopies(processors.size(), "?"))
            + ") ORDER BY processor_name, segment",
        (RowCallbackHandler)
            rs ->
                rows.computeIfAbsent(rs.getString(1), p -> new ArrayList<>())
                    .add(
                        new SegmentToken(
                            rs.getInt(2),
                            position(rs.getString(3), rs.getString(4)),
                            rs.getString(5))),
        processors.toArray());
    return rows;
  }

  private long position(String token, String type) {
    if (token == null || type == null) {
      return -1;
    }
    TrackingToken tracking =
        serializer.deserialize(new SimpleSerializedObject<>(token, String.class, type, null));
    return ReadModelMonitor.position(tracking);
  }
}
