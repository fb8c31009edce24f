package org.axiswatch.web;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.axiswatch.read.ReadException;
import org.axiswatch.web.Views.SearchQuery;

/**
 * axiswatch bench web: N concurrent clients searching and reading against an in-process server on
 * loopback, next to two baselines measured in the same run — one client over HTTP (what
 * concurrency buys) and the same calls made in-process without HTTP (what HTTP costs).
 * Bounded by time and by a request cap; binds 127.0.0.1 only.
 */
public final class WebBench {
  /** Search words of the field, Korean and English. */
  static final List<String> WORDS = List.of("포탄", "미사일", "위성", "러시아", "북한", "식량", "노동자",
      "artillery", "missiles", "satellite", "Russia", "petroleum", "workers");

  public record Settings(int clients, Duration duration, long maxRequests, Path corpus, int documents) {
    public Settings {
      if (clients < 1 || clients > 500) {
        throw new IllegalArgumentException("clients must be 1..500: " + clients);
      }
      if (duration.isNegative() || duration.isZero() || duration.toMinutes() > 30) {
        throw new IllegalArgumentException("duration must be over 0 and at most 30 min: " + duration);
      }
    }
  }

  /** What one phase measured. */
  public record Figures(String phase, int clients, long requests, long errors, double seconds,
      double p50Millis, double p99Millis) {
    double perSecond() {
      return requests / seconds;
    }
  }

  private final Settings settings;
  private final PrintStream out;

  public WebBench(Settings settings, PrintStream out) {
    this.settings = settings;
    this.out = out;
  }

  public List<Figures> run(Workbench workbench) throws IOException, InterruptedException {
    List<Path> files = BenchCorpus.files(settings.corpus(), settings.documents());
    long started = System.nanoTime();
    List<String> ids = new ArrayList<>();
    for (Path f : files) {
      try {
        ids.add(workbench.upload(f.getFileName().toString(), Files.readAllBytes(f)).document().id());
      } catch (ReadException e) {
        out.println("skipped " + e.getMessage());
      }
    }
    out.printf("corpus: %d documents from %s, analysed and loaded in %.1f s%n", ids.size(),
        settings.corpus(), (System.nanoTime() - started) / 1e9);
    if (ids.isEmpty()) {
      throw new IOException(settings.corpus() + ": no documents to serve");
    }
    String token = AccessToken.generate();
    Duration baseline = settings.duration().dividedBy(5).compareTo(Duration.ofSeconds(10)) > 0
        ? Duration.ofSeconds(10) : settings.duration().dividedBy(5);
    List<Figures> figures = new ArrayList<>();
    // the mix neither screens nor uploads, so the server gets an empty list to screen against
    ListScreening noLists = new ListScreening(new org.axiswatch.sanctions.Screener(List.of()));
    try (WorkbenchServer server = WorkbenchServer.start(workbench, noLists,
        new WorkbenchServer.Config("127.0.0.1", 0, token, WorkbenchServer.Config.DEFAULT_MAX_UPLOAD))) {
      Requests requests = new Requests("http://127.0.0.1:" + server.port(), token, ids);
      // warm-up, not counted: the JIT and the connection pools settle before anything is timed
      Duration warmUp = baseline.dividedBy(2);
      inProcess(workbench, ids, warmUp);
      load("warm-up", requests, Math.min(4, settings.clients()), warmUp);
      figures.add(inProcess(workbench, ids, baseline));
      figures.add(load("one client (HTTP)", requests, 1, baseline));
      figures.add(load(settings.clients() + " clients (HTTP)", requests, settings.clients(), settings.duration()));
    }
    print(figures);
    return figures;
  }

