package org.budgetledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 item 8: H2's AUTO_SERVER port, through which the command line shares the server's
 * database file, listens on the loopback address only. Each case runs in a JVM of its own, as the
 * ledger does, because H2 reads its bind address once, when its first class loads. The listening
 * socket is read from the kernel's table ({@code /proc/net/tcp}, {@code tcp6}).
 */
class H2LoopbackTest {
  private static final Pattern PORT = Pattern.compile("server=[^\\n]*?:(\\d+)");
  private static final String LISTEN = "0A";

  @Test
  void theDatabasePortOfAnEmbeddedLedgerListensOnLoopbackOnly(@TempDir Path dir) throws Exception {
    List<String> listening = probe(dir.resolve("a"));
    assertThat(listening).isNotEmpty().allMatch(H2LoopbackTest::loopback);
  }

  @Test
  void anAddressGivenOnTheCommandLineIsKept(@TempDir Path dir) throws Exception {
    List<String> listening = probe(dir.resolve("b"), "-Dh2.bindAddress=0.0.0.0");
    assertThat(listening).isNotEmpty().noneMatch(H2LoopbackTest::loopback);
  }

  private static boolean loopback(String hexAddress) {
    return hexAddress.equals("0100007F") // 127.0.0.1
        || hexAddress.equals("0000000000000000FFFF00000100007F") // ::ffff:127.0.0.1
        || hexAddress.equals("00000000000000000000000001000000"); // ::1
  }

  private static List<String> probe(Path dir, String... javaOptions) throws Exception {
    Files.createDirectories(dir);
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(List.of(javaOptions));
    command.addAll(
        List.of(
            "-cp", System.getProperty("java.class.path"), Probe.class.getName(), dir.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output
        .lines()
        .filter(l -> l.startsWith("listening "))
        .map(l -> l.substring(10))
        .toList();
  }

  /** The child: the ledger's start-up defaults, then the ledger's embedded database URL. */
  public static final class Probe {
    public static void main(String[] args) throws Exception {
      LedgerApplication.localOnlyDefaults();
      Path dir = Path.of(args[0]);
      try (Connection connection =
          DriverManager.getConnection(
              "jdbc:h2:file:" + dir.resolve("ledger") + ";AUTO_SERVER=TRUE", "sa", "")) {
        String lock = Files.readString(dir.resolve("ledger.lock.db"), StandardCharsets.ISO_8859_1);
        Matcher m = PORT.matcher(lock);
        if (!m.find()) {
          throw new IllegalStateException("no server port in the lock file: " + lock);
        }
        String port = String.format(Locale.ROOT, "%04X", Integer.parseInt(m.group(1)));
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
          for (String line : lines(Path.of(table))) {
            String[] fields = line.trim().split("\\s+");
            String[] local = fields[1].split(":");
            if (local.length == 2 && local[1].equals(port) && fields[3].equals(LISTEN)) {
              System.out.println("listening " + local[0]);
            }
          }
        }
      }
    }

    private static List<String> lines(Path table) throws IOException {
      return Files.exists(table)
          ? Files.readAllLines(table).subList(1, Files.readAllLines(table).size())
          : List.of();
    }
  }
}
