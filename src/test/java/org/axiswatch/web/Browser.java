package org.axiswatch.web;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its own chromedriver (never a downloaded one). Missing
 * Chromium fails the test with what to do: run bin/test, which installs it.
 */
final class Browser implements AutoCloseable {
  final ChromeDriver driver;
  final WebDriverWait wait;
  private final Path profile;

  Browser() throws IOException {
    String chromium = env("AXISWATCH_TEST_CHROMIUM", "/usr/bin/chromium");
    String chromedriver = env("AXISWATCH_TEST_CHROMEDRIVER", "/usr/bin/chromedriver");
    if (!Files.isExecutable(Path.of(chromium)) || !Files.isExecutable(Path.of(chromedriver))) {
      fail("Chromium or chromedriver missing (" + chromium + ", " + chromedriver + "): run bin/test, "
          + "which installs Debian's chromium and chromium-driver, or set AXISWATCH_TEST_CHROMIUM "
          + "and AXISWATCH_TEST_CHROMEDRIVER");
    }
    profile = Files.createTempDirectory("axiswatch-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--window-size=1400,1000", "--lang=ko-KR", "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(chromedriver)).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  WebElement waitFor(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  void waitForText(String css, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  Object js(String script) {
    return driver.executeScript(script);
  }

  Path screenshot(String name) throws IOException {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    Path to = dir.resolve(name + ".png");
    Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), to, StandardCopyOption.REPLACE_EXISTING);
    return to;
  }

  /** Console messages, for CSP violations and script errors. */
  List<String> console() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage).toList();
  }

  void login(String base, String token) {
    driver.get(base + "/");
    wait.until(ExpectedConditions.urlContains("/login.html"));
    waitFor("#token").sendKeys(token);
    driver.findElement(By.cssSelector("#login-form button")).click();
    wait.until(ExpectedConditions.urlContains("/index.html"));
  }

  void upload(Path file) {
    driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().normalize().toString());
    driver.findElement(By.cssSelector("#upload-form button")).click();
    wait.until(d -> d.findElement(By.id("upload-status")).getText().matches("(?s).*(added|already stored|error|unsupported).*")
        || !d.findElements(By.cssSelector("#upload-status .error")).isEmpty());
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
