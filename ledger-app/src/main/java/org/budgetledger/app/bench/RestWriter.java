package org.budgetledger.app.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The REST calls of the write benchmark: open a budget, post a 追加 of 1.00 万元. */
final class RestWriter {

  private final HttpClient http;
  private final BenchServer server;
  private final String authorization;

  RestWriter(HttpClient http, BenchServer server, String authorization) {
    this.http = http;
    this.server = server;
    this.authorization = authorization;
  }

  /** Opens a budget of one unit for 2026 and returns its id. */
  String openBudget(String department) throws IOException, InterruptedException {
    String body =
        """
        {"year":2026,"department":"%s","departmentName":"写入基准","format":"DISTRICT",
         "units":[{"code":"%s001","name":"基准单位","type":"行政单位"}],
         "effectiveDate":"2026-01-01",
         "basis":{"document":"2026年部门预算批复","number":"基准〔2026〕1号"}}
        """
            .formatted(department, department);
    String failure = post("/api/budgets", body);
    if (failure != null) {
      throw new IllegalStateException("cannot open the bench budget: " + failure);
    }
    return "2026-" + department;
  }

  /** Posts one 追加; returns null when acknowledged (201), else the status and body. */
  String supplement(String budget, String requestId) {
    String unit = budget.substring("2026-".length()) + "001";
    String body =
        """
        {"requestId":"%s","type":"SUPPLEMENT","effectiveDate":"2026-03-01",
         "basis":{"document":"关于追加办公经费的批复","number":"基准〔2026〕8号"},
         "reason":"写入基准",
         "incomeLegs":[{"unit":"%s","fundSource":"GENERAL_BUDGET","amount":"1.00"}],
         "spendingLegs":[{"unit":"%s","function":"2101501","govEconomic":"50201",
           "deptEconomic":"30201","kind":"BASIC_PUBLIC","fundSource":"GENERAL_BUDGET",
           "amount":"1.00"}]}
        """
            .formatted(requestId, unit, unit);
    try {
      return post("/api/budgets/" + budget + "/entries", body);
    } catch (IOException e) {
      return e.toString();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return e.toString();
    }
  }

  /** Posts a JSON body; returns null when acknowledged (201), else the status and body. */
  String post(String path, String json) throws IOException, InterruptedException {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(server.uri(path))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return answer.statusCode() == 201 ? null : answer.statusCode() + " " + answer.body();
  }
}
