package io.factline.crawl;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The addresses a link on a public page must not make the crawler fetch from, written every way there is. */
class AddressGuardTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "127.0.0.1", "127.1", "2130706433", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254",
            "100.64.0.1", "0.0.0.0", "0.1.2.3", "192.0.0.8", "192.0.2.1", "198.18.0.1", "198.19.255.255",
            "198.51.100.7", "203.0.113.9", "224.0.0.1", "240.0.0.1", "255.255.255.255",
            "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1",
            "::ffff:127.0.0.1", "::127.0.0.1", "::10.0.0.1",
            "64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe", "2002:7f00:1::", "2002:c0a8:101::1",
            "2001:0:4136:e378:8000:63bf:80ff:fffe" // Teredo, client 127.0.0.1 inverted
    })
    void refusesAddressesThatAreNotThePublicInternet(String literal) throws Exception {
        assertTrue(AddressGuard.isPrivate(InetAddress.getByName(literal)), literal);
        AddressGuard.Refused r = assertThrows(AddressGuard.Refused.class,
                () -> new AddressGuard(false).check(literal.contains(":") ? "[" + literal + "]" : literal));
        assertTrue(r.getMessage().contains("non-public address") && r.getMessage().contains("--allow-private"),
                r.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "198.20.0.1", "2606:4700::6810:85e5", "2002:5db8:d822::1",
            "64:ff9b::808:808"})
    void letsPublicAddressesThrough(String literal) throws Exception {
        assertFalse(AddressGuard.isPrivate(InetAddress.getByName(literal)), literal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "[::1]"})
    void allowsPrivateAddressesWhenAsked(String host) throws Exception {
        assertEquals(InetAddress.getByName(host.replace("[", "").replace("]", "")),
                new AddressGuard(true).check(host));
    }
}
