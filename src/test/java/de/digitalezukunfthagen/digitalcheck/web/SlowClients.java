package de.digitalezukunfthagen.digitalcheck.web;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Opens many connections on loopback that send a request body one byte at a time, and meanwhile asks
 * for a normal page twice a second. Used by {@code SlowClientsTest} (short) and {@code bench/slow-clients.sh}
 * (long; run with {@code main}).
 */
public final class SlowClients {
    /** What happened: the normal requests' latencies and how many slow connections the server cut off. */
    public record Outcome(List<Long> normalMillis, int failedNormal, int slowOpened, int slowCutOff, int maxThreadsInApp) {
        public long maxMillis() {
            return normalMillis.stream().mapToLong(Long::longValue).max().orElse(Long.MAX_VALUE);
        }

        public long median() {
            List<Long> sorted = new ArrayList<>(normalMillis);
            Collections.sort(sorted);
            return sorted.isEmpty() ? -1 : sorted.get(sorted.size() / 2);
        }
    }

    private SlowClients() {
    }

    /**
     * Keeps {@code connections} slow uploads going against {@code port} for {@code duration}, each sending
     * one byte every {@code byteEvery}; a connection the server answers or closes is opened again at once.
     * Meanwhile another thread asks for a normal page every 500 ms (5 s timeout each: the caller judges the latency).
     */
    public static Outcome run(int port, int connections, Duration duration, Duration byteEvery) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failed = new AtomicInteger();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        // warm: the client's first request also loads its classes, which says nothing about the server
        http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/questionnaires")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        List<SocketChannel> slow = new ArrayList<>();
        int opened = 0;
        int cutOff = 0;
        int maxInApp = 0;
        for (int i = 0; i < connections; i++) {
            slow.add(open(port, opened++));
        }
        long end = System.nanoTime() + duration.toNanos();
        Thread normal = new Thread(() -> {
            while (System.nanoTime() < end) {
                long start = System.nanoTime();
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                                    URI.create("http://127.0.0.1:" + port + "/api/v1/questionnaires"))
                            .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                        latencies.add((System.nanoTime() - start) / 1_000_000);
                    } else {
                        failed.incrementAndGet();
                    }
                } catch (IOException e) {
                    failed.incrementAndGet();
                } catch (InterruptedException e) {
                    return;
                }
                sleep(500 - (System.nanoTime() - start) / 1_000_000);
            }
        }, "normal-client");
        normal.start();
        while (System.nanoTime() < end) {
            long round = System.nanoTime();
            for (int i = 0; i < slow.size(); i++) {
                if (!sendOneByte(slow.get(i))) {
                    cutOff++;
                    slow.get(i).close();
                    slow.set(i, open(port, opened++));
                }
            }
            maxInApp = Math.max(maxInApp, threadsInApp());
            sleep(Math.min(byteEvery.toMillis() - (System.nanoTime() - round) / 1_000_000, (end - System.nanoTime()) / 1_000_000));
        }
        normal.join();
        for (SocketChannel s : slow) {
            if (answered(s)) {
                cutOff++;
            }
            s.close();
        }
        return new Outcome(List.copyOf(latencies), failed.get(), opened, cutOff, maxInApp);
    }

    /**
     * Threads inside the app's code (e.g. a request thread waiting for a body) of an app in this JVM;
     * 0 when the server runs in another process.
     */
    private static int threadsInApp() {
        int busy = 0;
        for (var entry : Thread.getAllStackTraces().entrySet()) {
            Thread thread = entry.getKey();
            if (thread == Thread.currentThread() || thread.getName().equals("normal-client")) {
                continue;
            }
            for (StackTraceElement frame : entry.getValue()) {
                if (frame.getClassName().startsWith("de.digitalezukunfthagen.digitalcheck.")) {
                    busy++;
                    break;
                }
            }
        }
        return busy;
    }

    private static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A POST whose body (form or JSON, alternately) announces 1,000 bytes and sends the first one. */
    private static SocketChannel open(int port, int n) throws IOException {
        SocketChannel s = SocketChannel.open(new InetSocketAddress("127.0.0.1", port));
        boolean form = n % 2 == 0;
        String head = "POST " + (form ? "/assessments" : "/api/v1/assessments") + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nContent-Type: " + (form ? "application/x-www-form-urlencoded" : "application/json")
                + "\r\nContent-Length: 1000\r\n\r\n" + (form ? "q" : "{");
        ByteBuffer bytes = ByteBuffer.wrap(head.getBytes(StandardCharsets.US_ASCII));
        while (bytes.hasRemaining()) {
            s.write(bytes);
        }
        s.configureBlocking(false);
        return s;
    }

    /** False when the server has answered or closed the connection. */
    private static boolean sendOneByte(SocketChannel s) {
        if (answered(s)) {
            return false;
        }
        try {
            return s.write(ByteBuffer.wrap(new byte[] {' '})) == 1;
        } catch (IOException e) {
            return false;
        }
    }

    /** Any byte from the server, or the end of the stream, means it is done with this request. */
    private static boolean answered(SocketChannel s) {
        try {
            return s.read(ByteBuffer.allocate(256)) != 0;
        } catch (IOException e) {
            return true;
        }
    }

    /** {@code [port] [connections] [seconds] [seconds between bytes]}; defaults 7070 300 20 5. */
    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 7070;
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int every = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        Outcome o = run(port, connections, Duration.ofSeconds(seconds), Duration.ofSeconds(every));
        System.out.printf("%d slow connections (one byte every %d s) for %d s: %d opened, %d cut off by the server%n",
                connections, every, seconds, o.slowOpened(), o.slowCutOff());
        System.out.printf("normal requests: %d answered, %d failed or slower than 5 s; latency median %d ms, max %d ms%n",
                o.normalMillis().size(), o.failedNormal(), o.median(), o.maxMillis());
        System.exit(o.failedNormal() == 0 && o.maxMillis() < 2000 ? 0 : 1);
    }
}
