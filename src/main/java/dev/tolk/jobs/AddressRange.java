package dev.tolk.jobs;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * An IP address or CIDR range ({@code 10.0.0.0/8}, {@code fc00::/7}). Hand-written (a prefix compare of the address
 * bytes) because the JDK has no CIDR type and the libraries that do (Guava, commons-net) are not otherwise needed.
 */
record AddressRange(byte[] network, int prefix) {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    /** The range {@code text} names, or null when it is not an address or range but a host name. */
    static AddressRange parse(String text) {
        String[] parts = text.strip().split("/", 2);
        String address = parts[0].startsWith("[") ? parts[0].substring(1, parts[0].length() - 1) : parts[0];
        if (!IPV4.matcher(address).matches() && !address.contains(":")) {
            return null;
        }
        try {
            // A literal: getByName parses it without a DNS lookup.
            byte[] bytes = InetAddress.getByName(address).getAddress();
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : bytes.length * 8;
            if (prefix < 0 || prefix > bytes.length * 8) {
                throw new IllegalArgumentException("Bad prefix length in " + text);
            }
            return new AddressRange(bytes, prefix);
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalArgumentException("Not an address or CIDR range: " + text, e);
        }
    }

    boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != network.length) {
            return false;
        }
        int whole = prefix / 8;
        for (int i = 0; i < whole; i++) {
            if (bytes[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (bytes[whole] & mask) == (network[whole] & mask);
    }
}
