package org.budgetledger.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.budgetledger.app.store.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three ledger nodes, separate JVMs on loopback ports, on one PostgreSQL schema (issue 14). Six
 * clerks write 追加 at once: three to one shared budget, one through each node, and three to a budget
 * each. A third of the way in, one node is killed with kill -9; its clerks go on through the others
 * with the same request ids. Then: every acknowledged entry is recorded exactly once, every clerk
 * read its own entries back from the node that took them, the dead node's segments were claimed by
 * the others within 10 s, the leg table equals a rebuild from the events, and {@code verify}
 * passes.
 */
class ClusterTest {
  private static final int ENTRIES = 45;

  @TempDir Path dir;

  @Test
  void threeNodesTakeAnyCommandAndSurviveAKilledNode() throws Exception {
    String url = PostgresTestDatabase.freshSchemaUrl("cluster");
    Map<String, String> database =
        Map.of(
            "LEDGER_DB_URL",
            url,
            "LEDGER_DB_USER",
            PostgresTestDatabase.USER,
            "LEDGER_DB_PASSWORD",
            PostgresTestDatabase.PASSWORD,
            "LEDGER_IMPORT_SEEDS",
            "false");
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    List<ClusterNode> nodes = new ArrayList<>();
    try {
      // The first node creates the schema and the signing key; the others join it.
      nodes.add(ClusterNode.start("node1", dir, database));
      nodes.get(0).awaitReady(http, Duration.ofMinutes(4));
      nodes.add(ClusterNode.start("node2", dir, database));
      nodes.add(ClusterNode.start("node3", dir, database));
      nodes.get(1).awaitReady(http, Duration.ofMinutes(4));
      nodes.get(2).awaitReady(http, Duration.ofMinutes(4));

      List<String> budgets = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        budgets.add(open(http, nodes.get(i % 3), "CL" + (char) ('A' + i)));
      }
      awaitSegmentsOnEveryNode(url, nodes);

      AtomicInteger progress = new AtomicInteger();
      ConcurrentLinkedQueue<String> readErrors = new ConcurrentLinkedQueue<>();
      List<ClusterWriter> writers = new ArrayList<>();
      for (int n = 0; n < 3; n++) {
        writers.add(
            new ClusterWriter(
                "shared" + n,
                http,
                nodes,
                n,
                budgets.get(0),
                ENTRIES,
                false,
                progress,
                readErrors));
        writers.add(
            new ClusterWriter(
                "own" + n,
                http,
                nodes,
                n,
                budgets.get(n + 1),
                ENTRIES,
                true,
                progress,
                readErrors));
      }
      ExecutorService pool = Executors.newFixedThreadPool(writers.size());
      List<Future<Void>> running = new ArrayList<>();
      writers.forEach(w -> running.add(pool.submit(w)));

      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
      while (progress.get() < writers.size() * 10 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      ClusterNode victim = nodes.get(2);
      List<Integer> victimSegments = owned(url, victim);
      long killed = System.nanoTime();
      victim.kill();
      Duration takeover = awaitSegmentsLeave(url, victim, nodes);
      System.out.printf(
          "cluster: killed %s (pid %d) holding segments %s after %d entries; its segments were"
              + " claimed by the others in %d ms%n",
          victim.name, victim.pid(), victimSegments, progress.get(), takeover.toMillis());

      // Then a rebuild on another node, while the clerks write and read back.
      int beforeRebuild = progress.get();
      ExecutorService side = Executors.newSingleThreadExecutor();
      Future<HttpResponse<String>> rebuild = side.submit(() -> rebuild(http, nodes.get(1)));

      pool.shutdown();
      for (Future<Void> w : running) {
        w.get(5, TimeUnit.MINUTES);
      }
      report(writers, System.nanoTime() - killed);
      HttpResponse<String> rebuilt = rebuild.get(3, TimeUnit.MINUTES);
      side.shutdown();
      System.out.printf(
          "cluster: rebuild on node2 started after %d entries, answered %d %s%n",
          beforeRebuild, rebuilt.statusCode(), rebuilt.body());
      assertThat(rebuilt.statusCode()).as(rebuilt.body()).isEqualTo(200);
      for (ClusterNode node : nodes.subList(0, 2)) {
        assertThat(get(http, node, "/api/read-models").body())
            .as("the version %s serves after the rebuild", node.name)
            .contains("\"version\":2");
      }

      List<String> problems = new ArrayList<>();
      writers.forEach(w -> problems.addAll(w.problems));
      assertThat(problems).as("writes refused or read back wrong").isEmpty();
      assertThat(readErrors).as("reads that failed on a live node").isEmpty();
      assertThat(victimSegments).as("segments of the killed node").isNotEmpty();
      assertThat(takeover).isLessThan(Duration.ofSeconds(10));

      int shared = writers.stream().filter(w -> !w.alone()).mapToInt(w -> w.acknowledged).sum();
      assertThat(shared).isEqualTo(3 * ENTRIES);
      assertRecordedOnce(url, http, nodes.get(0), budgets.get(0), shared);
      for (int n = 0; n < 3; n++) {
        assertThat(writers.get(2 * n + 1).acknowledged).isEqualTo(ENTRIES);
        assertRecordedOnce(url, http, nodes.get(0), budgets.get(n + 1), ENTRIES);
      }

      awaitCheckpointOfWholeLog(url);
      for (ClusterNode node : nodes.subList(0, 2)) {
        assertHealthAndMetrics(http, node);
      }

      for (ClusterNode node : nodes) {
        node.close();
      }
      String projected = legDigest(url);
      assertThat(ClusterNode.runCli(dir, database, List.of("rebuild"), dir.resolve("rebuild.log")))
          .as(ClusterNode.tail(dir.resolve("rebuild.log")))
          .isZero();
      assertThat(legDigest(url))
          .as("the leg table against a rebuild from the events")
          .isEqualTo(projected);
      assertThat(ClusterNode.runCli(dir, database, List.of("verify"), dir.resolve("verify.log")))
          .as(ClusterNode.tail(dir.resolve("verify.log")))
          .isZero();
    } finally {
      for (ClusterNode node : nodes) {
        node.close();
      }
      keepLogs();
    }
  }

