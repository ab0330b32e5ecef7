package dev.tolk.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * The manifests under {@code k8s/} as the cluster would get them: rendered by {@code kubectl kustomize} and parsed
 * into fabric8's Kubernetes model, strictly. fabric8's types keep unknown fields in {@code additionalProperties} (any
 * setter); here that is switched off, so a misspelt or misplaced field fails the parse instead of being dropped by
 * the API server at apply time.
 */
final class Manifests {

    static final Path K8S = Path.of("k8s");
    static final Path PROMPTS = Path.of("prompts");

    private static final Map<String, Class<? extends HasMetadata>> TYPES = Map.of(
            "ConfigMap", ConfigMap.class, "Secret", Secret.class, "Service", Service.class,
            "Deployment", Deployment.class, "HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "PodDisruptionBudget", PodDisruptionBudget.class, "NetworkPolicy", NetworkPolicy.class,
            "Ingress", Ingress.class);

    private static final ObjectMapper YAML = strict(new ObjectMapper(new YAMLFactory()));

    private Manifests() {
    }

    /** {@code kubectl kustomize dir}, each object parsed into its fabric8 type. */
    static List<HasMetadata> render(Path dir) {
        return parse(kustomize(dir));
    }

    static List<HasMetadata> parse(String yaml) {
        try {
            List<HasMetadata> out = new ArrayList<>();
            for (JsonNode doc : YAML.readerFor(JsonNode.class).<JsonNode> readValues(yaml).readAll()) {
                if (doc == null || doc.isNull() || doc.isEmpty()) {
                    continue;
                }
                String kind = doc.path("kind").asText();
                Class<? extends HasMetadata> type = TYPES.get(kind);
                if (type == null) {
                    throw new IllegalStateException("No model type for kind '" + kind + "': add it to Manifests.TYPES");
                }
                out.add(YAML.treeToValue(doc, type));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T extends HasMetadata> List<T> all(List<HasMetadata> objects, Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /**
     * The one object of {@code type} named {@code name}; a name ending in {@code -} is the prefix of a generated
     * name (kustomize adds a hash of the contents).
     */
    static <T extends HasMetadata> T one(List<HasMetadata> objects, Class<T> type, String name) {
        List<T> found = all(objects, type).stream().filter(o -> name.endsWith("-")
                ? o.getMetadata().getName().startsWith(name) : o.getMetadata().getName().equals(name)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + type.getSimpleName() + " " + name + ", found " + found.size());
        }
        return found.get(0);
    }

    private static String kustomize(Path dir) {
        try {
            Process p = new ProcessBuilder("kubectl", "kustomize", dir.toString()).redirectErrorStream(false).start();
            byte[] out = p.getInputStream().readAllBytes();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + dir + " failed: " + err);
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("kubectl is needed (.ci/run installs it)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static ObjectMapper strict(ObjectMapper mapper) {
        SimpleModule noAnySetter = new SimpleModule();
        noAnySetter.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription bean,
                    BeanDeserializerBuilder builder) {
                if (bean.getBeanClass().getName().startsWith("io.fabric8.")) {
                    builder.setAnySetter(null);
                }
                return builder;
            }
        });
        return mapper.registerModule(noAnySetter).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
