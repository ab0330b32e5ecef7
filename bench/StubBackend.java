import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;

/**
 * A stand-in OpenAI-compatible backend for bench/run.sh: Vert.x and Jackson from tolk's own lib directory, run with
 * the JDK source launcher.
 *
 * <pre>
 * java -cp 'target/quarkus-app/lib/main/*' bench/StubBackend.java PORT LATENCY_MS DANISH.txt ENGLISH.json
 * </pre>
 *
 * POST /v1/chat/completions reads the JSON between {@code <article>} and {@code </article>} in the last message:
 * {"segments": [...]} is answered with {"segments": [...]} (the fixture's English for its Danish paragraphs, else a
 * deterministic pseudo-translation of similar length), {"paragraphs": [...]} with {"bullets": [...]}. Usage is
 * characters / 4, like real tokenizers roughly. Every reply waits the configured latency on a Vert.x timer, so
 * thousands of calls can wait at once without a thread each. (The JDK's HttpServer was tried first: at 2 000
 * connections it used more CPU than tolk and became the bottleneck of the in-flight case.)
 * <p>
 * Admin: POST /admin/latency?ms=N, GET /admin/stats, POST /admin/reset, GET /admin/last (the last chat request
 * body, so the bench can send the very same request directly).
 */
public class StubBackend {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String[] WORDS = ("the of and to in a is that for on was with as by at from said has it be are "
            + "have an were will this which its talks war Gaza Israel hostages ceasefire source government agency "
            + "minister week talks city people country report leader attack release statement officials").split(" ");

