package org.budgetledger.app.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One ledger node for the cluster test: the application run as a separate JVM ({@code serve}) on a
 * loopback port of its own, against the test's PostgreSQL schema, with a small heap. It is the
 * test's own classpath rather than the packaged jar, so that the test runs where the README's test
 * command runs, before the jar is packaged.
 */
final class ClusterNode implements AutoCloseable {
  static final String MAIN = "org.budgetledger.app.LedgerApplication";

  final String name;
  final int port;
  final Path log;
  private final Process process;
  private volatile boolean killed;

  private ClusterNode(String name, int port, Path log, Process process) {
    this.name = name;
    this.port = port;
    this.log = log;
    this.process = process;
  }

  static ClusterNode start(String name, Path dir, Map<String, String> database) throws IOException {
    int port = freePort();
    Path log = dir.resolve(name + ".log");
    List<String> command = java(dir);
    command.add("serve");
    command.add("--server.address=127.0.0.1");
    command.add("--server.port=" + port);
    command.add("--ledger.seeds.import-on-start=false");
    command.add("--ledger.security.allow-demo-passwords=true");
    command.add("--ledger.audit.checkpoint-interval=PT2S");
    command.add("--logging.level.org.budgetledger.app.cluster=INFO");
    // Three nodes and the other tests share one PostgreSQL's connections (100 by default).
    command.add("--spring.datasource.hikari.maximum-pool-size=6");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    environment(builder.environment(), dir);
    builder.environment().putAll(database);
    Process process = builder.start();
    return new ClusterNode(name, port, log, process);
  }

  /** Runs a command line subcommand (rebuild, verify) to its end; returns its exit code. */
  static int runCli(Path dir, Map<String, String> database, List<String> args, Path log)
      throws Exception {
    List<String> command = java(dir);
    command.addAll(args);
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    environment(builder.environment(), dir);
    builder.environment().putAll(database);
    Process process = builder.start();
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly().waitFor();
      throw new IllegalStateException(args + " did not finish in 3 minutes: " + tail(log));
    }
    return process.exitValue();
  }

  private static List<String> java(Path dir) {
    String java = ProcessHandle.current().info().command().orElse("java");
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return new ArrayList<>(
        List.of(
            java,
            "-Xmx256m",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-Daxoniq.update-checker.disabled=true",
            "-cp",
            classpath,
            MAIN));
  }

  private static void environment(Map<String, String> env, Path dir) {
    env.put("LEDGER_DATA_DIR", dir.toString());
    // One signing key for the cluster: every node signs tree heads of the same log.
    env.put("LEDGER_AUDIT_KEYS_DIR", dir.resolve("keys").toString());
    // Three segments a processor, one for each node once spread.
    env.put("LEDGER_PROCESSOR_SEGMENTS", "3");
  }

  long pid() {
    return process.pid();
  }

  /** False from the moment the test decides to kill it, before the process is gone. */
  boolean alive() {
    return !killed && process.isAlive();
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  /** Waits until the node says it is ready (database and read models), or fails with its log. */
  void awaitReady(HttpClient http, Duration limit) throws Exception {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited: " + tail(log));
      }
      try {
        HttpResponse<Void> answer =
            http.send(
                HttpRequest.newBuilder(uri("/actuator/health/readiness")).build(),
                HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(name + " not ready within " + limit + ": " + tail(log));
  }

  /** kill -9: no shutdown hook, no released claim, connections cut by the operating system. */
  void kill() throws InterruptedException {
    killed = true;
    process.destroyForcibly().waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
