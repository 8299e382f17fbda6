package org.budgetledger.app.api;

import java.time.Duration;
import java.time.Instant;
import org.budgetledger.app.rebuild.ProjectionRebuilder;
import org.budgetledger.app.rebuild.ReadModelVersion;
import org.budgetledger.app.rebuild.ReadModelVersions;
import org.budgetledger.app.rebuild.RebuildProgress;
import org.budgetledger.app.rebuild.RebuildRunningException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read models' version and their rebuild: which version every node serves, how far this node's
 * rebuild has come, and (管理员 only) a rebuild beside the live version, answered once it is live.
 */
@RestController
@RequestMapping("/api/read-models")
public class ReadModelController {
  private final ReadModelVersions versions;
  private final RebuildProgress progress;
  private final ProjectionRebuilder rebuilder;

  public ReadModelController(
      ReadModelVersions versions, RebuildProgress progress, ProjectionRebuilder rebuilder) {
    this.versions = versions;
    this.progress = progress;
    this.rebuilder = rebuilder;
  }

  /** The version served and this node's rebuild, if one runs here. */
  public record View(
      int version,
      String liveSlot,
      Instant switchedAt,
      boolean rebuilding,
      long eventsDone,
      long eventsTotal) {}

  @GetMapping
  public View current() {
    ReadModelVersion v = versions.current();
    return new View(
        v.version(),
        v.live().key(),
        v.switchedAt(),
        progress.running(),
        progress.eventsDone(),
        progress.eventsTotal());
  }

  @PostMapping("/rebuild")
  public View rebuild() {
    rebuilder.rebuild(Duration.ofMinutes(30));
    return current();
  }

  /** Another rebuild holds the cluster's lock: 409, nothing changed. */
  @ExceptionHandler(RebuildRunningException.class)
  ProblemDetail running(RebuildRunningException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    p.setTitle("A rebuild is already running");
    return p;
  }
}
