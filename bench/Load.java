import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Exact-count load for bench/run.sh, where wrk's fixed duration does not fit (N concurrent identical requests,
 * a burst of 2 000 in-flight calls, one timed request). JDK source launcher, no dependencies.
 *
 * <pre>
 * java bench/Load.java URL BODY_FILE CONNECTIONS REQUESTS_PER_CONNECTION [Header: value ...]
 * </pre>
 *
 * Opens every connection first (HTTP/1.1 keep-alive, one per virtual thread), then releases them together; each
 * sends its requests one after another. Prints one JSON line: requests, ok (2xx), errors (other statuses and I/O
 * failures), wall time from release to the last response, latency percentiles, statuses. With one request in
 * total, the response body is written to BODY_FILE.out.
 */
public class Load {

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        Path bodyFile = Path.of(args[1]);
        byte[] body = Files.readAllBytes(bodyFile);
        int connections = Integer.parseInt(args[2]);
        int perConnection = Integer.parseInt(args[3]);
        StringBuilder head = new StringBuilder("POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":"
                + uri.getPort() + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: "
                + body.length + "\r\n");
        for (int i = 4; i < args.length; i++) {
            head.append(args[i]).append("\r\n");
        }
        byte[] request = concat(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII), body);
        // A body with the marker 00000000 in it is a new article on every request: the marker becomes the request's
        // number, zero-padded to the same width, so Content-Length stays right (run.sh tags every paragraph with it).
        int[] markers = markers(request);

        int total = connections * perConnection;
        long[] latencies = new long[total];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();
        CountDownLatch connected = new CountDownLatch(connections);
        CountDownLatch go = new CountDownLatch(1);
        byte[][] lastBody = new byte[1][];
        long[] released = new long[1];
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < connections; c++) {
                threads.submit(() -> {
                    Socket socket = null;
                    try {
                        socket = new Socket(uri.getHost(), uri.getPort());
                        socket.setTcpNoDelay(true);
                    } catch (IOException e) {
                        // counted below, per request, as "connect-error"
                    }
                    connected.countDown();
                    try {
                        go.await();
                        InputStream in = socket == null ? null : new BufferedInputStream(socket.getInputStream());
                        OutputStream out = socket == null ? null : socket.getOutputStream();
                        for (int r = 0; r < perConnection; r++) {
                            int slot = next.getAndIncrement();
                            byte[] sent = markers.length == 0 ? request : numbered(request, markers, slot);
                            long start = System.nanoTime();
                            String status;
                            try {
                                if (socket == null) {
                                    throw new java.net.ConnectException();
                                }
                                out.write(sent);
                                out.flush();
                                Response response = Response.read(in);
                                status = String.valueOf(response.status);
                                if (total == 1) {
                                    lastBody[0] = response.body;
                                }
                            } catch (java.net.ConnectException e) {
                                status = "connect-error";
                            } catch (IOException e) {
                                status = "io-error";
                            }
                            latencies[slot] = System.nanoTime() - start;
                            (status.startsWith("2") ? ok : errors).incrementAndGet();
                            statuses.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        if (socket != null) {
                            try {
                                socket.close();
                            } catch (IOException ignored) {
                            }
                        }
                    }
                    return null;
                });
            }
            connected.await();
            released[0] = System.nanoTime();
            go.countDown();
        }
        long wall = System.nanoTime() - released[0];
        if (lastBody[0] != null) {
            Files.write(Path.of(bodyFile + ".out"), lastBody[0]);
        }
        Arrays.sort(latencies);
        Map<String, Integer> statusCounts = new TreeMap<>();
        statuses.forEach((k, v) -> statusCounts.put(k, v.get()));
        List<String> statusJson = new ArrayList<>();
        statusCounts.forEach((k, v) -> statusJson.add("\"" + k + "\":" + v));
        System.out.printf("{\"requests\":%d,\"ok\":%d,\"errors\":%d,\"wall_ms\":%.1f,\"p50_ms\":%.2f,\"p99_ms\":%.2f,"
                + "\"max_ms\":%.2f,\"statuses\":{%s}}%n", total, ok.get(), errors.get(), wall / 1e6,
                pct(latencies, 50) / 1e6, pct(latencies, 99) / 1e6, latencies[total - 1] / 1e6,
                String.join(",", statusJson));
    }

    static long pct(long[] sorted, double p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static final byte[] MARKER = "00000000".getBytes(StandardCharsets.US_ASCII);
    /** Numbers of one run start where the last run's cannot have reached (a new range every second). */
    static final long RUN_BASE = System.currentTimeMillis() / 1000 % 900 * 100_000;

    /** Offsets of the new-article marker in the request. */
    static int[] markers(byte[] request) {
        java.util.List<Integer> at = new java.util.ArrayList<>();
        outer:
        for (int i = 0; i + MARKER.length <= request.length; i++) {
            for (int k = 0; k < MARKER.length; k++) {
                if (request[i + k] != MARKER[k]) {
                    continue outer;
                }
            }
            at.add(i);
            i += MARKER.length - 1;
        }
        return at.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The request with its markers replaced by {@code n}, zero-padded to the marker's width (1-based), its digits
     * written as the letters a-j: a paragraph made new by a number would give the fidelity checks a number to read in
     * every paragraph, which news copy mostly does not have.
     */
    static byte[] numbered(byte[] request, int[] markers, int n) {
        byte[] out = request.clone();
        byte[] digits = String.format("%08d", (RUN_BASE + n + 1) % 100_000_000).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < digits.length; i++) {
            digits[i] = (byte) ('a' + digits[i] - '0');
        }
        for (int at : markers) {
            System.arraycopy(digits, digits.length - MARKER.length, out, at, MARKER.length);
        }
        return out;
    }

    /** Just enough HTTP/1.1 to read a response: status, Content-Length or chunked body. */
    record Response(int status, byte[] body) {

        static Response read(InputStream in) throws IOException {
            String statusLine = line(in);
            if (statusLine.isEmpty()) {
                throw new IOException("connection closed");
            }
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            int length = -1;
            boolean chunked = false;
            for (String h = line(in); !h.isEmpty(); h = line(in)) {
                String lower = h.toLowerCase();
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(h.substring(15).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if (chunked) {
                for (int size = Integer.parseInt(line(in).split(";")[0].strip(), 16); size > 0;
                        size = Integer.parseInt(line(in).split(";")[0].strip(), 16)) {
                    body.write(in.readNBytes(size));
                    line(in);
                }
                line(in);
            } else if (length > 0) {
                body.write(in.readNBytes(length));
            }
            return new Response(status, body.toByteArray());
        }

        static String line(InputStream in) throws IOException {
            StringBuilder s = new StringBuilder();
            for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
                if (b != '\r') {
                    s.append((char) b);
                }
            }
            return s.toString();
        }
    }
}
