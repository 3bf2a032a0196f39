package com.opsuite.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through Debian's chromedriver (never a downloaded one), with a
 * fresh profile per browser so no state leaks between tests.
 */
public final class Browser implements AutoCloseable {

  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  private final Path profile;
  private final ChromeDriver driver;

  private Browser(Viewport viewport, String acceptLanguage, URI secureOrigin) {
    try {
      profile = Files.createTempDirectory("opsuite-chromium");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--user-data-dir=" + profile,
        "--lang=" + acceptLanguage.split(",")[0],
        "--window-size=" + viewport.width() + "," + viewport.height());
    if (secureOrigin != null) {
      options.addArguments(
          "--unsafely-treat-insecure-origin-as-secure="
              + secureOrigin.getScheme()
              + "://"
              + secureOrigin.getAuthority());
    }
    Map<String, Object> prefs = new HashMap<>();
    prefs.put("intl.accept_languages", acceptLanguage);
    options.setExperimentalOption("prefs", prefs);
    if (viewport.mobile()) {
      // Emulate the phone's viewport exactly (CSS pixels, touch), not just a narrow window.
      options.setExperimentalOption(
          "mobileEmulation",
          Map.of(
              "deviceMetrics",
              Map.of(
                  "width",
                  viewport.width(),
                  "height",
                  viewport.height(),
                  "pixelRatio",
                  2.0,
                  "touch",
                  true)));
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
            .usingAnyFreePort()
            .withEnvironment(
                Map.of(
                    "HOME", profile.toString(),
                    "XDG_CONFIG_HOME", profile.resolve("config").toString(),
                    "XDG_CACHE_HOME", profile.resolve("cache").toString()))
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  /** A browser whose user prefers the given languages (an Accept-Language list). */
  public static Browser open(Viewport viewport, String acceptLanguage) {
    return new Browser(viewport, acceptLanguage, null);
  }

  /**
   * A browser that treats the plain-HTTP test server as the HTTPS site phones reach, so that what
   * only secure pages get (the position, above all) is given to it.
   */
  public static Browser openAsSecure(Viewport viewport, String acceptLanguage, URI site) {
    return new Browser(viewport, acceptLanguage, site);
  }

  public ChromeDriver driver() {
    return driver;
  }

  public WebDriverWait waitUpTo(Duration timeout) {
    return new WebDriverWait(driver, timeout);
  }

  /** Until PrimeFaces has no Ajax request queued or running: the page shows its latest update. */
  public void awaitAjax(Duration timeout) {
    waitUpTo(timeout)
        .until(
            d ->
                Boolean.TRUE.equals(
                    driver.executeScript(
                        "return !window.PrimeFaces || !PrimeFaces.ajax"
                            + " || PrimeFaces.ajax.Queue.isEmpty();")));
  }

  /**
   * Until the element left the page (a reload or an update replaced it). Like Selenium's {@code
   * stalenessOf}, but Chromium sometimes reports a replaced node as "does not belong to the
   * document" instead of as stale; that answer means gone too.
   */
  public static ExpectedCondition<Boolean> gone(WebElement element) {
    return driver -> {
      try {
        element.isEnabled();
        return false;
      } catch (StaleElementReferenceException e) {
        return true;
      } catch (WebDriverException e) {
        if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
          return true;
        }
        throw e;
      }
    };
  }

  /** Saves a PNG of the current page under the build's screenshot folder, for people to look at. */
  public Path screenshot(String name) {
    Path dir = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
    try {
      Files.createDirectories(dir);
      Path target = dir.resolve(name + ".png");
      Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
      return Files.move(shot, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Signs in on the tenant's sign-in page and waits until the page after it has loaded; {@code
   * base} is the application's root address.
   */
  public void signIn(String base, String tenant, String email, String password) {
    driver.get(base + "t/" + tenant + "/login");
    WebElement field =
        waitUpTo(Duration.ofSeconds(20))
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("login:email")));
    field.clear();
    field.sendKeys(email);
    driver.findElement(By.id("login:password")).sendKeys(password);
    driver.findElement(By.id("login:submit")).click();
    waitUpTo(Duration.ofSeconds(30))
        .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
  }

  /**
   * Cuts the browser's network off (or gives it back) as DevTools' "Offline" does: requests and
   * navigations fail at once and pages are told they are offline. Through chromedriver's network
   * conditions, which it applies again after every navigation.
   */
  public void offline(boolean offline) {
    if (offline) {
      driver.setNetworkConditions(new ChromiumNetworkConditions().setOffline(true));
    } else {
      driver.deleteNetworkConditions();
    }
  }

  /**
   * The phone gives this position to pages that ask for it, permission granted. Call it on the
   * application's page: Chromium forgets the override when another site's page replaces this one.
   */
  public void locatedAt(double latitude, double longitude, double accuracyMetres) {
    driver.executeCdpCommand(
        "Browser.grantPermissions", Map.of("permissions", List.of("geolocation")));
    driver.executeCdpCommand(
        "Emulation.setGeolocationOverride",
        Map.of("latitude", latitude, "longitude", longitude, "accuracy", accuracyMetres));
  }

  public Object script(String javascript, Object... args) {
    return driver.executeScript(javascript, args);
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteProfile();
    }
  }

  private void deleteProfile() {
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A leftover temporary profile is harmless.
    }
  }

  /** The screen sizes pages are checked at. */
  public enum Viewport {
    PHONE(390, 844, true),
    DESKTOP(1366, 900, false);

    private final int width;
    private final int height;
    private final boolean mobile;

    Viewport(int width, int height, boolean mobile) {
      this.width = width;
      this.height = height;
      this.mobile = mobile;
    }

    public int width() {
      return width;
    }

    public int height() {
      return height;
    }

    public boolean mobile() {
      return mobile;
    }
  }
}
