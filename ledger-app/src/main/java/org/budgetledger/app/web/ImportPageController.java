package org.budgetledger.app.web;

import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.util.NoSuchElementException;
import org.budgetledger.app.command.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * 导入: upload a disclosure document; it is imported in the background ({@link ImportJobs}) and the
 * page polls (htmx, once a second) until the importer's report is there. The file is read as UTF-8,
 * as the REST import reads it.
 */
@Controller
public class ImportPageController {
  private final ImportJobs jobs;
  private final CurrentActor actor;
  private final Clock clock;

  public ImportPageController(ImportJobs jobs, CurrentActor actor, Clock clock) {
    this.jobs = jobs;
    this.actor = actor;
    this.clock = clock;
  }

  @GetMapping("/imports")
  public String form(Model model) {
    model.addAttribute("section", "imports");
    return "imports";
  }

  @PostMapping("/imports")
  public String upload(@RequestParam("file") MultipartFile file, Model model) throws IOException {
    if (file.isEmpty()) {
      model.addAttribute("uploadError", "imports.empty");
      return form(model);
    }
    String name =
        file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
            ? "upload.txt"
            : file.getOriginalFilename();
    ImportJob job = jobs.start(name, file.getBytes(), actor.get());
    return "redirect:/imports/" + job.id();
  }

  @GetMapping("/imports/{jobId}")
  public String job(@PathVariable String jobId, Principal user, Model model) {
    model.addAttribute("job", find(jobId, user));
    model.addAttribute("now", clock.instant());
    model.addAttribute("section", "imports");
    return "import-job";
  }

  /** What the page polls: the job's part of the page, without the frame. */
  @GetMapping("/imports/{jobId}/status")
  public String status(@PathVariable String jobId, Principal user, Model model) {
    model.addAttribute("job", find(jobId, user));
    model.addAttribute("now", clock.instant());
    return "import-job :: job";
  }

  private ImportJob find(String jobId, Principal user) {
    return jobs.find(jobId, user.getName())
        .orElseThrow(
            () -> new NoSuchElementException("no import " + jobId + " of " + user.getName()));
  }
}
