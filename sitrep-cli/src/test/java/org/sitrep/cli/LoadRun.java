package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
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
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A load test of {@code sitrep serve} on loopback (issue 15): the server runs as its own process over a data directory;
 * {@code readers} threads read in a closed loop (lists, search, one article, its provenance, events, stories) and
 * {@code writers} threads post batches of new articles, each with a unique URL, half answered once stored
 * ({@code ?wait=true}) and half accepted (202) and then followed until stored. First the readers alone: 10 s not
 * recorded (the JIT's), then {@code baselineSeconds} (the baseline, same run, same machine); then readers and writers for {@code loadSeconds},
 * the server killed with SIGKILL halfway and started again. At the end every acknowledged write (a 201, 200 or 202)
 * must be stored exactly once, and no URL twice.
 *
 * <p>Latencies are per endpoint and phase; a request that fails because the server is down (killed, restarting) is
 * counted apart, not as an error of the server.
 */
final class LoadRun {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern BOUND = Pattern.compile("on http://127\\.0\\.0\\.1:(\\d+)/");
    private static final String[] PLACES = {"Kupiansk", "Izium", "Kharkiv", "Bakhmut", "Avdiivka", "Kherson", "Odesa", "Zaporizhzhia",
            "Pokrovsk", "Sumy", "Chernihiv", "Mykolaiv", "Kramatorsk", "Sloviansk", "Lyman", "Vuhledar"};
    private static final String[] ACTS = {"Shelling damaged homes in", "Drones struck an energy facility near", "A missile hit a warehouse in",
            "Troops repelled an assault near", "Air defence shot down drones over", "Evacuations continued from"};
    private static final String[] WORDS = {"Kupiansk", "shelling", "drones", "Izium", "governor", "missile", "Kharkiv", "evacuation"};

    static final int WARM_UP_SECONDS = 10;

    /** @param thinkMillis each reader's pause between requests (0: a closed loop, as fast as the server answers) */
    record Config(Path data, int readers, int writers, int baselineSeconds, int loadSeconds, boolean kill, int thinkMillis) {
    }

    /** Latencies (ms) and outcomes of one endpoint in one phase. */
    static final class Stats {
        final List<Double> millis = new ArrayList<>();
        long serverErrors;
        long clientErrors;
        long refusedBusy;

        synchronized void add(double ms, int status) {
            millis.add(ms);
            if (status == 503) refusedBusy++;
            else if (status >= 500) serverErrors++;
            else if (status >= 400) clientErrors++;
        }

        synchronized double percentile(double p) {
            if (millis.isEmpty()) return Double.NaN;
            double[] a = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            return a[Math.min(a.length - 1, (int) Math.ceil(p / 100.0 * a.length) - 1)];
        }

        synchronized long count() {
            return millis.size();
        }
    }

    /** What a run found. */
    record Result(Map<String, Stats> stats, long acknowledged, long acknowledgedMissing, long duplicated, long downErrors,
                  long storedArticles, double killedAtSeconds, double restartSeconds) {
        Stats get(String phaseAndEndpoint) {
            return stats.get(phaseAndEndpoint);
        }

        /** All reads of a phase together. */
        Stats reads(String phase) {
            Stats all = new Stats();
            stats.forEach((k, s) -> {
                if (k.startsWith(phase + " GET ")) {
                    synchronized (s) {
                        all.millis.addAll(s.millis);
                        all.serverErrors += s.serverErrors;
                        all.clientErrors += s.clientErrors;
                        all.refusedBusy += s.refusedBusy;
                    }
                }
            });
            return all;
        }

        long serverErrors() {
            return stats.values().stream().mapToLong(s -> s.serverErrors + s.refusedBusy).sum();
        }

        String table() {
            StringBuilder b = new StringBuilder(String.format("%-34s %7s %8s %8s %8s %5s %5s%n", "phase endpoint", "n", "p50 ms", "p95 ms", "p99 ms", "5xx", "4xx"));
            for (var e : new TreeMap<>(stats).entrySet()) {
                Stats s = e.getValue();
                b.append(String.format("%-34s %7d %8.1f %8.1f %8.1f %5d %5d%n", e.getKey(), s.count(), s.percentile(50), s.percentile(95), s.percentile(99),
                        s.serverErrors + s.refusedBusy, s.clientErrors));
            }
            for (String phase : List.of("baseline", "load")) {
                Stats r = reads(phase);
                b.append(String.format("%-34s %7d %8.1f %8.1f %8.1f %5d %5d%n", phase + " all reads", r.count(), r.percentile(50), r.percentile(95),
                        r.percentile(99), r.serverErrors + r.refusedBusy, r.clientErrors));
            }
            b.append(String.format("acknowledged writes %d, missing after restart %d, stored twice %d, requests refused while down %d, articles stored %d%n",
                    acknowledged, acknowledgedMissing, duplicated, downErrors, storedArticles));
            if (killedAtSeconds > 0) b.append(String.format("killed (SIGKILL) at %.1f s into the load; serving again %.1f s later%n", killedAtSeconds, restartSeconds));
            return b.toString();
        }
    }

    private final Config config;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, Stats> stats = new ConcurrentHashMap<>();
    private final Set<String> acked = ConcurrentHashMap.newKeySet();
    private final AtomicLong down = new AtomicLong();
    private final AtomicReference<String> base = new AtomicReference<>();
    private final AtomicLong serial = new AtomicLong();
    private volatile String phase = "warm-up";
    private volatile boolean running = true;
    private volatile List<String> ids = List.of();
    private String token;
    private Process server;

    LoadRun(Config config) {
        this.config = config;
    }

    Result run() throws Exception {
        startServer();
        ids = ids();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < config.readers(); i++) threads.add(Thread.ofPlatform().name("reader-" + i).start(this::read));
        // Unrecorded: the server's first seconds are the JIT's; the figures are of a server that has been running.
        Thread.sleep(TimeUnit.SECONDS.toMillis(WARM_UP_SECONDS));
        phase = "baseline";
        Thread.sleep(TimeUnit.SECONDS.toMillis(config.baselineSeconds()));
        phase = "load";
        for (int i = 0; i < config.writers(); i++) {
            int w = i;
            threads.add(Thread.ofPlatform().name("writer-" + i).start(() -> write(w)));
        }
        long loadStart = System.nanoTime();
        double killedAt = 0;
        double restart = 0;
        if (config.kill()) {
            Thread.sleep(TimeUnit.SECONDS.toMillis(config.loadSeconds()) / 2);
            killedAt = (System.nanoTime() - loadStart) / 1e9;
            base.set(null);
            server.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
            server.waitFor(30, TimeUnit.SECONDS);
            long t0 = System.nanoTime();
            startServer();
            restart = (System.nanoTime() - t0) / 1e9;
        }
        long left = TimeUnit.SECONDS.toNanos(config.loadSeconds()) - (System.nanoTime() - loadStart);
        if (left > 0) Thread.sleep(TimeUnit.NANOSECONDS.toMillis(left));
        running = false;
        for (Thread t : threads) t.join(TimeUnit.SECONDS.toMillis(150));
        awaitInboxEmpty();
        stopServer();
        return check(killedAt, restart);
    }

    private void startServer() throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED", "-Xmx2g"));
        String jvm = System.getProperty("load.jvm", "");
        if (!jvm.isBlank()) cmd.addAll(Arrays.asList(jvm.strip().split("\\s+")));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--data", config.data().toString(), "serve", "--port", "0"));
        // Annotation (CoreNLP) in the background is off unless asked for: -Dload.nlp=true.
        if (!Boolean.getBoolean("load.nlp")) cmd.add("--no-nlp");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("SITREP_EMBEDDINGS", System.getProperty("load.embeddings", "on"));
        server = pb.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        String line;
        StringBuilder seen = new StringBuilder();
        while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
            seen.append(line).append('\n');
            Matcher m = BOUND.matcher(line);
            if (m.find()) {
                token = Files.readString(config.data().resolve("serve-token")).strip();
                base.set("http://127.0.0.1:" + m.group(1));
                Thread.ofPlatform().daemon().start(() -> out.lines().forEach(l -> { })); // keep the pipe drained
                return;
            }
        }
        throw new IllegalStateException("serve did not start:\n" + seen);
    }

    private void stopServer() throws InterruptedException {
        server.destroy(); // SIGTERM: the shutdown hook stops the server and closes the store
        if (!server.waitFor(60, TimeUnit.SECONDS)) server.destroyForcibly();
    }

    private List<String> ids() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base.get() + "/api/articles?limit=200")).build(), HttpResponse.BodyHandlers.ofString());
        List<String> out = new ArrayList<>();
        for (JsonNode a : JSON.readTree(r.body()).get("items")) out.add(a.get("id").asText());
        if (out.isEmpty()) throw new IllegalStateException("the data directory has no articles to read");
        return out;
    }

    private void read() {
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        int i = rnd.nextInt(6);
        while (running) {
            String id = ids.get(rnd.nextInt(ids.size()));
            String[] request = switch (i++ % 6) {
                case 0 -> new String[] {"GET /api/articles", "/api/articles?limit=50"};
                case 1 -> new String[] {"GET /api/search", "/api/search?q=" + WORDS[rnd.nextInt(WORDS.length)]};
                case 2 -> new String[] {"GET /api/articles/{id}", "/api/articles/" + id};
                case 3 -> new String[] {"GET /api/articles/{id}/provenance", "/api/articles/" + id + "/provenance"};
                case 4 -> new String[] {"GET /api/events", "/api/events?limit=20"};
                default -> new String[] {"GET /api/stories", "/api/stories?limit=20"};
            };
            send(request[0], request[1], null);
            if (config.thinkMillis() > 0) sleep(config.thinkMillis());
        }
    }

    private void write(int writer) {
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        int n = 0;
        while (running) {
            List<String> urls = new ArrayList<>();
            StringBuilder body = new StringBuilder("[");
            int size = 1 + rnd.nextInt(3);
            for (int k = 0; k < size; k++) {
                long s = serial.incrementAndGet();
                String url = "https://load.example/w" + writer + "/" + s + "-" + Long.toHexString(rnd.nextLong());
                urls.add(url);
                String place = PLACES[rnd.nextInt(PLACES.length)];
                String text = ACTS[rnd.nextInt(ACTS.length)] + " " + place + " on day " + s + ", officials said. "
                        + "Local authorities reported " + rnd.nextInt(1, 40) + " people affected and " + rnd.nextInt(1, 9)
                        + " buildings damaged. Report " + s + " by writer " + writer + " repeats nothing said before.";
                try {
                    body.append(k == 0 ? "" : ",").append(JSON.writeValueAsString(Map.of("title", place + ": report " + s, "url", url,
                            "text", text, "outlet", "load" + writer + ".example", "published", "2024-05-" + (10 + rnd.nextInt(18)))));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            body.append(']');
            boolean wait = n++ % 2 == 0;
            String path = wait ? "/api/articles?wait=true" : "/api/articles";
            HttpResponse<String> r = send("POST " + path, path, body.toString());
            if (r == null) continue;
            int st = r.statusCode();
            if (st == 201 || st == 200 || st == 202) acked.addAll(urls);
            if (st == 503) sleep(1000L * Integer.parseInt(r.headers().firstValue("Retry-After").orElse("1")));
            if (st == 202) follow(r.body());
        }
    }

    /** Follows an accepted batch until it is stored, as a client that wants to know would (at most 60 s). */
    private void follow(String accepted) {
        try {
            String url = JSON.readTree(accepted).get("status_url").asText();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (running && System.nanoTime() < deadline) {
                HttpResponse<String> r = send("GET /api/batches/{id}", url, null);
                if (r == null || r.statusCode() == 404) return; // the server restarted: the batch is stored at start
                String status = JSON.readTree(r.body()).get("status").asText();
                if (status.equals("done") || status.equals("failed")) return;
                sleep(20);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends to the server now up (waiting while it restarts); null when it went down during the request. */
    private HttpResponse<String> send(String endpoint, String path, String postBody) {
        String b;
        while ((b = base.get()) == null) {
            if (!running) return null;
            sleep(20);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(b + path)).timeout(Duration.ofSeconds(150));
        if (postBody != null) {
            request.header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString(postBody));
        }
        HttpRequest built = request.build();
        String p = phase;
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(built, HttpResponse.BodyHandlers.ofString());
            if (!p.equals("warm-up")) stats.computeIfAbsent(p + " " + endpoint, k -> new Stats()).add((System.nanoTime() - t0) / 1e6, r.statusCode());
            return r;
        } catch (IOException e) {
            down.incrementAndGet();
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void awaitInboxEmpty() throws Exception {
        Path inbox = config.data().resolve("inbox");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            try (var files = Files.list(inbox)) {
                if (files.noneMatch(f -> f.toString().endsWith(".json"))) return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the inbox did not empty in 120 s");
    }

    private Result check(double killedAt, double restart) throws Exception {
        Map<String, Integer> byUrl = new java.util.HashMap<>();
        long stored;
        try (org.sitrep.store.SitrepStore store = org.sitrep.store.SitrepStore.openReadOnly(config.data())) {
            stored = store.countArticles();
            for (var a : store.articles(new org.sitrep.store.SitrepStore.ArticleQuery(Integer.MAX_VALUE, 0, null, null))) {
                if (a.url() != null) byUrl.merge(a.url(), 1, Integer::sum);
            }
        }
        long missing = acked.stream().filter(u -> !byUrl.containsKey(u)).count();
        long twice = byUrl.values().stream().filter(c -> c > 1).count();
        return new Result(Map.copyOf(stats), acked.size(), missing, twice, down.get(), stored, killedAt, restart);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A long run from the command line: {@code DATA READERS WRITERS BASELINE_S LOAD_S [nokill]}; the data directory
     * must hold articles (ingest the sample corpus first).
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: LoadRun DATA READERS WRITERS BASELINE_SECONDS LOAD_SECONDS [nokill] (readers in a closed loop)");
            System.exit(2);
        }
        Config c = new Config(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                Integer.parseInt(args[4]), !Arrays.asList(args).contains("nokill"), 0);
        System.out.print(new LoadRun(c).run().table());
    }
}
