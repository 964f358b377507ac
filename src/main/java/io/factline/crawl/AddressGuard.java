package io.factline.crawl;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Refuses hosts that resolve to private (RFC 1918, RFC 4193), loopback, link-local, unspecified or multicast
 * addresses, so that a link on a public page cannot make the crawler fetch from the machine's own network. Every
 * address of a name must be public. The HTTP client resolves the name again when it connects; the JVM caches the
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
        if (a instanceof Inet6Address) return (b[0] & 0xfe) == 0xfc; // fc00::/7 unique local
        return (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64; // 100.64.0.0/10 carrier-grade NAT
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
