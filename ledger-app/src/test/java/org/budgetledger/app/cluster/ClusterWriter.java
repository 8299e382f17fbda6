package org.budgetledger.app.cluster;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clerk's client in the cluster test: posts 追加 of 1.00 万元 to one budget through its home node,
 * one after another, each with its own request id. When a node does not answer (killed) or answers
 * 5xx or 409, it sends the same request, same id, to the next live node, as a client behind a load
 * balancer would. After each acknowledged entry it reads the budget's balance back from the node
 * that acknowledged it (read-your-writes, whichever node projects).
 */
final class ClusterWriter implements Callable<Void> {
  static final long ENTRY_FEN = 1_000_000;
  static final String AUTHORIZATION =
      "Basic " + Base64.getEncoder().encodeToString("luru:luru-demo-2026".getBytes());
  private static final Pattern AMOUNT = Pattern.compile("\"amount\":(-?\\d+)");
  private static final int ATTEMPTS = 8;

  final String name;
  final String budget;
  final List<Long> latenciesNanos = new ArrayList<>();
  final List<String> problems = new ArrayList<>();

  int acknowledged;
  int resent;

  private final HttpClient http;
  private final List<ClusterNode> nodes;
  private final int home;
  private final int entries;
  private final boolean alone;
  private final AtomicInteger progress;
  private final ConcurrentLinkedQueue<String> readErrors;

  ClusterWriter(
      String name,
      HttpClient http,
      List<ClusterNode> nodes,
      int home,
      String budget,
      int entries,
      boolean alone,
      AtomicInteger progress,
      ConcurrentLinkedQueue<String> readErrors) {
    this.name = name;
    this.http = http;
    this.nodes = nodes;
    this.home = home;
    this.budget = budget;
    this.entries = entries;
    this.alone = alone;
    this.progress = progress;
    this.readErrors = readErrors;
  }

  boolean alone() {
    return alone;
  }

  @Override
  public Void call() throws Exception {
    for (int i = 0; i < entries; i++) {
      String requestId = name + "-" + i;
      long started = System.nanoTime();
      ClusterNode acknowledgedBy = post(requestId);
      if (acknowledgedBy == null) {
        continue;
      }
      latenciesNanos.add(System.nanoTime() - started);
      acknowledged++;
      progress.incrementAndGet();
      readBack(acknowledgedBy);
    }
    return null;
  }

  /** The node that acknowledged the entry, or null (recorded as a problem) when none did. */
  private ClusterNode post(String requestId) throws InterruptedException {
    String last = "no live node";
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      ClusterNode node = nodes.get((home + attempt) % nodes.size());
      if (!node.alive()) {
        continue;
      }
      try {
        HttpResponse<String> answer =
            http.send(
                HttpRequest.newBuilder(node.uri("/api/budgets/" + budget + "/entries"))
                    .header("Authorization", AUTHORIZATION)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body(requestId)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 201) {
          return node;
        }
        last = node.name + " answered " + answer.statusCode() + " " + answer.body();
        if (answer.statusCode() < 500 && answer.statusCode() != 409) {
          break; // refused for what it is: sending it again would not change that
        }
      } catch (IOException e) {
        last = node.name + ": " + e;
      }
      resent++;
      Thread.sleep(50);
    }
    problems.add(requestId + ": " + last);
    return null;
  }

  private void readBack(ClusterNode node) throws InterruptedException {
    try {
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(node.uri("/api/budgets/" + budget + "/balances?groupBy=unit"))
                  .header("Authorization", AUTHORIZATION)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        readErrors.add(name + " read on " + node.name + ": " + answer.statusCode());
        return;
      }
      long fen = sum(answer.body());
      long own = acknowledged * ENTRY_FEN;
      // Alone on its budget the balance is exactly this writer's entries; shared, at least them.
      if (alone ? fen != own : fen < own) {
        String late =
            name + " read " + fen + " fen on " + node.name + " after its entries of " + own;
        problems.add(late);
      }
    } catch (IOException e) {
      if (node.alive()) {
        readErrors.add(name + " read on " + node.name + ": " + e);
      }
    }
  }

  static long sum(String balances) {
    long sum = 0;
    for (Matcher m = AMOUNT.matcher(balances); m.find(); ) {
      sum += Long.parseLong(m.group(1));
    }
    return sum;
  }

  private String body(String requestId) {
    String unit = budget.substring("2026-".length()) + "001";
    return """
        {"requestId":"%s","type":"SUPPLEMENT","effectiveDate":"2026-03-01",
         "basis":{"document":"关于追加办公经费的批复","number":"集群〔2026〕8号"},
         "reason":"集群测试",
         "incomeLegs":[{"unit":"%s","fundSource":"GENERAL_BUDGET","amount":"1.00"}],
         "spendingLegs":[{"unit":"%s","function":"2101501","govEconomic":"50201",
           "deptEconomic":"30201","kind":"BASIC_PUBLIC","fundSource":"GENERAL_BUDGET",
           "amount":"1.00"}]}
        """
        .formatted(requestId, unit, unit);
  }
}