  private Figures inProcess(Workbench workbench, List<String> ids, Duration time) {
    Random random = new Random(7);
    Recorder rec = new Recorder();
    long end = System.nanoTime() + time.toNanos();
    while (System.nanoTime() < end && rec.count() < settings.maxRequests()) {
      long t = System.nanoTime();
      if (random.nextInt(3) < 2) {
        workbench.search(new SearchQuery(WORDS.get(random.nextInt(WORDS.size())), null, null, null, null, null, null, 20));
      } else {
        workbench.document(ids.get(random.nextInt(ids.size())));
      }
      rec.add(System.nanoTime() - t, true);
    }
    return rec.figures("in-process, no HTTP", 1, time);
  }

  private Figures load(String phase, Requests requests, int clients, Duration time)
      throws InterruptedException {
    Recorder[] recs = new Recorder[clients];
    AtomicLong sent = new AtomicLong();
    long end = System.nanoTime() + time.toNanos();
    long begun = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Recorder rec = recs[c] = new Recorder();
      Random random = new Random(c);
      running.add(pool.submit(() -> {
        while (System.nanoTime() < end && sent.incrementAndGet() <= settings.maxRequests()) {
          long t = System.nanoTime();
          boolean ok = requests.one(random);
          rec.add(System.nanoTime() - t, ok);
        }
      }));
    }
    pool.shutdown();
    if (!pool.awaitTermination(time.toSeconds() + 60, java.util.concurrent.TimeUnit.SECONDS)) {
      pool.shutdownNow();
    }
    Recorder all = Recorder.merge(recs);
    return all.figures(phase, clients, Duration.ofNanos(System.nanoTime() - begun));
  }

  private void print(List<Figures> figures) {
    out.printf("%-24s %8s %9s %7s %10s %9s %9s%n", "phase", "clients", "requests", "errors", "req/s",
        "p50 ms", "p99 ms");
    for (Figures f : figures) {
      out.printf("%-24s %8d %9d %7d %10.1f %9.2f %9.2f%n", f.phase(), f.clients(), f.requests(),
          f.errors(), f.perSecond(), f.p50Millis(), f.p99Millis());
    }
    Figures direct = figures.get(0);
    Figures one = figures.get(1);
    Figures many = figures.get(2);
    out.printf("ratio: %d clients / one client = %.2fx throughput; one client HTTP / in-process = %.2fx%n",
        many.clients(), many.perSecond() / one.perSecond(), one.perSecond() / direct.perSecond());
  }

  /** The request mix: two searches to one document read, as an analyst browsing results. */
  private static final class Requests {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String token;
    private final List<String> ids;

    Requests(String base, String token, List<String> ids) {
      this.base = base;
      this.token = token;
      this.ids = ids;
    }

    /** Sends one request; true when it was answered 200. */
    boolean one(Random random) {
      String path = random.nextInt(3) < 2
          ? "/api/search?q=" + URLEncoder.encode(WORDS.get(random.nextInt(WORDS.size())), StandardCharsets.UTF_8)
          : "/api/documents/" + ids.get(random.nextInt(ids.size()));
      try {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
            .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
        return r.statusCode() == 200;
      } catch (IOException e) {
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }

  /** Latencies of one client, in nanoseconds. */
  private static final class Recorder {
    private long[] nanos = new long[1024];
    private int n;
    private long errors;

    void add(long latency, boolean ok) {
      if (n == nanos.length) {
        nanos = Arrays.copyOf(nanos, n * 2);
      }
      nanos[n++] = latency;
      if (!ok) {
        errors++;
      }
    }

    int count() {
      return n;
    }

    static Recorder merge(Recorder[] parts) {
      Recorder all = new Recorder();
      for (Recorder p : parts) {
        for (int i = 0; i < p.n; i++) {
          all.add(p.nanos[i], true);
        }
        all.errors += p.errors;
      }
      return all;
    }

    Figures figures(String phase, int clients, Duration time) {
      long[] sorted = Arrays.copyOf(nanos, n);
      Arrays.sort(sorted);
      return new Figures(phase, clients, n, errors, time.toNanos() / 1e9,
          percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.99) / 1e6);
    }

    private static double percentile(long[] sorted, double p) {
      return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) (p * sorted.length))];
    }
  }
}
