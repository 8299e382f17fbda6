package org.budgetledger.app.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its own chromedriver (no driver download: this machine's
 * network is closed), with a fresh profile. Screenshots go to target/screenshots/.
 */
final class Browser implements AutoCloseable {
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  final ChromeDriver driver;
  private final String base;
  private final Path profile;

  Browser(int port) throws IOException {
    base = "http://localhost:" + port;
    profile = Files.createTempDirectory("ledger-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    // Without the background-networking flags Chromium keeps calling Google's hosts, which this
    // machine refuses; --lang makes the browser ask for Chinese like the auditors' machines.
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--user-data-dir=" + profile,
        "--window-size=1440,1000",
        "--lang=zh-CN");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    Files.createDirectories(SCREENSHOTS);
  }

  void open(String path) {
    driver.get(base + path);
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  WebElement await(String css) {
    return new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  void signIn(String user, String password) {
    open("/login");
    find("#username").sendKeys(user);
    find("#password").sendKeys(password);
    find("#sign-in").click();
    await("#current-user");
  }

  void signOut() {
    find("form.inline button").click();
    await("#login-form");
  }

  /**
   * A picture of the whole page, however long, as the user would scroll through it; a long page
   * also gets a picture of its first screen ({@code -top}), readable at a glance.
   */
  void screenshot(String name) {
    long height =
        (Long)
            driver.executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
    if (height > 1100) {
      save(name + "-top");
    }
    driver
        .manage()
        .window()
        .setSize(
            new org.openqa.selenium.Dimension(
                1440, (int) Math.min(Math.max(height + 140, 1000), 6000)));
    try {
      save(name);
    } finally {
      driver.manage().window().setSize(new org.openqa.selenium.Dimension(1440, 1000));
    }
  }

  private void save(String name) {
    try {
      File shot = driver.getScreenshotAs(OutputType.FILE);
      Files.copy(
          shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void saveFailure(String name) {
    try {
      Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
      screenshot(name);
    } catch (IOException | RuntimeException e) {
      System.err.println("could not save the failed page: " + e);
    }
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }
}
