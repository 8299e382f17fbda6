package org.budgetledger.app.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.budgetledger.app.importer.DisclosureImporter;
import org.budgetledger.app.importer.ImportReport;
import org.budgetledger.app.importer.plan.ImportProblem;
import org.budgetledger.app.reconciliation.ImportReconciliation;
import org.budgetledger.core.model.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** {@code POST /api/imports}: the web layer alone, the importer a mock. */
@WebMvcTest(ImportController.class)
@WriteApiSlice
class ImportControllerTest {
  static final String FILE = "2026-dongcheng.txt";
  @Autowired MockMvc mvc;
  @MockitoBean DisclosureImporter importer;
  @MockitoBean ImportReconciliation reconciliation;

  @BeforeEach
  void reconciliationFindsNothing() {
    given(reconciliation.withFindings(any())).willAnswer(call -> call.getArgument(0));
  }

  static ImportReport report(ImportReport.Status status, List<ImportProblem> problems) {
    return new ImportReport(
        status,
        FILE,
        "9f86d081",
        "2026-201",
        "import-9f86d081",
        2,
        62,
        2,
        6,
        81,
        200,
        List.of(),
        problems,
        812);
  }

  @Test
  void anEntryUserImportsADocumentUnderHerOwnName() throws Exception {
    given(
            importer.importBytes(
                eq(FILE),
                argThat(b -> new String(b, StandardCharsets.UTF_8).equals("预算01表 …")),
                eq(Actor.of("luru"))))
        .willReturn(report(ImportReport.Status.IMPORTED, List.of()));
    mvc.perform(
            post("/api/imports")
                .param("fileName", FILE)
                .contentType(MediaType.TEXT_PLAIN)
                .content("预算01表 …")
                .with(httpBasic(WriteApiSlice.LURU, WriteApiSlice.LURU_PASSWORD)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("IMPORTED"))
        .andExpect(jsonPath("$.spendingLegs").value(62));
  }

  @Test
  void aPdfBodyGoesToTheImporterAsItsBytes() throws Exception {
    byte[] pdf = "%PDF-1.7 …".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    given(importer.importBytes(eq("b.pdf"), eq(pdf), eq(Actor.of("luru"))))
        .willReturn(report(ImportReport.Status.IMPORTED, List.of()));
    mvc.perform(
            post("/api/imports")
                .param("fileName", "b.pdf")
                .contentType(MediaType.APPLICATION_PDF)
                .content(pdf)
                .with(httpBasic(WriteApiSlice.LURU, WriteApiSlice.LURU_PASSWORD)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.status").value("IMPORTED"));
  }

  @Test
  void anUnreadableDocumentIs422WithFileLineAndField() throws Exception {
    given(importer.importBytes(any(), any(), any()))
        .willReturn(
            report(
                ImportReport.Status.REJECTED,
                List.of(
                    new ImportProblem(
                        FILE, 112, "合计", "amount not readable: '4O4.14' is not an amount in 万元"))));
    mvc.perform(
            post("/api/imports")
                .param("fileName", FILE)
                .contentType(MediaType.TEXT_PLAIN)
                .content("预算01表 …")
                .with(httpBasic(WriteApiSlice.LURU, WriteApiSlice.LURU_PASSWORD)))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.status").value("REJECTED"))
        .andExpect(jsonPath("$.problems[0].lineNo").value(112));
  }

  @Test
  void aMissingFileNameIsAProblemNamingTheParameter() throws Exception {
    mvc.perform(
            post("/api/imports")
                .contentType(MediaType.TEXT_PLAIN)
                .content("预算01表 …")
                .with(httpBasic(WriteApiSlice.LURU, WriteApiSlice.LURU_PASSWORD)))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.field").value("fileName"));
    verifyNoInteractions(importer);
  }

  @Test
  void anAuditorIsRefusedWith403AndNothingIsImported() throws Exception {
    mvc.perform(
            post("/api/imports")
                .param("fileName", FILE)
                .contentType(MediaType.TEXT_PLAIN)
                .content("预算01表 …")
                .with(httpBasic(WriteApiSlice.SHENJI, WriteApiSlice.SHENJI_PASSWORD)))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    verifyNoInteractions(importer);
  }
}
