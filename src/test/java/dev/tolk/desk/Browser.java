package dev.tolk.desk;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import dev.tolk.testing.Chromium;

/** One headless Chromium per test class: {@code @RegisterExtension static final Browser BROWSER = new Browser();} */
final class Browser implements BeforeAllCallback, AfterAllCallback {

    /** A laptop screen. */
    static final int WIDTH = 1280;
    static final int HEIGHT = 1000;

    private Chromium chromium;

    @Override
    public void beforeAll(ExtensionContext context) {
        chromium = Chromium.start(WIDTH, HEIGHT);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** The desk page at {@code url}, opened fresh. */
    DeskPage open(java.net.URL url) {
        return new DeskPage(chromium.driver(), url).open();
    }
}
