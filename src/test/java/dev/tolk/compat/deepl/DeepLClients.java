package dev.tolk.compat.deepl;

import java.net.URL;
import java.time.Duration;

import com.deepl.api.DeepLClient;
import com.deepl.api.DeepLClientOptions;

/** DeepL's own Java client, unmodified, pointed at the running test server. */
final class DeepLClients {

    private DeepLClients() {
    }

    /** @param root the test server's root URL ({@code @TestHTTPResource("/")}) */
    static DeepLClient at(URL root) {
        return at(root, "desk-key:fx", 5);
    }

    /**
     * @param maxRetries how often the client retries a 429 or 5xx itself (its default is 5, with backoff from 1 s;
     *                   the failure tests keep it low so they do not wait through its backoff)
     */
    static DeepLClient at(URL root, String key, int maxRetries) {
        String url = root.toString().replaceAll("/+$", "");
        return new DeepLClient(key, (DeepLClientOptions) new DeepLClientOptions().setServerUrl(url)
                .setMaxRetries(maxRetries).setTimeout(Duration.ofSeconds(30)));
    }
}
