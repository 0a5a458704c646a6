package de.digitalezukunfthagen.digitalcheck.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * A closed-loop load generator on loopback: N platform threads, each sending its next request as soon
 * as the last one is answered, until a deadline or a request count is reached. Every latency is kept,
 * so percentiles are exact.
 */
final class Load {
    /** Per client; keeps a phase bounded even on a very fast server. */
    private static final int MAX_REQUESTS_PER_CLIENT = 200_000;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** What one phase did. */
    record Phase(long ok, long errors, double seconds, long[] sortedNanos) {
        double perSecond() {
            return ok / seconds;
        }

        /** Nearest-rank percentile in milliseconds. */
        double ms(double percentile) {
            if (sortedNanos.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(percentile / 100.0 * sortedNanos.length);
            return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
        }
    }

    /** The response of one request: its status and body. */
    HttpResponse<byte[]> send(HttpRequest request) throws java.io.IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build();
    }

    static HttpRequest putJson(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static HttpRequest postJson(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /**
     * Runs {@code clients} loops for {@code seconds}; request number {@code n} is {@code requests.apply(n)}.
     * A request counts as ok when it is answered 200 with a body.
     */
    Phase run(int clients, double seconds, IntFunction<HttpRequest> requests) throws InterruptedException {
        return run(clients, seconds, requests, (n, answered) -> { });
    }

    /** What became of request number {@code n}: answered (200 with a body) or not. Called on the client's thread. */
    @FunctionalInterface
    interface Outcome {
        void of(int n, boolean answered);
    }

    /** As {@link #run(int, double, IntFunction)}, telling {@code outcome} what became of every request. */
    Phase run(int clients, double seconds, IntFunction<HttpRequest> requests, Outcome outcome) throws InterruptedException {
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        int[] counts = new int[clients];
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(clients);
        long[] deadline = new long[1];
        for (int i = 0; i < clients; i++) {
            int me = i;
            long[] mine = new long[MAX_REQUESTS_PER_CLIENT];
            latencies.add(mine);
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    int k = 0;
                    while (k < mine.length && System.nanoTime() < deadline[0]) {
                        int n = me + k * clients;
                        HttpRequest request = requests.apply(n);
                        long t0 = System.nanoTime();
                        boolean answered;
                        try {
                            HttpResponse<byte[]> response = send(request);
                            answered = response.statusCode() == 200 && response.body().length > 0;
                        } catch (java.io.IOException e) {
                            answered = false;
                        }
                        mine[k++] = System.nanoTime() - t0;
                        (answered ? ok : errors).incrementAndGet();
                        outcome.of(n, answered);
                    }
                    counts[me] = k;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "load-" + i);
            thread.setDaemon(true);
            thread.start();
        }
        long t0 = System.nanoTime();
        deadline[0] = t0 + (long) (seconds * 1e9);
        start.countDown();
        done.await();
        double elapsed = (System.nanoTime() - t0) / 1e9;
        long[] all = new long[Arrays.stream(counts).sum()];
        int at = 0;
        for (int i = 0; i < clients; i++) {
            System.arraycopy(latencies.get(i), 0, all, at, counts[i]);
            at += counts[i];
        }
        Arrays.sort(all);
        return new Phase(ok.get(), errors.get(), elapsed, all);
    }
}
