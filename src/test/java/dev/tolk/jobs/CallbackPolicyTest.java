package dev.tolk.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Where webhooks may go: the SSRF rules, without DNS (names resolve to the addresses a test chooses). */
class CallbackPolicyTest {

    /** Literals resolve to themselves (no lookup); the names used below to chosen addresses. */
    private static final CallbackPolicy.Resolver RESOLVER = host -> switch (host) {
        case "hooks.example" -> addresses("203.0.113.10");
        case "cms.internal.example" -> addresses("10.20.0.5");
        case "metadata.example" -> addresses("169.254.169.254");
        case "localhost" -> addresses("127.0.0.1");
        case "mixed.example" -> addresses("203.0.113.11", "192.168.1.9");
        default -> {
            if (host.matches("[0-9.]+") || host.contains(":")) {
                yield InetAddress.getAllByName(host);
            }
            throw new UnknownHostException(host);
        }
    };

    @Test
    void refusesLoopbackPrivateLinkLocalAndOtherInternalAddresses() {
        CallbackPolicy policy = policy(null);
        for (String host : List.of("127.0.0.1", "127.8.9.10", "169.254.169.254", "10.1.2.3", "172.16.5.4",
                "172.31.255.255", "192.168.0.10", "100.64.0.1", "0.0.0.0", "[::1]", "[::]", "[fd12:3456::1]",
                "[fe80::1]", "[::ffff:127.0.0.1]", "[::ffff:169.254.169.254]", "224.0.0.1")) {
            assertThatThrownBy(() -> policy.target("http://" + host + "/hook")).as(host)
                    .isInstanceOf(CallbackRefusedException.class).hasMessageContaining("internal address");
        }
    }

    @Test
    void refusesNamesThatResolveInsideAndLocalhostByName() {
        CallbackPolicy policy = policy("127.0.0.1");
        assertThatThrownBy(() -> policy.target("https://metadata.example/latest")).hasMessageContaining("169.254.169.254");
        assertThatThrownBy(() -> policy.target("https://cms.internal.example/hook")).hasMessageContaining("10.20.0.5");
        assertThatThrownBy(() -> policy.target("https://mixed.example/hook")).as("every address must be allowed")
                .hasMessageContaining("192.168.1.9");
        assertThatThrownBy(() -> policy.target("http://localhost:8080/hook")).as("127.0.0.1 allowed, localhost not")
                .hasMessage("callbackUrl: localhost is not allowed (see tolk.webhooks.allowed-hosts)");
        assertThatThrownBy(() -> policy.target("http://app.localhost/hook")).hasMessageContaining("not allowed");
        assertThatThrownBy(() -> policy.target("http://nowhere.example/hook")).hasMessageContaining("cannot be resolved");
    }

    @Test
    void allowsWhatAllowedHostsNames() {
        assertThat(policy("127.0.0.1").target("http://127.0.0.1:9000/hook").address().getHostAddress())
                .isEqualTo("127.0.0.1");
        assertThat(policy("10.0.0.0/8").target("https://cms.internal.example/hook").address().getHostAddress())
                .isEqualTo("10.20.0.5");
        assertThat(policy("CMS.internal.example").target("https://cms.internal.example/hook").host())
                .isEqualTo("cms.internal.example");
        assertThat(policy("localhost").target("http://localhost:8080/hook").address().isLoopbackAddress()).isTrue();
        assertThatThrownBy(() -> policy("10.0.0.0/16").target("https://cms.internal.example/hook"))
                .as("10.20.0.5 is outside 10.0.0.0/16").isInstanceOf(CallbackRefusedException.class);
    }

    @Test
    void aPublicHostGivesTheAddressToConnectTo() {
        CallbackPolicy.Target target = policy(null).target("https://hooks.example/tolk/done?desk=indland");
        assertThat(target.host()).isEqualTo("hooks.example");
        assertThat(target.address().getHostAddress()).isEqualTo("203.0.113.10");
        assertThat(target.port()).isEqualTo(443);
        assertThat(target.https()).isTrue();
        assertThat(target.pathAndQuery()).isEqualTo("/tolk/done?desk=indland");
        assertThat(policy(null).target("http://hooks.example").pathAndQuery()).isEqualTo("/");
        assertThat(policy(null).target("http://hooks.example:8081/x").port()).isEqualTo(8081);
    }

    @Test
    void onlyHttpAndHttpsWithoutCredentials() {
        CallbackPolicy policy = policy(null);
        for (String url : List.of("ftp://hooks.example/x", "file:///etc/passwd", "gopher://hooks.example/",
                "hooks.example/x", "http://user:secret@hooks.example/x", "http://exa mple.com/")) {
            assertThatThrownBy(() -> policy.target(url)).as(url).isInstanceOf(CallbackRefusedException.class);
        }
    }

    @Test
    void withoutASecretNoCallbackIsAccepted() {
        CallbackPolicy unsigned = new CallbackPolicy(WebhookTesting.withProperties(Map.of()), RESOLVER);
        assertThatThrownBy(() -> unsigned.target("https://hooks.example/x")).hasMessageContaining("tolk.webhooks.secret");
    }

    @Test
    void rangesCompareThePrefixBits() {
        AddressRange twelve = AddressRange.parse("172.16.0.0/12");
        assertThat(twelve.contains(address("172.31.255.255"))).isTrue();
        assertThat(twelve.contains(address("172.32.0.0"))).isFalse();
        assertThat(twelve.contains(address("172.15.255.255"))).isFalse();
        assertThat(AddressRange.parse("fc00::/7").contains(address("fdff::1"))).isTrue();
        assertThat(AddressRange.parse("fc00::/7").contains(address("fe00::1"))).isFalse();
        assertThat(AddressRange.parse("10.0.0.0/8").contains(address("::1"))).isFalse();
        assertThat(AddressRange.parse("192.0.2.7").contains(address("192.0.2.7"))).isTrue();
        assertThat(AddressRange.parse("192.0.2.7").contains(address("192.0.2.8"))).isFalse();
        assertThat(AddressRange.parse("cms.example")).as("a name is not a range").isNull();
        assertThatThrownBy(() -> AddressRange.parse("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
    }

    private static CallbackPolicy policy(String allowedHosts) {
        return new CallbackPolicy(WebhookTesting.config(allowedHosts), RESOLVER);
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static InetAddress[] addresses(String... literals) {
        return java.util.Arrays.stream(literals).map(CallbackPolicyTest::address).toArray(InetAddress[]::new);
    }
}
