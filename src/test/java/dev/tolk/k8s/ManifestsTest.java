package dev.tolk.k8s;

import static dev.tolk.k8s.Manifests.K8S;
import static dev.tolk.k8s.Manifests.PROMPTS;
import static dev.tolk.k8s.Manifests.all;
import static dev.tolk.k8s.Manifests.one;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/** The Kubernetes manifests against the application they run: a drift in either fails here, not in the cluster. */
class ManifestsTest {

    @ParameterizedTest
    @ValueSource(strings = { "overlays/dev", "overlays/prod" })
    void eachOverlayRendersIntoKnownTypesWithNoUnknownField(String overlay) {
        List<HasMetadata> objects = Manifests.render(K8S.resolve(overlay));
        assertThat(objects).extracting(HasMetadata::getKind)
                .contains("Deployment", "Service", "ConfigMap", "NetworkPolicy");
        assertThat(all(objects, Secret.class)).as("secrets are created by hand, never applied from the repository")
                .isEmpty();
    }

    @Test
    void aMisspeltFieldFailsTheParse() {
        assertThatThrownBy(() -> Manifests.parse("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  replicas: 1
                  template:
                    spec:
                      containers:
                        - name: x
                          image: x
                          readinesProbe: {httpGet: {path: /, port: 80}}
                """)).hasMessageContaining("readinesProbe");
    }

    @Test
    void devIsOneReplicaWithRedisBesideAndNoKeys() {
        List<HasMetadata> dev = Manifests.render(K8S.resolve("overlays/dev"));
        assertThat(one(dev, Deployment.class, "tolk").getSpec().getReplicas()).isEqualTo(1);
        assertThat(all(dev, HorizontalPodAutoscaler.class)).isEmpty();
        assertThat(all(dev, PodDisruptionBudget.class)).isEmpty();
        one(dev, Deployment.class, "tolk-redis");
        Map<String, String> config = one(dev, ConfigMap.class, "tolk-config").getData();
        assertThat(config).containsEntry("TOLK_AUTH_ENABLED", "false")
                .containsEntry("QUARKUS_REDIS_HOSTS", "redis://tolk-redis:6379");
    }

    @Test
    void prodScalesFrom2To10WithKeysOnRedisFromOutsideAndAnIngress() {
        List<HasMetadata> prod = Manifests.render(K8S.resolve("overlays/prod"));
        HorizontalPodAutoscaler hpa = one(prod, HorizontalPodAutoscaler.class, "tolk");
        assertThat(hpa.getSpec().getMinReplicas()).isEqualTo(2);
        assertThat(hpa.getSpec().getMaxReplicas()).isEqualTo(10);
        assertThat(one(prod, ConfigMap.class, "tolk-config").getData()).containsEntry("TOLK_AUTH_ENABLED", "true")
                .doesNotContainKey("QUARKUS_REDIS_HOSTS");
        Container tolk = container(prod);
        assertThat(env(tolk, "QUARKUS_REDIS_HOSTS").getValueFrom().getSecretKeyRef().getName()).isEqualTo("tolk-redis");
        assertThat(all(prod, Deployment.class)).as("no Redis of its own").hasSize(1);
        assertThat(tolk.getResources().getLimits().get("memory").toString()).isEqualTo("640Mi");
        Ingress ingress = one(prod, Ingress.class, "tolk");
        String servicePort = ingress.getSpec().getRules().get(0).getHttp().getPaths().get(0).getBackend().getService()
                .getPort().getName();
        assertThat(one(prod, Service.class, "tolk").getSpec().getPorts()).anySatisfy(p -> assertThat(p.getName())
                .isEqualTo(servicePort));
    }

    @ParameterizedTest
    @ValueSource(strings = { "overlays/dev", "overlays/prod" })
    void probesPortsAndScrapePathAreTheApplications(String overlay) {
        List<HasMetadata> objects = Manifests.render(K8S.resolve(overlay));
        AppConfig app = AppConfig.prod(configMapOf(objects));
        Container tolk = container(objects);
        assertThat(tolk.getPorts()).singleElement().satisfies(p -> {
            assertThat(p.getName()).isEqualTo("http");
            assertThat(p.getContainerPort()).isEqualTo(app.httpPort());
        });
        assertThat(path(tolk.getStartupProbe())).isEqualTo(app.healthPath("startup"));
        assertThat(path(tolk.getReadinessProbe())).isEqualTo(app.healthPath("readiness"));
        assertThat(path(tolk.getLivenessProbe())).isEqualTo(app.healthPath("liveness"));
        for (Probe probe : List.of(tolk.getStartupProbe(), tolk.getReadinessProbe(), tolk.getLivenessProbe())) {
            assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("http");
        }
        Map<String, String> annotations = one(objects, Deployment.class, "tolk").getSpec().getTemplate().getMetadata()
                .getAnnotations();
        assertThat(annotations).containsEntry("prometheus.io/path", app.metricsPath())
                .containsEntry("prometheus.io/port", String.valueOf(app.httpPort()));
        assertThat(one(objects, Service.class, "tolk").getSpec().getPorts().get(0).getTargetPort().getStrVal())
                .isEqualTo("http");
        assertThat(one(objects, NetworkPolicy.class, "tolk").getSpec().getIngress())
                .allSatisfy(rule -> assertThat(rule.getPorts()).allSatisfy(p -> assertThat(p.getPort().getStrVal())
                        .isEqualTo("http")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "overlays/dev", "overlays/prod" })
    void theGracePeriodCoversPreStopShutdownDelayAndTimeout(String overlay) {
        List<HasMetadata> objects = Manifests.render(K8S.resolve(overlay));
        AppConfig app = AppConfig.prod(configMapOf(objects));
        Deployment deployment = one(objects, Deployment.class, "tolk");
        long grace = deployment.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds();
        List<String> preStop = container(objects).getLifecycle().getPreStop().getExec().getCommand();
        assertThat(preStop).hasSize(2).startsWith("sleep");
        Duration needed = Duration.ofSeconds(Long.parseLong(preStop.get(1))).plus(app.shutdownDelay())
                .plus(app.shutdownTimeout());
        assertThat(app.shutdownTimeout()).isPositive();
        assertThat(Duration.ofSeconds(grace)).as("terminationGracePeriodSeconds vs preStop + delay + timeout")
                .isGreaterThan(needed);
    }

    @ParameterizedTest
    @ValueSource(strings = { "overlays/dev", "overlays/prod" })
    void everyEnvironmentVariableSetIsAKeyTheApplicationReads(String overlay) {
        List<HasMetadata> objects = Manifests.render(K8S.resolve(overlay));
        Container tolk = container(objects);
        Stream<String> fromEnv = tolk.getEnv().stream().map(EnvVar::getName);
        Stream<String> fromConfigMap = configMapOf(objects).keySet().stream();
        assertThat(Stream.concat(fromEnv, fromConfigMap).toList()).isNotEmpty()
                .allSatisfy(name -> assertThat(KnownConfig.reads(name)).as(name + " is read by tolk").isTrue());
        assertThat(tolk.getEnvFrom()).singleElement()
                .satisfies(from -> assertThat(from.getConfigMapRef().getName()).startsWith("tolk-config"));
    }

    @Test
    void theEnvironmentCheckItselfRejectsAnUnknownName() {
        assertThat(KnownConfig.reads("TOLK_LLM_BASE_URL")).isTrue();
        assertThat(KnownConfig.reads("TOLK_LLM_RESILIENCE_MAX_RETRIES")).isTrue();
        assertThat(KnownConfig.reads("TOLK_LLM_BASEURL")).isFalse();
        assertThat(KnownConfig.reads("TOLK_NO_SUCH_THING")).isFalse();
    }

    @Test
    void thePromptsConfigMapHoldsExactlyTheFilesOfPrompts() throws IOException {
        ConfigMap prompts = one(Manifests.render(K8S.resolve("overlays/prod")), ConfigMap.class, "tolk-prompts-");
        Map<String, String> onDisk = new TreeMap<>();
        try (Stream<Path> files = Files.list(PROMPTS)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                onDisk.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        try (Stream<Path> files = Files.list(PROMPTS)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .as("prompts/ holds prompts and the generator only")
                    .allMatch(name -> name.endsWith(".md") || name.equals("kustomization.yaml"));
        }
        assertThat(onDisk).isNotEmpty();
        assertThat(new TreeMap<>(prompts.getData())).isEqualTo(onDisk);
        Deployment deployment = one(Manifests.render(K8S.resolve("overlays/prod")), Deployment.class, "tolk");
        assertThat(deployment.getSpec().getTemplate().getSpec().getVolumes())
                .anySatisfy(v -> assertThat(v.getConfigMap() == null ? null : v.getConfigMap().getName())
                        .isEqualTo(prompts.getMetadata().getName()));
    }

    @Test
    void noSecretValueIsCommitted() throws IOException {
        List<HasMetadata> examples = Manifests.parse(Files.readString(K8S.resolve("base/secrets.example.yaml")));
        assertThat(all(examples, Secret.class)).isNotEmpty().allSatisfy(s -> assertThat(s.getStringData().values())
                .allSatisfy(v -> assertThat(v).contains("REPLACE-ME")));
        for (String overlay : List.of("overlays/dev", "overlays/prod")) {
            List<HasMetadata> objects = Manifests.render(K8S.resolve(overlay));
            for (EnvVar e : container(objects).getEnv()) {
                if (e.getName().matches(".*(KEY|SECRET|PASSWORD|TOKEN).*") && !e.getName().endsWith("_FILE")) {
                    assertThat(e.getValue()).as(e.getName() + " must come from a Secret").isNull();
                    assertThat(e.getValueFrom().getSecretKeyRef()).as(e.getName()).isNotNull();
                }
            }
            configMapOf(objects).forEach((name, value) -> {
                assertThat(name).doesNotContainPattern("KEY|SECRET|PASSWORD|TOKEN");
                assertThat(value).as(name).doesNotContainPattern("://[^/@]*:[^/@]*@");
            });
        }
    }

    private static Map<String, String> configMapOf(List<HasMetadata> objects) {
        return one(objects, ConfigMap.class, "tolk-config").getData();
    }

    private static Container container(List<HasMetadata> objects) {
        return one(objects, Deployment.class, "tolk").getSpec().getTemplate().getSpec().getContainers().stream()
                .filter(c -> c.getName().equals("tolk")).findFirst().orElseThrow();
    }

    private static EnvVar env(Container c, String name) {
        return c.getEnv().stream().filter(e -> e.getName().equals(name)).findFirst().orElseThrow();
    }

    private static String path(Probe probe) {
        return probe.getHttpGet().getPath();
    }
}
