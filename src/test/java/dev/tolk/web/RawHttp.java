package dev.tolk.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain {@link Socket}: sends exactly the bytes a test gives (invalid UTF-8, two Content-Lengths, a
 * body that stalls), which REST Assured and the JDK client refuse or repair. Reads one response.
 */
final class RawHttp {

    private RawHttp() {
    }

    /** A response: status, headers (lower-case names) and body as text. {@code status} -1: closed without one. */
    record Reply(int status, Map<String, String> headers, String body, long millis) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** A request head plus body: {@code head} lines without the final blank line, CRLF added here. */
    static byte[] request(String method, String path, Map<String, String> headers, byte[] body) {
        StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n");
        head.append("Host: localhost\r\n");
        headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        head.append("Connection: close\r\n\r\n");
        byte[] h = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[h.length + body.length];
        System.arraycopy(h, 0, out, 0, h.length);
        System.arraycopy(body, 0, out, h.length, body.length);
        return out;
    }

    static Reply send(int port, byte[] bytes, int timeoutMillis) throws IOException {
        long start = System.nanoTime();
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(timeoutMillis);
            OutputStream out = socket.getOutputStream();
            try {
                // In pieces: the server may answer (413) and close before it has read everything.
                for (int at = 0; at < bytes.length; at += 65536) {
                    out.write(bytes, at, Math.min(65536, bytes.length - at));
                }
                out.flush();
            } catch (SocketException closedEarly) {
                // read what it answered
            }
            return read(socket.getInputStream(), start);
        }
    }

    static Reply read(InputStream in, long start) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            for (int n; (n = in.read(buf)) >= 0;) {
                all.write(buf, 0, n);
            }
        } catch (SocketException reset) {
            // a reset after the response is as good as a close
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        byte[] bytes = all.toByteArray();
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int headEnd = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/") || headEnd < 0) {
            return new Reply(-1, Map.of(), text, millis);
        }
        String[] lines = text.substring(0, headEnd).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = headEnd + 4;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            while (at < bytes.length) {
                int eol = text.indexOf("\r\n", at);
                int size = eol < 0 ? 0 : Integer.parseInt(text.substring(at, eol).split(";")[0].strip(), 16);
                if (size == 0) {
                    break;
                }
                body.write(bytes, eol + 2, Math.min(size, bytes.length - eol - 2));
                at = eol + 2 + size + 2;
            }
        } else {
            body.write(bytes, at, bytes.length - at);
        }
        return new Reply(status, headers, body.toString(StandardCharsets.UTF_8), millis);
    }
}
