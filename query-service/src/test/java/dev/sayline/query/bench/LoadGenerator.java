package dev.sayline.query.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Closed-loop load on the query-service: {@code clients} threads each send one request at a
 * time, chosen from a weighted mix of every read endpoint with parameters drawn from what the
 * index holds (speakers and tags read from the service, ids from searches) and a fixed list of
 * query words. Requests of the warm-up are not counted. Prints p50/p90/p99/max latency and
 * throughput per endpoint as a Markdown table.
 *
 * <pre>
 * LoadGenerator --base http://127.0.0.1:38080 [--clients 24] [--warmup 20] [--duration 60] [--only /quotes] [--seed 7] [--out file.md]
 * </pre>
 */
public final class LoadGenerator {

    /** Our own query vocabulary for a corpus of 2015–16 US political news and 2025 Russia–Ukraine commentary. */
    private static final List<String> WORDS = List.of("immigration", "tax", "\"health care\"", "debate", "email", "ISIS",
            "Obamacare", "trade", "wall", "polls", "\"Supreme Court\"", "ceasefire", "NATO", "Russia", "economy", "jobs",
            "terrorism", "convention", "delegates", "Iowa", "guns", "refugees", "campaign", "Clinton", "Trump", "Sanders",
            "Cruz", "Rubio", "Obama", "Congress", "Republicans", "Democrats", "\"foreign policy\"", "voters", "budget",
            "police", "Syria", "\"Iran deal\"", "climate", "women", "security", "media", "veterans", "China", "Mexico",
            "nomination", "primary", "\"New Hampshire\"", "Benghazi", "Anchorage");
    private static final String[] MONTHS = {"2015-11", "2015-12", "2016-01", "2016-02", "2016-03", "2016-04", "2016-05",
            "2016-06", "2016-07", "2016-08", "2016-09"};

    private final String base;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final List<String> speakers = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    private final List<String> ids = new ArrayList<>();
    private final Map<String, Integer> weights = new LinkedHashMap<>();
    private final Map<String, Function<Random, String>> generators = new HashMap<>();

    private LoadGenerator(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        mix("/search", 30, this::search);
        mix("/search (cursor page 2)", 5, null); // sent as a follow-up of a /search, see run()
        mix("/quotes", 25, this::quotes);
        mix("/speakers", 10, this::speakerList);
        mix("/speakers/{name}", 5, r -> "/speakers/" + enc(pick(r, speakers)));
        mix("/timeline", 15, this::timeline);
        mix("/documents/{id}", 5, r -> "/documents/" + enc(pick(r, ids)));
        mix("/documents/{id}/similar", 5, r -> "/documents/" + enc(pick(r, ids)) + "/similar?size=10");
    }

