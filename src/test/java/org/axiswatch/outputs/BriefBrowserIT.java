package org.axiswatch.outputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.axiswatch.Analyzer;
import org.axiswatch.SharedFiles;
import org.axiswatch.analysis.BriefContent;
import org.axiswatch.analysis.Findings;
import org.axiswatch.analysis.FindingsFixture;
import org.axiswatch.analysis.Selection;
import org.axiswatch.pipeline.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens the HTML brief in headless Chromium from Debian's packages (a driver download cannot work
 * on these machines): every figure must draw, the console must stay free of errors, and a
 * screenshot is kept in target/screenshots for a person to look at.
 */
class BriefBrowserIT {
  private static ChromeDriver driver;
  @TempDir static Path profile;

  @BeforeAll
  static void start() {
    String chromium = System.getenv().getOrDefault("AXISWATCH_TEST_CHROMIUM", "/usr/bin/chromium");
    String chromedriver =
        System.getenv().getOrDefault("AXISWATCH_TEST_CHROMEDRIVER", "/usr/bin/chromedriver");
    if (!new File(chromium).canExecute() || !new File(chromedriver).canExecute()) {
      fail("Chromium (" + chromium + ") or chromedriver (" + chromedriver + ") is missing: run "
          + "bin/test, which installs Debian's chromium and chromium-driver");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--window-size=1280,2400",
        "--user-data-dir=" + profile.toAbsolutePath());
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(chromedriver)).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
  }

  @ParameterizedTest
  @EnumSource(value = Language.class, names = {"KO", "EN"})
  void everyFigureDrawsWithoutConsoleErrors(Language language) throws Exception {
    BriefContent content = BriefContent.of(FindingsFixture.findings(),
        new Selection("North Korea–Russia", null, null));
    check(content, language, "brief-" + language.code());
  }

  /** The seed as the whole pipeline reads it: real volumes (dozens of footnotes, a long timeline). */
  @Test
  void theSeedBriefDrawsToo() throws Exception {
    BriefContent content = BriefContent.of(
        Findings.of(List.of(Analyzer.standard().analyze(SharedFiles.seed()))), Selection.ALL);
    check(content, Language.KO, "brief-seed-ko");
  }

  private void check(BriefContent content, Language language, String name) throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "briefs"));
    Path page = dir.resolve(name + ".html");
    Files.writeString(page, BriefHtml.write(content, language, BriefHtml.Mode.INTERACTIVE),
        StandardCharsets.UTF_8);

    driver.get(page.toAbsolutePath().toUri().toString());
    List<WebElement> charts = driver.findElements(By.cssSelector("div.chart"));
    assertThat(charts).hasSize(3);
    try {
      new WebDriverWait(driver, Duration.ofSeconds(20)).until(d ->
          d.findElements(By.cssSelector("div.chart[data-drawn='1']")).size() == charts.size());
    } catch (org.openqa.selenium.TimeoutException e) {
      fail("not every chart drew within 20 s; browser log: "
          + driver.manage().logs().get(LogType.BROWSER).getAll());
    }
    for (WebElement chart : charts) {
      assertThat(paintedPixels(chart)).as(chart.getAttribute("id") + " painted pixels")
          .isGreaterThan(500);
    }
    List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    assertThat(errors).as("browser console errors").isEmpty();
    assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank();

    // the whole page in one picture, for review
    long height = (Long) ((JavascriptExecutor) driver).executeScript(
        "return document.documentElement.scrollHeight;");
    driver.manage().window().setSize(new Dimension(1280, (int) Math.min(height + 40, 16_000)));
    Path shots = Files.createDirectories(Path.of("target", "screenshots"));
    byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    Path shot = shots.resolve(name + ".png");
    Files.write(shot, png);
    assertThat(Files.size(shot)).isGreaterThan(10_000);
  }

  /** Non-transparent pixels of the chart's canvas (or, with the SVG renderer, drawn shapes). */
  private static long paintedPixels(WebElement chart) {
    Object n = ((JavascriptExecutor) driver).executeScript("""
        const el = arguments[0];
        const svg = el.querySelector('svg');
        if (svg) { return svg.querySelectorAll('path, text, circle, rect').length * 100; }
        const c = el.querySelector('canvas');
        if (!c || c.width === 0 || c.height === 0) { return 0; }
        const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let painted = 0;
        for (let i = 3; i < px.length; i += 4) { if (px[i] > 0) { painted++; } }
        return painted;
        """, chart);
    return ((Number) n).longValue();
  }
}
