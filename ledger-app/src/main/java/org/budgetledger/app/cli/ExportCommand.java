package org.budgetledger.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.budgetledger.app.command.ProjectionFreshness;
import org.budgetledger.app.export.ExportFormat;
import org.budgetledger.app.export.Exports;
import org.budgetledger.app.inquiry.DepartmentTables;
import org.budgetledger.app.inquiry.TableInquiry;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/** {@code ./ledger export DEPT YEAR [TABLE] --format xlsx --out FILE}: tables to a file. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description =
        "Export one table or all: xlsx (published layout, one sheet per table), "
            + "csv (one table, UTF-8 with BOM) or json.")
public class ExportCommand extends InquiryCommand {
  @Parameters(
      index = "2",
      arity = "0..1",
      paramLabel = "TABLE",
      description = "03, 预算03表 or expenditure-summary; all tables when absent.")
  String table;

  @Option(names = "--format", defaultValue = "xlsx", description = "xlsx, csv or json.")
  ExportFormat format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "File to write; csv and json go to standard output without it.")
  Path outFile;

  @Mixin PointInTimeOptions at;

  private final TableInquiry tables;
  private final Exports exports;

  public ExportCommand(
      TableInquiry tables, Exports exports, JsonMapper mapper, ProjectionFreshness freshness) {
    super(mapper, freshness);
    this.tables = tables;
    this.exports = exports;
  }

  @Override
  void run(PrintWriter out) throws Exception {
    if (outFile == null && format == ExportFormat.XLSX) {
      throw new IllegalArgumentException("xlsx is binary: give --out FILE");
    }
    DepartmentTables set =
        table == null
            ? tables.tables(budget(), at.at(), new ProgressBar())
            : tables.table(budget(), table, at.at());
    byte[] bytes = exports.bytes(set, format);
    if (outFile == null) {
      System.out.write(bytes);
      System.out.flush();
      return;
    }
    Files.write(outFile, bytes);
    out.println(
        "Wrote "
            + outFile
            + " ("
            + set.tables().size()
            + " table"
            + (set.tables().size() == 1 ? "" : "s")
            + ", "
            + format.extension()
            + ", "
            + set.at()
            + ")");
  }
}