  /** The nodes' logs outlive the temporary directory, under target/, to read after a failure. */
  private void keepLogs() throws java.io.IOException {
    Path kept = Path.of("target", "cluster-test-logs");
    java.nio.file.Files.createDirectories(kept);
    try (var logs = java.nio.file.Files.newDirectoryStream(dir, "*.log")) {
      for (Path log : logs) {
        java.nio.file.Files.copy(
            log,
            kept.resolve(log.getFileName()),
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  /**
   * The nodes' schedules each fire every 2 s and one signs at a time: within 30 s of the last write
   * a checkpoint covers the whole log (none lost with the killed node), and no tree size is signed
   * twice (none doubled).
   */
  private static void awaitCheckpointOfWholeLog(String url) throws Exception {
    long events = count(url, "SELECT COUNT(*) FROM domain_event_entry");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (count(url, "SELECT COALESCE(MAX(tree_size), 0) FROM audit_checkpoint") < events) {
      assertThat(System.nanoTime())
          .as("a checkpoint of all %d events", events)
          .isLessThan(deadline);
      Thread.sleep(200);
    }
    assertThat(count(url, "SELECT COUNT(*) - COUNT(DISTINCT tree_size) FROM audit_checkpoint"))
        .as("tree sizes signed twice")
        .isZero();
  }

  /**
   * A survivor is ready, names in its health which node processes each segment, and counts its
   * commands and the read models' lag in its metrics.
   */
  private static void assertHealthAndMetrics(HttpClient http, ClusterNode node) throws Exception {
    HttpResponse<String> health = get(http, node, "/actuator/health");
    assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
    assertThat(health.body())
        .contains("ledger-entries.segments", "budget-facts.segments", "readModelVersion");
    assertThat(get(http, node, "/actuator/health/readiness").statusCode()).isEqualTo(200);
    HttpResponse<String> committed =
        get(http, node, "/actuator/metrics/ledger.commands?tag=outcome:committed");
    assertThat(committed.statusCode()).as(committed.body()).isEqualTo(200);
    assertThat(committed.body()).contains("\"statistic\":\"COUNT\"");
    // At rest each segment's stored position reaches the head within a claim extension or two.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    String lag;
    do {
      Thread.sleep(200);
      lag =
          get(http, node, "/actuator/metrics/ledger.processor.lag?tag=processor:ledger-entries")
              .body();
    } while (!lag.contains("\"value\":0.0") && System.nanoTime() < deadline);
    assertThat(lag).as("at rest, the entries' lag").contains("\"value\":0.0");
    HttpResponse<String> retries = get(http, node, "/actuator/metrics/ledger.commands.retries");
    System.out.printf(
        "cluster: %s committed %s, retries %s%n", node.name, committed.body(), retries.body());
  }

  private static HttpResponse<String> rebuild(HttpClient http, ClusterNode node) throws Exception {
    String admin =
        "Basic " + java.util.Base64.getEncoder().encodeToString("admin:admin-demo-2026".getBytes());
    return http.send(
        HttpRequest.newBuilder(node.uri("/api/read-models/rebuild"))
            .header("Authorization", admin)
            .POST(HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(HttpClient http, ClusterNode node, String path)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(node.uri(path))
            .header("Authorization", ClusterWriter.AUTHORIZATION)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String open(HttpClient http, ClusterNode node, String department)
      throws Exception {
    String body =
        """
        {"year":2026,"department":"%s","departmentName":"集群测试","format":"DISTRICT",
         "units":[{"code":"%s001","name":"集群单位","type":"行政单位"}],
         "effectiveDate":"2026-01-01",
         "basis":{"document":"2026年部门预算批复","number":"集群〔2026〕1号"}}
        """
            .formatted(department, department);
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(node.uri("/api/budgets"))
                .header("Authorization", ClusterWriter.AUTHORIZATION)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
    return "2026-" + department;
  }

  /** Every acknowledged entry is one event, its legs projected once, the total exact. */
  private static void assertRecordedOnce(
      String url, HttpClient http, ClusterNode reader, String budget, int acknowledged)
      throws Exception {
    assertThat(
            count(
                url,
                "SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ?"
                    + " AND payload_type LIKE '%EntryRecordedEvent'",
                budget))
        .as("entries recorded in %s", budget)
        .isEqualTo(acknowledged);
    assertThat(
            count(
                url,
                "SELECT COUNT(DISTINCT entry_id) FROM ledger_entry_leg WHERE budget_id = ?",
                budget))
        .as("entries projected in %s", budget)
        .isEqualTo(acknowledged);
    HttpResponse<String> balances =
        http.send(
            HttpRequest.newBuilder(reader.uri("/api/budgets/" + budget + "/balances?groupBy=unit"))
                .header("Authorization", ClusterWriter.AUTHORIZATION)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(ClusterWriter.sum(balances.body()))
        .isEqualTo(acknowledged * ClusterWriter.ENTRY_FEN);
  }

  /** Waits (at most a minute) until each node processes a segment of each read model. */
  private static void awaitSegmentsOnEveryNode(String url, List<ClusterNode> nodes)
      throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (true) {
      boolean spread = true;
      for (ClusterNode node : nodes) {
        spread &=
            count(
                    url,
                    "SELECT COUNT(DISTINCT processor_name) FROM token_entry WHERE owner LIKE ?",
                    node.pid() + "@%")
                == 2;
      }
      if (spread) {
        return;
      }
      assertThat(System.nanoTime()).as("segments spread over the three nodes").isLessThan(deadline);
      Thread.sleep(200);
    }
  }

  /** How long until no segment is claimed by the dead node and every one by a live node. */
  private static Duration awaitSegmentsLeave(String url, ClusterNode dead, List<ClusterNode> nodes)
      throws Exception {
    long start = System.nanoTime();
    long deadline = start + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      long live = 0;
      for (ClusterNode node : nodes) {
        if (node != dead) {
          live +=
              count(url, "SELECT COUNT(*) FROM token_entry WHERE owner LIKE ?", node.pid() + "@%");
        }
      }
      if (live == count(url, "SELECT COUNT(*) FROM token_entry")) {
        return Duration.ofNanos(System.nanoTime() - start);
      }
      Thread.sleep(50);
    }
    return Duration.ofSeconds(60);
  }

  private static List<Integer> owned(String url, ClusterNode node) throws Exception {
    List<Integer> segments = new ArrayList<>();
    try (Connection c = connect(url);
        PreparedStatement s =
            c.prepareStatement("SELECT segment FROM token_entry WHERE owner LIKE ? ORDER BY 1")) {
      s.setString(1, node.pid() + "@%");
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          segments.add(rs.getInt(1));
        }
      }
    }
    return segments;
  }

  /** The leg table in a few characters: its rows, and a hash of every row's defining columns. */
  private static String legDigest(String url) throws Exception {
    try (Connection c = connect(url);
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT COUNT(*) || ' rows, ' || COALESCE(md5(string_agg(event_id || '/' ||"
                        + " leg_no || '/' || global_index || '/' || budget_id || '/' || entry_id"
                        + " || '/' || side || '/' || unit_code || '/' || COALESCE(function_code,"
                        + " '') || '/' || fund_source || '/' || amount_fen || '/' ||"
                        + " recorded_at, ',' ORDER BY event_id, leg_no)), '') FROM"
                        + " ledger_entry_leg")) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static long count(String url, String sql, Object... args) throws Exception {
    try (Connection c = connect(url);
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static Connection connect(String url) throws Exception {
    return DriverManager.getConnection(
        url, PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD);
  }

  private static void report(List<ClusterWriter> writers, long sinceKillNanos) {
    List<Long> all = new ArrayList<>();
    writers.forEach(w -> all.addAll(w.latenciesNanos));
    all.sort(null);
    int resent = writers.stream().mapToInt(w -> w.resent).sum();
    System.out.printf(
        "cluster: %d entries acknowledged, write p50 %.1f ms, p99 %.1f ms, max %.1f ms; %d"
            + " requests sent again to another node; writers done %d ms after the kill%n",
        all.size(),
        all.get(all.size() / 2) / 1e6,
        all.get(Math.min(all.size() - 1, (int) Math.ceil(all.size() * 0.99) - 1)) / 1e6,
        all.get(all.size() - 1) / 1e6,
        resent,
        sinceKillNanos / 1_000_000);
  }
}
