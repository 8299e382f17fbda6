package org.budgetledger.app.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.budgetledger.app.audit.checkpoint.Checkpoint;
import org.budgetledger.app.audit.trail.AuditFailedException;
import org.budgetledger.app.audit.trail.AuditTrail;
import org.budgetledger.app.request.Instants;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 审计校验 from {@link AuditTrail}, as the REST audit answers: any signed-in user may verify the log
 * (every hash recomputed, so it runs only when asked) and download the public key; only a 管理员 may
 * sign a checkpoint (the security configuration refuses others).
 */
@Controller
public class AuditPageController {
  private static final DateTimeFormatter CREATED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private final AuditTrail trail;

  public AuditPageController(AuditTrail trail) {
    this.trail = trail;
  }

  @GetMapping("/audit")
  public String audit(
      @RequestParam(defaultValue = "false") boolean verify,
      @RequestParam(required = false) Long created,
      Model model) {
    if (verify) {
      model.addAttribute("report", trail.verify());
    }
    model.addAttribute("created", created);
    return page(model);
  }

  @PostMapping("/audit/checkpoints")
  public String checkpoint(Model model) {
    try {
      return "redirect:/audit?created=" + trail.checkpoint().treeSize();
    } catch (AuditFailedException e) {
      // A tampered log is not signed: say what verification found instead.
      model.addAttribute("report", e.report());
      model.addAttribute("refused", true);
      return page(model);
    }
  }

  @GetMapping("/audit/public-key.pem")
  public ResponseEntity<String> publicKey() {
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("budget-ledger-audit-public-key.pem", StandardCharsets.UTF_8)
                .build()
                .toString())
        .contentType(MediaType.TEXT_PLAIN)
        .body(trail.publicKeyPem());
  }

  private String page(Model model) {
    model.addAttribute("section", "audit");
    Checkpoint latest = trail.latestCheckpoint().orElse(null);
    model.addAttribute("checkpoint", latest);
    // Signed as an ISO instant; shown in Beijing time, as every time on the pages.
    model.addAttribute(
        "checkpointCreated",
        latest == null
            ? null
            : CREATED.format(Instant.parse(latest.createdAt()).atZone(Instants.BEIJING)));
    model.addAttribute("publicKey", trail.publicKeyPem());
    return "audit";
  }
}
