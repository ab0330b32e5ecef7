package dev.tolk.glossary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.tolk.fidelity.GlossaryCheck;

/**
 * Required English renderings of Danish terms: the house glossary (a JSON object file, {@code TOLK_GLOSSARY_FILE},
 * easy to ship as a ConfigMap) overlaid by a request's own entries. Only the entries a text actually uses go into
 * its prompt, its cache key and its checks, so a new house entry invalidates only the paragraphs that mention it.
 */
@ApplicationScoped
public class Glossaries {

    private static final Logger LOG = Logger.getLogger(Glossaries.class);

    private final Map<String, String> house;

    Glossaries(GlossaryConfig config, ObjectMapper json) {
        Optional<String> file = config.file();
        this.house = file.filter(f -> !f.isBlank()).map(f -> read(Path.of(f), json)).orElse(Map.of());
        if (!house.isEmpty()) {
            LOG.infof("House glossary: %d terms from %s", house.size(), file.get());
        }
    }

    /** The house glossary with the request's entries on top (the request wins). */
    public Map<String, String> withRequest(Map<String, String> request) {
        if (request == null || request.isEmpty()) {
            return house;
        }
        Map<String, String> merged = new TreeMap<>(house);
        merged.putAll(request);
        return merged;
    }

    /** The entries whose Danish term occurs in {@code danish}, sorted so equal glossaries give equal keys. */
    public Map<String, String> usedIn(String danish, Map<String, String> glossary) {
        Map<String, String> used = new TreeMap<>();
        glossary.forEach((term, rendering) -> {
            if (GlossaryCheck.mentions(danish, term)) {
                used.put(term, rendering);
            }
        });
        return used;
    }

    /** A stable text form for cache keys. */
    public static String fingerprint(Map<String, String> used) {
        return used.entrySet().stream().map(e -> e.getKey() + "\u0001" + e.getValue())
                .collect(Collectors.joining("\u0002"));
    }

    private static Map<String, String> read(Path file, ObjectMapper json) {
        try {
            return new TreeMap<>(json.readValue(Files.readString(file), new TypeReference<Map<String, String>>() {
            }));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the house glossary " + file, e);
        }
    }
}