    static final Map<String, String> known = new HashMap<>();
    static volatile long latencyMs;
    static final AtomicLong calls = new AtomicLong();
    static final AtomicLong promptTokens = new AtomicLong();
    static final AtomicLong completionTokens = new AtomicLong();
    static volatile Buffer last = Buffer.buffer();
    static final Vertx VERTX = Vertx.vertx();

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        latencyMs = Long.parseLong(args[1]);
        List<String> danish = List.of(Files.readString(Path.of(args[2])).strip().split("\n\n"));
        JsonNode english = JSON.readTree(Path.of(args[3]).toFile()).get("segments");
        for (int i = 0; i < danish.size(); i++) {
            known.put(danish.get(i).strip(), english.get(i).asText());
        }
        int loops = Math.max(1, Runtime.getRuntime().availableProcessors());
        // One server per event loop on the same port (Vert.x spreads connections over them).
        VERTX.deployVerticle(() -> new AbstractVerticle() {
            @Override
            public void start(Promise<Void> started) {
                vertx.createHttpServer(new HttpServerOptions().setAcceptBacklog(8192))
                        .requestHandler(StubBackend::handle).listen(port, "127.0.0.1").<Void>mapEmpty()
                        .onComplete(started);
            }
        }, new DeploymentOptions().setInstances(loops)).toCompletionStage().toCompletableFuture().join();
        System.out.println("stub backend on 127.0.0.1:" + port + ", latency " + latencyMs + " ms");
    }

    static void handle(HttpServerRequest req) {
        req.body().onSuccess(body -> {
            String path = req.path();
            try {
                if (path.equals("/v1/chat/completions") && req.method().name().equals("POST")) {
                    last = body;
                    JsonNode request = JSON.readTree(body.getBytes());
                    boolean stream = request.path("stream").asBoolean(false);
                    byte[] reply = stream ? chunks(chat(request)) : completion(chat(request));
                    String type = stream ? "text/event-stream" : "application/json";
                    long delay = latencyMs;
                    if (delay > 0) {
                        VERTX.setTimer(delay, t -> send(req, 200, type, reply));
                    } else {
                        send(req, 200, type, reply);
                    }
                } else {
                    admin(req, path);
                }
            } catch (Exception e) {
                send(req, 500, ("{\"error\":{\"message\":\"stub: " + e + "\"}}").getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    /** A reply: its text and counted usage. */
    record Chat(long id, String model, String content, long prompt, long completion) {
    }

    static Chat chat(JsonNode request) throws Exception {
        JsonNode messages = request.path("messages");
        // The first user message carries the article; a re-ask appends an assistant turn and a correction.
        String user = messages.get(1).path("content").asText();
        int start = user.indexOf("<article>") + "<article>".length();
        JsonNode article = JSON.readTree(user.substring(start, user.lastIndexOf("</article>")));
        String content = article.has("segments")
                ? JSON.writeValueAsString(Map.of("segments", translate(article.get("segments"))))
                : JSON.writeValueAsString(Map.of("bullets", bullets(article.path("paragraphs"))));
        int promptChars = 0;
        for (JsonNode m : messages) {
            promptChars += m.path("content").asText().length();
        }
        long prompt = Math.max(1, promptChars / 4);
        long completion = Math.max(1, content.length() / 4);
        long n = calls.incrementAndGet();
        promptTokens.addAndGet(prompt);
        completionTokens.addAndGet(completion);
        return new Chat(n, request.path("model").asText("bench-model"), content, prompt, completion);
    }

    static byte[] completion(Chat chat) throws Exception {
        Map<String, Object> reply = header(chat, "chat.completion");
        reply.put("choices", List.of(Map.of("index", 0, "finish_reason", "stop",
                "message", Map.of("role", "assistant", "content", chat.content()))));
        reply.put("usage", usage(chat));
        return JSON.writeValueAsBytes(reply);
    }

    /** {@code "stream": true}: the reply as OpenAI's chunk events, 40 characters a chunk, usage on the last one. */
    static byte[] chunks(Chat chat) throws Exception {
        StringBuilder out = new StringBuilder();
        String content = chat.content();
        for (int i = 0; i < content.length(); i += 40) {
            Map<String, Object> chunk = header(chat, "chat.completion.chunk");
            chunk.put("choices", List.of(Map.of("index", 0,
                    "delta", Map.of("content", content.substring(i, Math.min(content.length(), i + 40))))));
            out.append("data: ").append(JSON.writeValueAsString(chunk)).append("\n\n");
        }
        Map<String, Object> last = header(chat, "chat.completion.chunk");
        last.put("choices", List.of(Map.of("index", 0, "finish_reason", "stop", "delta", Map.of())));
        last.put("usage", usage(chat));
        out.append("data: ").append(JSON.writeValueAsString(last)).append("\n\ndata: [DONE]\n\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static Map<String, Object> header(Chat chat, String object) {
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("id", "chatcmpl-bench-" + chat.id());
        reply.put("object", object);
        reply.put("created", System.currentTimeMillis() / 1000);
        reply.put("model", chat.model());
        return reply;
    }

    static Map<String, Object> usage(Chat chat) {
        return Map.of("prompt_tokens", chat.prompt(), "completion_tokens", chat.completion(),
                "total_tokens", chat.prompt() + chat.completion());
    }

    static List<String> translate(JsonNode segments) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : segments) {
            out.add(english(s.asText()));
        }
        return out;
    }

    static String english(String danish) {
        String text = danish.strip();
        // The bench's new articles: a known paragraph tagged "[id bcdefghi]" comes back as its English, tagged the same
        Matcher tag = TAG.matcher(text);
        if (tag.find() && known.containsKey(text.substring(0, tag.start()).strip())) {
            return known.get(text.substring(0, tag.start()).strip()) + " " + tag.group();
        }
        return known.getOrDefault(text, pseudo(text));
    }

    static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("\\[id [a-j]+\\]$");

    /** Deterministic English-looking text of about the same length; numbers are kept. */
    static String pseudo(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            // Numbers and capitalised words (names) are kept, as a faithful translation keeps them.
            out.append(word.chars().anyMatch(Character::isDigit) || Character.isUpperCase(word.charAt(0)) ? word
                    : WORDS[Math.floorMod(word.hashCode(), WORDS.length)]);
        }
        String s = out.toString();
        return s.isEmpty() ? "text" : Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
    }

    /** Cited bullets, as tolk asks for them: each cites the paragraph it came from. */
    static List<Map<String, Object>> bullets(JsonNode paragraphs) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < Math.min(5, paragraphs.size()); i++) {
            String english = english(paragraphs.get(i).asText());
            int end = english.indexOf(". ");
            out.add(Map.of("text", end > 0 ? english.substring(0, end + 1) : english, "sources", List.of(i + 1)));
        }
        return out;
    }

    static void admin(HttpServerRequest req, String path) throws Exception {
        switch (path) {
            case "/admin/latency" -> {
                latencyMs = Long.parseLong(req.getParam("ms"));
                send(req, 200, ("{\"latencyMs\":" + latencyMs + "}").getBytes(StandardCharsets.UTF_8));
            }
            case "/admin/stats" -> send(req, 200, JSON.writeValueAsBytes(Map.of("calls", calls.get(),
                    "promptTokens", promptTokens.get(), "completionTokens", completionTokens.get(),
                    "latencyMs", latencyMs)));
            case "/admin/reset" -> {
                calls.set(0);
                promptTokens.set(0);
                completionTokens.set(0);
                send(req, 200, "{}".getBytes(StandardCharsets.UTF_8));
            }
            case "/admin/last" -> send(req, 200, last.getBytes());
            default -> send(req, 404, "{}".getBytes(StandardCharsets.UTF_8));
        }
    }

    static void send(HttpServerRequest req, int status, byte[] body) {
        send(req, status, "application/json", body);
    }

    static void send(HttpServerRequest req, int status, String type, byte[] body) {
        req.response().setStatusCode(status).putHeader("Content-Type", type).end(Buffer.buffer(body));
    }
}
