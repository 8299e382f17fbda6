package org.budgetledger.app.bench;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * N ledger servers of a benchmark on one database, on loopback ports from {@code port}: the first
 * creates the schema and the signing key, the others join it once it answers. Each writes its own
 * log beside {@code log} ({@code name.log}, {@code name-2.log} …). Closing stops them all.
 */
final class BenchCluster implements AutoCloseable {
  // A node starts in about 20 s on an idle machine; with seven other builds on the same 2 cores
  // (load average 35) three minutes were not enough.
  private static final Duration START = Duration.ofMinutes(10);
  private final List<BenchServer> servers = new ArrayList<>();

  /** Starts the nodes and waits until each answers a signed-in request. */
  static BenchCluster start(
      int port,
      int nodes,
      Path log,
      List<String> javaOptions,
      List<String> serverArgs,
      HttpClient http,
      String authorization)
      throws Exception {
    log.getParent().toFile().mkdirs();
    // The bench signs in as the demo clerk on a scratch database, which a server on PostgreSQL
    // refuses unless told that this is a trial.
    List<String> args = new ArrayList<>(serverArgs);
    args.add("--ledger.security.allow-demo-passwords=true");
    BenchCluster cluster = new BenchCluster();
    try {
      cluster.servers.add(BenchServer.start(port, log, javaOptions, args));
      cluster.servers.get(0).awaitReady(http, authorization, START);
      String name = log.getFileName().toString().replaceFirst("\\.log$", "");
      for (int n = 1; n < nodes; n++) {
        Path own = log.resolveSibling(name + "-" + (n + 1) + ".log");
        cluster.servers.add(BenchServer.start(port + n, own, javaOptions, args));
      }
      for (BenchServer server : cluster.servers) {
        server.awaitReady(http, authorization, START);
      }
      return cluster;
    } catch (Exception | Error e) {
      cluster.close();
      throw e;
    }
  }

  List<BenchServer> servers() {
    return servers;
  }

  @Override
  public void close() throws InterruptedException {
    for (BenchServer server : servers) {
      server.close();
    }
  }
}
