package io.factline.crawl;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * Refuses hosts that resolve to private (RFC 1918, RFC 4193), loopback, link-local, unspecified, multicast or
 * reserved addresses (RFC 6890), IPv6 addresses that carry such an IPv4 address (NAT64, 6to4, Teredo) included,
 * so that a link on a public page cannot make the crawler fetch from the machine's own network. Every address of
 * a name must be public. The HTTP client resolves the name again when it connects; the JVM caches the
 * answer ({@code networkaddress.cache.ttl}, 30 s), so both see the same address in practice.
 */
final class AddressGuard {
    private final boolean allowPrivate;

    AddressGuard(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** The address to connect to; throws {@link Refused} when it is not allowed or does not resolve. */
    InetAddress check(String host) throws Refused {
        InetAddress[] all;
        try {
            all = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new Refused("unknown host " + host, false);
        }
        if (!allowPrivate) {
            for (InetAddress a : all) {
                if (isPrivate(a)) {
                    throw new Refused(host + " resolves to the non-public address " + a.getHostAddress()
                            + " (use --allow-private to crawl it)", true);
                }
            }
        }
        return all[0];
    }

    static boolean isPrivate(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) return true; // fc00::/7 unique local
            byte[] v4 = embeddedIpv4((Inet6Address) a);
            return v4 != null && isPrivateIpv4(v4);
        }
        return isPrivateIpv4(b);
    }

    /** IPv4 ranges that are not the public internet, beyond what {@link InetAddress} itself knows. */
    private static boolean isPrivateIpv4(byte[] b) {
        int o0 = b[0] & 0xff, o1 = b[1] & 0xff, o2 = b[2] & 0xff;
        return o0 == 0 // 0.0.0.0/8 "this network"
                || o0 == 10 || o0 == 127
                || o0 == 100 && (o1 & 0xc0) == 64 // 100.64.0.0/10 carrier-grade NAT
                || o0 == 169 && o1 == 254
                || o0 == 172 && (o1 & 0xf0) == 16
                || o0 == 192 && o1 == 168
                || o0 == 192 && o1 == 0 && (o2 == 0 || o2 == 2) // 192.0.0.0/24 protocol assignments, TEST-NET-1
                || o0 == 198 && (o1 & 0xfe) == 18 // 198.18.0.0/15 benchmarking
                || o0 == 198 && o1 == 51 && o2 == 100 || o0 == 203 && o1 == 0 && o2 == 113 // TEST-NET-2, -3
                || o0 >= 224; // multicast, 240.0.0.0/4 reserved, broadcast
    }

    /**
     * The IPv4 address an IPv6 address carries and reaches through a translator or tunnel: IPv4-compatible
     * ::a.b.c.d, NAT64 64:ff9b::/96 (and the local-use 64:ff9b:1::/48), 6to4 2002::/16, Teredo 2001::/32 (its
     * client address, inverted); null for an address that carries none.
     */
    static byte[] embeddedIpv4(Inet6Address a) {
        byte[] b = a.getAddress();
        boolean zeros = true;
        for (int i = 0; i < 12; i++) zeros &= b[i] == 0;
        if (zeros || a.isIPv4CompatibleAddress()) return Arrays.copyOfRange(b, 12, 16);
        if (b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
            return Arrays.copyOfRange(b, 12, 16);
        }
        if (b[0] == 0x20 && b[1] == 0x02) return Arrays.copyOfRange(b, 2, 6);
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0) {
            byte[] v4 = Arrays.copyOfRange(b, 12, 16);
            for (int i = 0; i < 4; i++) v4[i] = (byte) ~v4[i];
            return v4;
        }
        return null;
    }

    /** A host the crawler will not fetch from. */
    static final class Refused extends Exception {
        final boolean privateAddress;

        Refused(String message, boolean privateAddress) {
            super(message);
            this.privateAddress = privateAddress;
        }
    }
}
