package org.budgetledger.app.api;

import java.util.NoSuchElementException;
import org.budgetledger.app.audit.checkpoint.Checkpoint;
import org.budgetledger.app.audit.trail.AuditFailedException;
import org.budgetledger.app.audit.trail.AuditTrail;
import org.budgetledger.app.audit.trail.ConsistencyProof;
import org.budgetledger.app.audit.trail.InclusionProof;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail (审计校验): verification, signed checkpoints, the public key and RFC 9162 proofs.
 * Checkpoints are named by tree size, as Certificate Transparency names tree heads; a missing size
 * means the latest checkpoint.
 */
@RestController
@RequestMapping("/api/audit")
public class AuditController {
  private final AuditTrail trail;

  public AuditController(AuditTrail trail) {
    this.trail = trail;
  }

  @GetMapping("/verify")
  public VerificationView verify() {
    return VerificationView.of(trail.verify());
  }

  @PostMapping("/checkpoints")
  @ResponseStatus(HttpStatus.CREATED)
  public CheckpointView checkpoint() {
    return CheckpointView.of(trail.checkpoint());
  }

  @GetMapping("/checkpoints/latest")
  public CheckpointView latest() {
    return CheckpointView.of(latestCheckpoint());
  }

  @GetMapping(value = "/public-key", produces = MediaType.TEXT_PLAIN_VALUE)
  public String publicKey() {
    return trail.publicKeyPem();
  }

  @GetMapping("/events/{eventId}/inclusion-proof")
  public InclusionProof inclusionProof(
      @PathVariable String eventId, @RequestParam(required = false) Long treeSize) {
    return trail.inclusionProof(eventId, checkpoint(treeSize));
  }

  @GetMapping("/consistency-proof")
  public ConsistencyProof consistencyProof(
      @RequestParam long from, @RequestParam(required = false) Long to) {
    return trail.consistencyProof(trail.checkpointOfSize(from), checkpoint(to));
  }

  /** A log that fails verification is not signed: 409, with the problem found. */
  @ExceptionHandler(AuditFailedException.class)
  ProblemDetail refused(AuditFailedException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    p.setTitle("Audit verification failed");
    p.setProperty("problem", e.report().problem());
    return p;
  }

  private Checkpoint checkpoint(Long treeSize) {
    return treeSize == null ? latestCheckpoint() : trail.checkpointOfSize(treeSize);
  }

  private Checkpoint latestCheckpoint() {
    return trail
        .latestCheckpoint()
        .orElseThrow(() -> new NoSuchElementException("no checkpoint has been signed yet"));
  }
}