    private void mix(String endpoint, int weight, Function<Random, String> generator) {
        weights.put(endpoint, weight);
        if (generator != null) {
            generators.put(endpoint, generator);
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = Args.parse(args);
        LoadGenerator load = new LoadGenerator(opts.getOrDefault("base", "http://127.0.0.1:38080"));
        load.discover();
        String report = load.run(Integer.parseInt(opts.getOrDefault("clients", "24")),
                Duration.ofSeconds(Long.parseLong(opts.getOrDefault("warmup", "20"))),
                Duration.ofSeconds(Long.parseLong(opts.getOrDefault("duration", "60"))),
                opts.get("only"), Long.parseLong(opts.getOrDefault("seed", "7")));
        System.out.println(report);
        if (opts.containsKey("out")) {
            Files.writeString(Path.of(opts.get("out")), report, StandardCharsets.UTF_8);
        }
    }

    /** Reads speakers, tags and document ids from the service, so requests hit real data. */
    private void discover() throws IOException, InterruptedException {
        get("/speakers?size=80").path("speakers").forEach(s -> speakers.add(s.path("name").asText()));
        JsonNode facets = get("/search?size=1&facets=true").path("facets");
        facets.path("tags").forEach(t -> tags.add(t.path("value").asText()));
        for (String w : WORDS.subList(0, 20)) {
            get("/search?facets=false&size=20&q=" + enc(w)).path("hits").forEach(h -> ids.add(h.path("id").asText()));
        }
        long total = get("/search?size=1&facets=false").path("total").asLong();
        long quotes = get("/speakers?size=1").path("quotes").asLong();
        if (speakers.isEmpty() || tags.isEmpty() || ids.isEmpty()) {
            throw new IllegalStateException("the index holds no speakers, tags or documents: load it first (BenchLoader)");
        }
        System.err.printf("Index: %,d documents, %,d quotes; %d speakers, %d tags, %d ids to draw from%n",
                total, quotes, speakers.size(), tags.size(), ids.size());
    }

    private String search(Random r) {
        StringBuilder p = new StringBuilder("/search?size=10&q=").append(enc(pick(r, WORDS)));
        double x = r.nextDouble();
        if (x < 0.15) {
            p.append("&speaker=").append(enc(pick(r, speakers)));
        } else if (x < 0.30) {
            p.append("&tag=").append(enc(pick(r, tags)));
        } else if (x < 0.45) {
            int from = r.nextInt(MONTHS.length - 2);
            p.append("&publishedFrom=").append(MONTHS[from]).append("&publishedTo=").append(MONTHS[from + 2]);
        } else if (x < 0.50) {
            p.append("&mentionsFrom=2016-01&mentionsTo=2016-03");
        }
        if (r.nextDouble() < 0.2) {
            p.append("&sort=date");
        }
        if (r.nextDouble() < 0.3) {
            p.append("&facets=false");
        }
        return p.toString();
    }

    private String quotes(Random r) {
        StringBuilder p = new StringBuilder("/quotes?size=10");
        if (r.nextDouble() < 0.6) {
            String speaker = pick(r, speakers);
            if (r.nextDouble() < 0.3 && speaker.contains(" ")) {
                speaker = speaker.substring(speaker.lastIndexOf(' ') + 1); // a surname: resolved through aliases
            }
            p.append("&speaker=").append(enc(speaker));
        }
        if (r.nextDouble() < 0.6) {
            p.append("&q=").append(enc(pick(r, WORDS)));
        }
        if (r.nextDouble() < 0.3) {
            int from = r.nextInt(MONTHS.length - 3);
            p.append("&publishedFrom=").append(MONTHS[from]).append("&publishedTo=").append(MONTHS[from + 3]);
        }
        if (r.nextDouble() < 0.2) {
            p.append("&kind=direct");
        }
        return p.toString();
    }

    private String speakerList(Random r) {
        double x = r.nextDouble();
        if (x < 0.5) {
            return "/speakers?size=20&q=" + enc(pick(r, WORDS));
        }
        if (x < 0.8) {
            return "/speakers?size=20&tag=" + enc(pick(r, tags));
        }
        int from = r.nextInt(MONTHS.length - 2);
        return "/speakers?size=20&publishedFrom=" + MONTHS[from] + "&publishedTo=" + MONTHS[from + 2];
    }

    private String timeline(Random r) {
        boolean quotes = r.nextBoolean();
        StringBuilder p = new StringBuilder("/timeline?of=").append(quotes ? "quotes" : "documents")
                .append("&interval=").append(r.nextDouble() < 0.7 ? "month" : "week");
        if (r.nextDouble() < 0.7) {
            p.append("&q=").append(enc(pick(r, WORDS)));
        }
        if (quotes && r.nextDouble() < 0.4) {
            p.append("&speaker=").append(enc(pick(r, speakers)));
        }
        if (r.nextDouble() < 0.3) {
            p.append("&split=speaker");
        }
        return p.toString();
    }

    private String run(int clients, Duration warmup, Duration duration, String only, long seed) throws InterruptedException {
        Instant start = Instant.now();
        Instant measureFrom = start.plus(warmup);
        Instant end = measureFrom.plus(duration);
        Map<String, List<long[]>> perThread = new ConcurrentHashMap<>();
        AtomicLong errors = new AtomicLong();
        Map<String, AtomicLong> errorsByEndpoint = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(clients);
        List<String> endpoints = new ArrayList<>(weights.keySet());
        int[] cumulative = new int[endpoints.size()];
        int sum = 0;
        for (int i = 0; i < endpoints.size(); i++) {
            String e = endpoints.get(i);
            boolean included = only == null ? true : e.equals(only) || (only.equals("/search") && e.startsWith("/search"));
            sum += included ? weights.get(e) : 0;
            cumulative[i] = sum;
        }
        final int totalWeight = sum;
        for (int c = 0; c < clients; c++) {
            Random r = new Random(seed * 1000 + c);
            Thread t = new Thread(() -> {
                Map<String, long[]> mine = new HashMap<>();
                Map<String, Integer> used = new HashMap<>();
                try {
                    while (Instant.now().isBefore(end)) {
                        int pickW = r.nextInt(totalWeight);
                        int i = 0;
                        while (cumulative[i] <= pickW) {
                            i++;
                        }
                        String endpoint = endpoints.get(i);
                        String path;
                        if (endpoint.startsWith("/search (cursor")) {
                            String first = search(r).replace("&facets=false", "") + "&facets=false";
                            JsonNode page = fetch(first, null, mine, used, errorsByEndpoint, false);
                            String cursor = page == null ? null : page.path("nextCursor").asText(null);
                            if (cursor == null) {
                                continue;
                            }
                            path = first + "&cursor=" + enc(cursor);
                        } else {
                            path = generators.get(endpoint).apply(r);
                        }
                        boolean measured = Instant.now().isAfter(measureFrom);
                        fetch(path, measured ? endpoint : null, mine, used, errorsByEndpoint, true);
                    }
                } finally {
                    mine.forEach((k, v) -> perThread.computeIfAbsent(k, x -> java.util.Collections.synchronizedList(new ArrayList<>()))
                            .add(Arrays.copyOf(v, used.get(k))));
                    done.countDown();
                }
            }, "load-" + c);
            t.setDaemon(true);
            t.start();
        }
        done.await();
        errorsByEndpoint.values().forEach(a -> errors.addAndGet(a.get()));
        return report(perThread, errorsByEndpoint, clients, warmup, duration, only);
    }

    /** Sends a GET; records its latency under {@code label} (null: not recorded). */
    private JsonNode fetch(String path, String label, Map<String, long[]> mine, Map<String, Integer> used,
                           Map<String, AtomicLong> errors, boolean discardBody) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            long micros = (System.nanoTime() - t0) / 1000;
            if (r.statusCode() != 200) {
                errors.computeIfAbsent(label == null ? "setup" : label, k -> new AtomicLong()).incrementAndGet();
                if (errors.values().stream().mapToLong(AtomicLong::get).sum() < 5) {
                    System.err.println("HTTP " + r.statusCode() + " " + path + " " + r.body());
                }
                return null;
            }
            if (label != null) {
                long[] arr = mine.computeIfAbsent(label, k -> new long[1024]);
                int n = used.getOrDefault(label, 0);
                if (n == arr.length) {
                    arr = Arrays.copyOf(arr, n * 2);
                    mine.put(label, arr);
                }
                arr[n] = micros;
                used.put(label, n + 1);
            }
            return discardBody ? null : json.readTree(r.body());
        } catch (IOException | InterruptedException e) {
            errors.computeIfAbsent(label == null ? "setup" : label, k -> new AtomicLong()).incrementAndGet();
            return null;
        }
    }

    private String report(Map<String, List<long[]>> perThread, Map<String, AtomicLong> errors, int clients,
                          Duration warmup, Duration duration, String only) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%d clients, closed loop, %d s warm-up (not counted), %d s measured%s%n%n",
                clients, warmup.toSeconds(), duration.toSeconds(), only == null ? ", mixed endpoints" : ", only " + only));
        out.append("| endpoint | share | requests | req/s | p50 ms | p90 ms | p99 ms | max ms | errors |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        long all = 0;
        List<long[]> everything = new ArrayList<>();
        for (String endpoint : weights.keySet()) {
            List<long[]> parts = perThread.get(endpoint);
            if (parts == null) {
                continue;
            }
            long[] merged = merge(parts);
            everything.add(merged);
            all += merged.length;
        }
        for (String endpoint : weights.keySet()) {
            List<long[]> parts = perThread.get(endpoint);
            if (parts == null) {
                continue;
            }
            long[] lat = merge(parts);
            out.append(row(endpoint, lat, all, duration, errors.getOrDefault(endpoint, new AtomicLong()).get()));
        }
        long total = errors.values().stream().mapToLong(AtomicLong::get).sum();
        out.append(row("**all**", merge(everything), all, duration, total));
        return out.toString();
    }

    private static String row(String endpoint, long[] lat, long all, Duration duration, long errors) {
        Arrays.sort(lat);
        return String.format("| %s | %.0f%% | %,d | %.1f | %.1f | %.1f | %.1f | %.1f | %d |%n", endpoint,
                100.0 * lat.length / Math.max(1, all), lat.length, lat.length / (double) duration.toSeconds(),
                pct(lat, 50), pct(lat, 90), pct(lat, 99), lat.length == 0 ? 0 : lat[lat.length - 1] / 1000.0, errors);
    }

    private static long[] merge(List<long[]> parts) {
        long[] out = new long[parts.stream().mapToInt(a -> a.length).sum()];
        int at = 0;
        for (long[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    /** Nearest-rank percentile, in milliseconds. */
    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1000.0;
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("HTTP " + r.statusCode() + " for " + path + ": " + r.body());
        }
        return json.readTree(r.body());
    }

    private static String pick(Random r, List<String> values) {
        return values.get(r.nextInt(values.size()));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
