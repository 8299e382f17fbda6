package org.budgetledger.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.budgetledger.app.command.CurrentActor;
import org.budgetledger.app.command.ProjectionFreshness;
import org.budgetledger.app.importer.DisclosureImporter;
import org.budgetledger.app.importer.ImportReport;
import org.budgetledger.app.importer.plan.ImportProblem;
import org.budgetledger.app.importer.problem.ProblemKind;
import org.budgetledger.app.importer.problem.ProblemText;
import org.budgetledger.app.security.SecurityConfiguration;
import org.budgetledger.app.web.ImportJob;
import org.budgetledger.app.web.ImportJobs;
import org.budgetledger.app.web.ImportPageController;
import org.budgetledger.app.web.WebConfiguration;
import org.budgetledger.core.model.Actor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The 导入 page's report of a refused document speaks Chinese: real documents broken in the ways
 * users break them (a letter in an amount, a row twice, bytes that are no text, a NUL, a line too
 * long, a PDF cut short, no tables at all), read by the real importer, rendered by the page. Only
 * what the page marks as data (file names, the cell's text, the line) may be Latin. A web slice
 * like the REST slices beside it: here it runs before the tests that share the whole application,
 * whose context Spring pauses while another runs and which did not restart after this one.
 */
@WebMvcTest(ImportPageController.class)
@Import({
  SecurityConfiguration.class,
  CurrentActor.class,
  WebConfiguration.class,
  SliceSignInStore.class
})
class ImportProblemsPageTest {
  private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");
  private static final Pattern DATA =
      Pattern.compile("<(\\w+)[^>]*translate=\"no\"[^>]*>.*?</\\1>", Pattern.DOTALL);
  private static final List<String> NAMES = List.of("PDF", "UTF-8");
  private static final Map<String, ImportReport> REFUSED = new LinkedHashMap<>();

  @Autowired MockMvc mvc;
  @MockitoBean ImportJobs jobs;
  @MockitoBean Clock clock;

  @BeforeAll
  static void importBrokenDocuments() throws Exception {
    ProjectionFreshness freshness = mock(ProjectionFreshness.class);
    DisclosureImporter importer =
        new DisclosureImporter(null, null, null, freshness, Clock.systemUTC());
    String seed =
        Files.readString(
            Path.of("..", "seeds", "2026-dongcheng-district-healthcare-security-bureau.txt"),
            StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>(List.of(seed.split("\n")));
    lines.add(112, lines.get(111));
    int second = seed.indexOf('\n') + 1;
    Map<String, byte[]> broken = new LinkedHashMap<>();
    broken.put("letter.txt", utf8(seed.replace("404.14\t404.14", "4O4.14\t404.14")));
    broken.put("twice.txt", utf8(String.join("\n", lines)));
    broken.put("binary.txt", new byte[] {(byte) 0x81, (byte) 0xFF, 0x30});
    broken.put("nul.txt", utf8(seed.substring(0, second + 2) + "\u0000" + seed.substring(second)));
    broken.put("long.txt", utf8(seed.substring(0, second) + "9".repeat(5_000) + "\n"));
    broken.put("cut.pdf", "%PDF-1.7\n1 0 obj\n<<".getBytes(StandardCharsets.US_ASCII));
    broken.put("notes.txt", utf8("部门预算说明\n这不是一份公开文件。\n"));
    for (var e : broken.entrySet()) {
      REFUSED.put(e.getKey(), importer.importBytes(e.getKey(), e.getValue(), Actor.of("luru")));
    }
  }

  @Test
  void everyBrokenDocumentIsRefusedWithAKindAndItsPlace() {
    assertThat(REFUSED.values()).allMatch(r -> r.status() == ImportReport.Status.REJECTED);
    assertThat(first("letter.txt").kind()).isEqualTo("amount-unreadable");
    assertThat(first("letter.txt").detail())
        .isEqualTo("第 112 行，预算03表 支出总表 / 合计：4O4.14 不是以万元为单位的金额");
    assertThat(first("twice.txt").kind()).isEqualTo("row-twice");
    assertThat(first("twice.txt").lineNo()).isEqualTo(113);
    assertThat(first("binary.txt").kind()).isEqualTo("encoding-unknown");
    assertThat(first("nul.txt").kind()).isEqualTo("control-character");
    assertThat(first("nul.txt").detail()).isEqualTo("第 3 行，行：本行第 2 个字符是控制字符 U+0000");
    assertThat(first("long.txt").kind()).isEqualTo("line-too-long");
    assertThat(first("cut.pdf").kind()).startsWith("pdf-");
    assertThat(REFUSED.get("notes.txt").problems())
        .extracting(ImportProblem::kind)
        .contains("table-missing", "fiscal-year-missing");
  }

  @Test
  void theChinesePageSaysEveryProblemWithoutALatinWord() throws Exception {
    for (var e : REFUSED.entrySet()) {
      String html = render(e.getKey(), e.getValue(), "zh_CN");
      assertThat(html).contains("导入失败", "data-kind=\"" + e.getValue().kind() + "\"");
      String own = DATA.matcher(html).replaceAll(" ").replaceAll("<[^>]*>", " ");
      for (String name : NAMES) {
        own = own.replace(name, " ");
      }
      assertThat(LATIN_WORD.matcher(own).results().map(m -> m.group()).toList())
          .as(e.getKey())
          .isEmpty();
    }
  }

  @Test
  void theEnglishPageGivesTheEnglishSentence() throws Exception {
    String html = render("letter.txt", REFUSED.get("letter.txt"), "en");
    assertThat(html).contains("amount not readable: &#39;4O4.14&#39; is not an amount in 万元");
  }

  /** Every kind's title and sentence, with its arguments as data, is Chinese. */
  @Test
  void everyKindIsNamedInChinese() {
    for (ProblemKind kind : ProblemKind.values()) {
      ProblemText text = ProblemText.of(kind, "1", "2", "3", "4", "5");
      StringBuilder own = new StringBuilder(kind.title());
      text.segments().stream().filter(s -> !s.data()).forEach(s -> own.append(s.text()));
      String rest = own.toString();
      for (String name : NAMES) {
        rest = rest.replace(name, " ");
      }
      assertThat(LATIN_WORD.matcher(rest).find()).as(kind.code() + ": " + own).isFalse();
    }
  }

  private ImportProblem first(String file) {
    return REFUSED.get(file).problems().get(0);
  }

  private String render(String file, ImportReport report, String lang) throws Exception {
    given(clock.instant()).willReturn(Instant.parse("2026-07-01T00:00:00Z"));
    given(clock.getZone()).willReturn(ZoneOffset.UTC);
    ImportJob job =
        new ImportJob("j1", file, 10, "luru", Instant.parse("2026-07-01T00:00:00Z"), report, null);
    given(jobs.find(any(), any())).willReturn(Optional.of(job));
    return mvc.perform(
            get("/imports/j1/status").param("lang", lang).with(user("luru").roles("ENTRY")))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
