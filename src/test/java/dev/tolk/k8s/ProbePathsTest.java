package dev.tolk.k8s;

import static dev.tolk.k8s.Manifests.K8S;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.tolk.testing.TestBackend;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The paths the prod Deployment probes and scrapes are answered by the running application. */
@QuarkusTest
@QuarkusTestResource(TestBackend.class)
class ProbePathsTest {

    @Test
    void theProbedAndScrapedPathsAnswer() {
        List<HasMetadata> prod = Manifests.render(K8S.resolve("overlays/prod"));
        Deployment deployment = Manifests.one(prod, Deployment.class, "tolk");
        Container tolk = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
        for (String path : List.of(tolk.getStartupProbe().getHttpGet().getPath(),
                tolk.getReadinessProbe().getHttpGet().getPath(), tolk.getLivenessProbe().getHttpGet().getPath())) {
            given().get(path).then().statusCode(200);
        }
        String metrics = deployment.getSpec().getTemplate().getMetadata().getAnnotations().get("prometheus.io/path");
        assertThat(given().get(metrics).then().statusCode(200).extract().asString()).contains("tolk_");
    }
}
