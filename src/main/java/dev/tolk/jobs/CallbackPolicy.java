package dev.tolk.jobs;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Where a webhook may go (SSRF protection): {@code http} or {@code https}, and never to {@code localhost}, loopback,
 * link-local (169.254.0.0/16: cloud metadata), private or otherwise internal addresses, unless the host or its range
 * is in {@code tolk.webhooks.allowed-hosts}. The name is resolved at every check, and {@link #target} returns the
 * address that was checked so the caller connects to exactly that one: a name that resolves to a public address at
 * submission and to an internal one later (DNS rebinding) is refused at delivery.
 */
@ApplicationScoped
class CallbackPolicy {

    /** Resolves a host name; replaceable in tests, where names must resolve to chosen addresses. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** Internal ranges the JDK's {@code InetAddress.isXxx} predicates do not cover. */
    private static final List<AddressRange> INTERNAL = List.of("0.0.0.0/8", "100.64.0.0/10", "192.0.0.0/24",
            "198.18.0.0/15", "240.0.0.0/4", "fc00::/7").stream().map(AddressRange::parse).toList();

    private final boolean signing;
    private final Set<String> allowedNames = new HashSet<>();
    private final List<AddressRange> allowedRanges = new ArrayList<>();
    private final Resolver resolver;

    @Inject
    CallbackPolicy(WebhookConfig config) {
        this(config, InetAddress::getAllByName);
    }

    CallbackPolicy(WebhookConfig config, Resolver resolver) {
        this.signing = config.secret().filter(s -> !s.isBlank()).isPresent();
        this.resolver = resolver;
        for (String entry : config.allowedHosts().orElse(List.of())) {
            AddressRange range = AddressRange.parse(entry);
            if (range != null) {
                allowedRanges.add(range);
            } else if (!entry.isBlank()) {
                allowedNames.add(entry.strip().toLowerCase(Locale.ROOT));
            }
        }
    }

    /** Where to connect: the URL's parts and the one address that was checked. */
    record Target(String host, InetAddress address, int port, boolean https, String pathAndQuery) {
    }

    /** @throws CallbackRefusedException when tolk must not call {@code url} */
    Target target(String url) {
        if (!signing) {
            throw new CallbackRefusedException("webhooks are off (no tolk.webhooks.secret to sign them)");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new CallbackRefusedException("not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new CallbackRefusedException("only http and https URLs are called");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw new CallbackRefusedException("needs a host and no user name or password");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        boolean nameAllowed = allowedNames.contains(bare);
        if (!nameAllowed && (bare.equals("localhost") || bare.endsWith(".localhost"))) {
            throw new CallbackRefusedException(bare + " is not allowed (see tolk.webhooks.allowed-hosts)");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException e) {
            throw new CallbackRefusedException(bare + " cannot be resolved");
        }
        for (InetAddress address : addresses) {
            if (!nameAllowed && internal(address) && allowedRanges.stream().noneMatch(r -> r.contains(address))) {
                throw new CallbackRefusedException(bare + " is " + address.getHostAddress()
                        + ", an internal address that is not allowed (see tolk.webhooks.allowed-hosts)");
            }
        }
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return new Target(bare, addresses[0], port, scheme.equals("https"), path + query);
    }

    static boolean internal(InetAddress a) {
        return a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress() || INTERNAL.stream().anyMatch(r -> r.contains(a));
    }
}
