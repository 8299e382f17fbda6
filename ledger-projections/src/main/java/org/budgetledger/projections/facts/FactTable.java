package org.budgetledger.projections.facts;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.budgetledger.core.budget.api.BudgetEvent;
import org.budgetledger.projections.entries.PointInTime;
import org.budgetledger.projections.slot.LiveSlotReader;
import org.budgetledger.projections.slot.ReadModelSlot;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fact table: one row per non-money event, its payload as JSON; written into the live slot's
 * table ({@link ReadModelSlot}), read from the live slot's table by {@link LiveSlotReader}.
 */
@Repository
public class FactTable {
  private final JdbcTemplate jdbc;
  private final JsonMapper json;
  private final LiveSlotReader live;

  public FactTable(JdbcTemplate jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
    this.live = new LiveSlotReader(jdbc);
  }

  void replace(String eventId, long globalIndex, BudgetEvent event, Instant recordedAt) {
    replaceAll(
        ReadModelSlot.live(jdbc).factTable(),
        List.of(row(eventId, globalIndex, event, recordedAt)));
  }

  /** Replaces the rows of these events in a named slot table: replaying one twice keeps one. */
  public void replaceAll(String table, List<FactRow> rows) {
    for (int i = 0; i < rows.size(); i += 500) {
      List<FactRow> chunk = rows.subList(i, Math.min(rows.size(), i + 500));
      jdbc.update(
          "DELETE FROM "
              + table
              + " WHERE event_id IN ("
              + String.join(",", Collections.nCopies(chunk.size(), "?"))
              + ")",
          chunk.stream().map(FactRow::eventId).toArray());
    }
    insertAll(table, rows);
  }

  /**
   * The row of one event: the one place it is built, so the projector and the bulk rebuild cannot
   * differ.
   */
  public FactRow row(String eventId, long globalIndex, BudgetEvent event, Instant recordedAt) {
    return new FactRow(
        eventId,
        globalIndex,
        event.budgetId().toString(),
        event.getClass().getSimpleName(),
        event.effectiveDate(),
        recordedAt,
        event.actor().value(),
        json.writeValueAsString(event));
  }

  /**
   * Inserts rows without deleting first: for a table known to hold none of these events, as after a
   * reset, in one JDBC batch.
   */
  public void insertAll(String table, List<FactRow> rows) {
    jdbc.batchUpdate(
        "INSERT INTO "
            + table
            + " (event_id, global_index, budget_id, fact_type,"
            + " effective_date, recorded_at, actor, payload) VALUES (?,?,?,?,?,?,?,?)",
        rows,
        5000,
        (ps, r) -> {
          ps.setString(1, r.eventId());
          ps.setLong(2, r.globalIndex());
          ps.setString(3, r.budgetId());
          ps.setString(4, r.factType());
          ps.setDate(5, Date.valueOf(r.effectiveDate()));
          ps.setTimestamp(6, Timestamp.from(r.recordedAt()));
          ps.setString(7, r.actor());
          ps.setString(8, r.payloadJson());
        });
  }

  void deleteAll() {
    jdbc.update("DELETE FROM " + ReadModelSlot.live(jdbc).factTable());
  }

  /** The facts of one type for a budget at a point in time, oldest first. */
  public <T extends BudgetEvent> List<T> facts(String budgetId, Class<T> type, PointInTime at) {
    return facts(budgetId, at, List.of(type)).stream().map(type::cast).toList();
  }

  /**
   * The facts of the given types for a budget at a point in time, oldest first, in one query: a
   * budget view needs seven kinds of fact on every table, trace and page.
   */
  public List<BudgetEvent> facts(
      String budgetId, PointInTime at, List<Class<? extends BudgetEvent>> types) {
    Map<String, Class<? extends BudgetEvent>> byName = new HashMap<>();
    types.forEach(t -> byName.put(t.getSimpleName(), t));
    List<Object> args = new ArrayList<>(List.of(budgetId));
    args.addAll(byName.keySet());
    StringBuilder where =
        new StringBuilder(
            " WHERE budget_id = ? AND fact_type IN ("
                + String.join(",", Collections.nCopies(byName.size(), "?"))
                + ")");
    if (at.asOf() != null) {
      where.append(" AND recorded_at <= ?");
      args.add(Timestamp.from(at.asOf()));
    }
    if (at.effective() != null) {
      where.append(" AND effective_date <= ?");
      args.add(Date.valueOf(at.effective()));
    }
    return live.read(
        slot ->
            jdbc.query(
                "SELECT fact_type, payload FROM "
                    + slot.factTable()
                    + where
                    + " ORDER BY global_index",
                (rs, n) -> json.readValue(rs.getString(2), byName.get(rs.getString(1))),
                args.toArray()));
  }

  /**
   * Every fact of one type on a budget with the time the ledger recorded it, oldest first: for a
   * question about a fact's own fields (which import brought a document) without matching text
   * inside the stored JSON.
   */
  public <T extends BudgetEvent> List<RecordedFact<T>> recorded(String budgetId, Class<T> type) {
    return live.read(
        slot ->
            jdbc.query(
                "SELECT payload, recorded_at FROM "
                    + slot.factTable()
                    + " WHERE budget_id = ? AND fact_type = ? ORDER BY global_index",
                (rs, n) ->
                    new RecordedFact<>(
                        json.readValue(rs.getString(1), type), rs.getTimestamp(2).toInstant()),
                budgetId,
                type.getSimpleName()));
  }

  /** The ids of every budget ever opened, in order. */
  public List<String> budgetIds() {
    return live.read(
        slot ->
            jdbc.queryForList(
                "SELECT budget_id FROM "
                    + slot.factTable()
                    + " WHERE fact_type = 'BudgetOpenedEvent' ORDER BY budget_id",
                String.class));
  }

  /** The recorded time of the last event of any kind on a budget (entries included). */
  public Instant lastChange(String budgetId) {
    Timestamp t =
        live.read(
            slot ->
                jdbc.queryForObject(
                    "SELECT MAX(recorded_at) FROM (SELECT recorded_at FROM "
                        + slot.factTable()
                        + " WHERE budget_id = ? UNION ALL SELECT recorded_at FROM "
                        + slot.legTable()
                        + " WHERE budget_id = ?) t",
                    Timestamp.class,
                    budgetId,
                    budgetId));
    return t == null ? null : t.toInstant();
  }
}
