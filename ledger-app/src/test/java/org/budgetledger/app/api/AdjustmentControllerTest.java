package org.budgetledger.app.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.budgetledger.app.adjustment.AdjustmentBatch;
import org.budgetledger.app.adjustment.Adjustments;
import org.budgetledger.app.adjustment.CellPreview;
import org.budgetledger.app.adjustment.TablePreview;
import org.budgetledger.core.model.EntryId;
import org.budgetledger.core.model.MoneyUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * {@code POST …/adjustments}: the web layer and the file reader ({@link Adjustments} is real, so a
 * bad file is refused as it would be), the batch and the preview mocks.
 */
@WebMvcTest(AdjustmentController.class)
@WriteApiSlice
@Import(Adjustments.class)
class AdjustmentControllerTest {
  @Autowired MockMvc mvc;
  @MockitoBean AdjustmentBatch batch;
  @MockitoBean TablePreview preview;

  static MockHttpServletRequestBuilder postCsv(String csv, boolean dryRun) {
    return post("/api/budgets/2026-201/adjustments")
        .param("dryRun", String.valueOf(dryRun))
        .param("fileName", "march.csv")
        .contentType("text/csv")
        .content(csv);
  }

  static String csv(String effectiveDate) {
    return """
        request_id,type,effective_date,basis_document,basis_number,reason,side,unit,function,\
        gov_economic,dept_economic,kind,fund_source,origin,amount
        r1,追加,%s,关于追加办公经费的批复,东财预〔2026〕8号,办公经费,收入,201001,,,,,一般公共预算,本年收入,12.34
        r1,,,,,,支出,201001,2101501,50201,30201,公用经费,一般公共预算,,12.34
        """
        .formatted(effectiveDate);
  }

  @Test
  void aDryRunPreviewsTheChangedCellsAndRecordsNothing() throws Exception {
    given(preview.changes(any(), anyList()))
        .willReturn(
            List.of(
                new CellPreview(
                    "预算03表",
                    "2026年部门（单位）支出预算总表",
                    "2101501|50201|30201",
                    "basic",
                    7_310_000,
                    19_650_000,
                    MoneyUnit.WAN_YUAN)));
    given(batch.record(anyList(), anyBoolean())).willReturn(List.of(EntryId.of("e-r1")));
    mvc.perform(
            postCsv(csv("2026-03-01"), true)
                .with(httpBasic(WriteApiSlice.LURU, WriteApiSlice.LURU_PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.recorded").value(false))
        .andExpect(jsonPath("$.entryIds[0]").value("e-r1"))
        .andExpect(jsonPath("$.changes[0].rowKey").value("2101501|50201|30201"))
        .andExpect(jsonPath("$.changes[0].afterFen").value(19_650_000));
    verify(batch).record(anyList(), eq(true));
  }

  @Test
  void aFileIsRecordedWith201() throws Exception {
    given(batch.record(anyList(), anyBoolean())).willReturn(List.of(EntryId.of("e-r1")));
    mvc.perform(
            postCsv(csv("2026-03-01"), false)
                .with(httpBasic(WriteApiSlice.ADMIN, WriteApiSlice.ADMIN_PASSWORD)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.recorded").value(true));
    verify(batch).record(anyList(), eq(false));
  }

  @Test
  void aBadFieldIsAProblemNamingFileLineAndFieldAndNothingIsRecorded() throws Exception {
    mvc.perform(
            postCsv(csv("2026-13-01"), false)
                .with(httpBasic(WriteApiSlice.LURU, WriteApiSlice.LURU_PASSWORD)))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.file").value("march.csv"))
        .andExpect(jsonPath("$.line").value(2))
        .andExpect(jsonPath("$.field").value("effective_date"));
    verifyNoInteractions(batch, preview);
  }

  @Test
  void anAuditorIsRefusedWith403AndNothingIsRecorded() throws Exception {
    mvc.perform(
            postCsv(csv("2026-03-01"), false)
                .with(httpBasic(WriteApiSlice.SHENJI, WriteApiSlice.SHENJI_PASSWORD)))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    verifyNoInteractions(batch, preview);
  }
}
