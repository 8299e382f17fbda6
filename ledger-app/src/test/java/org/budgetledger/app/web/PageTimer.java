package org.budgetledger.app.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Times a page: the server's processor time to answer it (MockMvc runs the request on the calling
 * thread, so that thread's CPU time is the request's), the browser main thread's processor time for
 * a navigation to it, and the wall-clock time of both. Medians after warm-up.
 */
final class PageTimer {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private final Browser browser;
  private final MockMvc mvc;

  PageTimer(Browser browser, MockMvc mvc) {
    this.browser = browser;
    this.mvc = mvc;
  }

  /** Medians in milliseconds. */
  record Timing(long serverCpuMs, long serverWallMs, long browserCpuMs, long browserWallMs) {
    @Override
    public String toString() {
      return "server "
          + serverCpuMs
          + " ms CPU ("
          + serverWallMs
          + " ms wall), browser "
          + browserCpuMs
          + " ms main-thread CPU ("
          + browserWallMs
          + " ms wall, load event)";
    }
  }

  Timing measure(String path, int warmUps, int runs) throws Exception {
    browser.driver.executeCdpCommand("Performance.enable", Map.of("timeDomain", "threadTicks"));
    for (int i = 0; i < warmUps; i++) {
      serve(path);
      browser.open(path);
    }
    List<Long> serverCpu = new ArrayList<>();
    List<Long> serverWall = new ArrayList<>();
    List<Long> browserCpu = new ArrayList<>();
    List<Long> browserWall = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long cpu = THREADS.getCurrentThreadCpuTime();
      long wall = System.nanoTime();
      serve(path);
      serverCpu.add((THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000);
      serverWall.add((System.nanoTime() - wall) / 1_000_000);
      wall = System.nanoTime();
      browser.open(path);
      browserWall.add((System.nanoTime() - wall) / 1_000_000);
      // Chrome counts TaskDuration per document (seen: it restarts on each navigation), so the
      // value after the load event is this page's main-thread time up to then.
      browserCpu.add(Math.round(taskSeconds() * 1000));
    }
    return new Timing(
        median(serverCpu), median(serverWall), median(browserCpu), median(browserWall));
  }

  private void serve(String path) throws Exception {
    mvc.perform(get(path).with(user("shenji").roles("AUDITOR"))).andExpect(status().isOk());
  }

  @SuppressWarnings("unchecked")
  private double taskSeconds() {
    Map<String, Object> result =
        browser.driver.executeCdpCommand("Performance.getMetrics", Map.of());
    for (Map<String, Object> metric : (List<Map<String, Object>>) result.get("metrics")) {
      if (metric.get("name").equals("TaskDuration")) {
        return ((Number) metric.get("value")).doubleValue();
      }
    }
    throw new IllegalStateException("Chrome reported no TaskDuration: " + result);
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
