package org.budgetledger.app.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A ledger server of its own for a benchmark: this jar, run with {@code serve} in a child process
 * on loopback and the given port, on the database the environment names, stopped after the run. Its
 * output goes to a log file, so that the figures stay readable.
 */
final class BenchServer implements AutoCloseable {

  private final Process process;
  private final URI base;

  private BenchServer(Process process, URI base) {
    this.process = process;
    this.base = base;
  }

  static BenchServer start(int port, Path log, List<String> javaOptions, List<String> extraArgs)
      throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>();
    command.add(java);
    // A profiler for the server alone (Flight Recorder), not for the bench that drives it.
    command.addAll(javaOptions);
    command.addAll(
        List.of(
            "-jar",
            System.getProperty("java.class.path"),
            "serve",
            "--server.address=127.0.0.1",
            "--server.port=" + port,
            "--ledger.seeds.import-on-start=false"));
    command.addAll(extraArgs);
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    // Interrupted or killed, the bench must not leave its server running.
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
    return new BenchServer(process, URI.create("http://127.0.0.1:" + port));
  }

  /** Waits until the server answers an authenticated request, or fails after {@code limit}. */
  void awaitReady(HttpClient http, String authorization, Duration limit)
      throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the bench server exited with " + process.exitValue());
      }
      try {
        HttpResponse<Void> answer =
            http.send(
                HttpRequest.newBuilder(base.resolve("/api/audit/public-key"))
                    .header("Authorization", authorization)
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("the bench server did not answer within " + limit);
  }

  /**
   * The CPU time the server process has used so far, in nanoseconds, or -1 where the platform does
   * not tell (the figure a write costs is read from it, wall-clock being noisy on a shared
   * machine).
   */
  long cpuNanos() {
    return process.info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
  }

  URI uri(String path) {
    return base.resolve(path);
  }

  static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
