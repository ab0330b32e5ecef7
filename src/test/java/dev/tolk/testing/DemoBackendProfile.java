package dev.tolk.testing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Auto-detection on, nothing configured and no Ollama on localhost:11434 (none runs where the tests run): tolk answers
 * from the demo backend, labelled placeholders that are never cached. Shared by every test that needs any accepted
 * request answered without stubbing, so they share one Quarkus start.
 */
public class DemoBackendProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("tolk.llm.auto-detect", "true");
    }

    /** The shared WireMock backend (TestBackend) would configure one. */
    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
