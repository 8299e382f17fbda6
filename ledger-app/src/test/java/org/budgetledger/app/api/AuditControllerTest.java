package org.budgetledger.app.api;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.budgetledger.app.audit.checkpoint.Checkpoint;
import org.budgetledger.app.audit.checkpoint.CheckpointSigner;
import org.budgetledger.app.audit.checkpoint.LedgerKeys;
import org.budgetledger.app.audit.trail.AuditFailedException;
import org.budgetledger.app.audit.trail.AuditTrail;
import org.budgetledger.app.audit.verification.AuditProblem;
import org.budgetledger.app.audit.verification.ProblemKind;
import org.budgetledger.app.audit.verification.VerificationReport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** {@code POST /api/audit/checkpoints}: signing vouches for the whole log, 管理员 only. */
@WebMvcTest(AuditController.class)
@WriteApiSlice
class AuditControllerTest {
  @Autowired MockMvc mvc;
  @MockitoBean AuditTrail trail;

  @Test
  void anAdminSignsACheckpoint() throws Exception {
    Checkpoint signed =
        new CheckpointSigner(LedgerKeys.generate())
            .sign(3, new byte[32], Instant.parse("2026-03-01T08:00:00Z"));
    given(trail.checkpoint()).willReturn(signed);
    mvc.perform(
            post("/api/audit/checkpoints")
                .with(httpBasic(WriteApiSlice.ADMIN, WriteApiSlice.ADMIN_PASSWORD)))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.treeSize").value(3))
        .andExpect(jsonPath("$.fileText").value(signed.toFileText()));
  }

  @Test
  void aLogThatFailsVerificationIsNotSignedAndTheProblemSaysWhy() throws Exception {
    given(trail.checkpoint())
        .willThrow(
            new AuditFailedException(
                new VerificationReport(
                    5,
                    0,
                    new AuditProblem(
                        ProblemKind.CHANGED,
                        2,
                        3,
                        "ev-3",
                        "budget-2026-201",
                        2,
                        "the stored event does not match its hash"))));
    mvc.perform(
            post("/api/audit/checkpoints")
                .with(httpBasic(WriteApiSlice.ADMIN, WriteApiSlice.ADMIN_PASSWORD)))
        .andExpect(status().isConflict())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.problem.kind").value("CHANGED"))
        .andExpect(jsonPath("$.problem.position").value(2));
  }

  @Test
  void anEntryUserMayNotSignAndNothingIsSigned() throws Exception {
    mvc.perform(
            post("/api/audit/checkpoints")
                .with(httpBasic(WriteApiSlice.LURU, WriteApiSlice.LURU_PASSWORD)))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    verifyNoInteractions(trail);
  }
}
