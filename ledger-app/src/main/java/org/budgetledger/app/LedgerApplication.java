package org.budgetledger.app;

import java.util.Arrays;
import org.budgetledger.app.cli.LedgerCli;
import org.budgetledger.app.cli.PdfBenchmarkCommand;
import org.budgetledger.app.cli.PdfTablesCommand;
import org.budgetledger.app.cli.VerifyOfflineCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;

/**
 * The budget ledger. {@code serve} (the default) starts REST and the web UI; any other first
 * argument runs that command of the command line tool against the same database and exits.
 */
@SpringBootApplication(scanBasePackages = "org.budgetledger")
public class LedgerApplication {
  public static void main(String[] args) {
    localOnlyDefaults();
    if (args.length == 0 || args[0].equals("serve")) {
      String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
      SpringApplication.run(LedgerApplication.class, rest);
      return;
    }
    if (args[0].equals("verify-offline")) {
      // An auditor's check needs no database: no Spring context, nothing opened but the two files.
      System.exit(
          new CommandLine(new VerifyOfflineCommand())
              .execute(Arrays.copyOfRange(args, 1, args.length)));
    }
    if (args[0].equals("pdf-tables") || args[0].equals("bench-pdf")) {
      // Reading a PDF needs no ledger: the reader runs without the application.
      Object command =
          args[0].equals("pdf-tables") ? new PdfTablesCommand() : new PdfBenchmarkCommand();
      System.exit(new CommandLine(command).execute(Arrays.copyOfRange(args, 1, args.length)));
    }
    SpringApplication app = new SpringApplication(LedgerApplication.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    int exit;
    // Console logs go to standard output, where `export --format csv > file` writes its data:
    // a command line run logs errors only (command-line properties outrank application.yml), never
    // imports the seeds by itself, and starts none of the server's background work (ledger.cli).
    try (ConfigurableApplicationContext context =
        app.run(
            "--ledger.cli=true",
            "--ledger.seeds.import-on-start=false",
            "--logging.level.root=ERROR",
            "--logging.level.org.budgetledger=ERROR",
            "--spring.main.log-startup-info=false")) {
      exit = context.getBean(LedgerCli.class).run(args);
    }
    System.exit(exit);
  }

  /**
   * Set before anything else runs, since H2 reads its bind address once, when its first class
   * loads; a value given on the command line ({@code -Dh2.bindAddress}) is kept.
   */
  static void localOnlyDefaults() {
    // A ledger does not phone home: Axon's update checker would call out on every start.
    System.setProperty(
        "axoniq.update-checker.disabled",
        System.getProperty("axoniq.update-checker.disabled", "true"));
    // H2's AUTO_SERVER lets the command line share the server's database file through a TCP port;
    // that port is for processes on this machine only, never the network.
    System.setProperty("h2.bindAddress", System.getProperty("h2.bindAddress", "127.0.0.1"));
  }
}
