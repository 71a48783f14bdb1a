package org.takahe.lease.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.takahe.lease.Lease4;

class KeaLease4CsvTest {
    private static final String HEADER =
        "address,hwaddr,client_id,valid_lifetime,expire,subnet_id,fqdn_fwd,fqdn_rev,hostname,state,user_context\n";
    private static final SubnetMap LAN = SubnetMap.parse("1=lan,7=guest");

    @Test
    void aKeaFileIsReadIntoLeases() throws Exception {
        KeaLease4CsvReader.Result result = read(HEADER
            + "198.18.0.10,52:54:00:12:34:56,01:52:54:00:12:34:56,3600,1764000000,1,0,0,pc-one,0,\n");
        assertEquals(List.of(new Lease4(v4("198.18.0.10"), "52:54:00:12:34:56", Optional.of("01525400123456"),
            "lan", Instant.ofEpochSecond(1763996400), Instant.ofEpochSecond(1763996400),
            Instant.ofEpochSecond(1764000000), Optional.of("pc-one"))), result.leases());
        assertEquals(1, result.rows());
    }

    @Test
    void writtenLeasesReadBackUnchanged() throws Exception {
        Instant granted = Instant.ofEpochSecond(1764000000);
        List<Lease4> leases = List.of(
            new Lease4(v4("198.18.0.20"), "52:54:00:00:00:02", Optional.empty(), "guest", granted, granted,
                granted.plusSeconds(600), Optional.empty()),
            new Lease4(v4("198.18.0.3"), "52:54:00:00:00:01", Optional.of("ff00112233"), "lan", granted, granted,
                granted.plusSeconds(86400), Optional.of("a,b")));
        StringWriter out = new StringWriter();
        Map<String, Long> ids = KeaLease4CsvWriter.write(leases, LAN, out);
        assertEquals(Map.of("lan", 1L, "guest", 7L), ids);
        assertTrue(out.toString().startsWith(HEADER), out.toString());
        assertTrue(out.toString().contains("\n198.18.0.3,52:54:00:00:00:01,ff:00:11:22:33,86400,1764086400,1,0,0,"
            + "a&#x2cb,0,\n198.18.0.20,"), "ordered by address, comma escaped: " + out);
        assertEquals(Set.copyOf(leases), Set.copyOf(read(out.toString()).leases()));
    }

    @Test
    void exportNumbersUnmappedSubnetsStablyAfterTheMappedOnes() throws Exception {
        Instant t = Instant.ofEpochSecond(1764000000);
        List<Lease4> leases = List.of(
            new Lease4(v4("198.18.0.1"), "02:00:00:00:00:01", Optional.empty(), "b", t, t, t, Optional.empty()),
            new Lease4(v4("198.18.0.2"), "02:00:00:00:00:02", Optional.empty(), "a", t, t, t, Optional.empty()),
            new Lease4(v4("198.18.0.3"), "02:00:00:00:00:03", Optional.empty(), "lan", t, t, t, Optional.empty()));
        assertEquals(Map.of("lan", 1L, "a", 8L, "b", 9L), KeaLease4CsvWriter.write(leases, LAN, new StringWriter()));
        assertEquals(Map.of("a", 1L, "b", 2L, "lan", 3L),
            KeaLease4CsvWriter.write(leases, SubnetMap.empty(), new StringWriter()));
    }

    @Test
    void theEscapedCommaOfKeaIsUnescaped() throws Exception {
        assertEquals(Optional.of("host,with,commas"), read(HEADER
            + "198.18.0.10,52:54:00:12:34:56,,3600,1764000000,1,0,0,host&#x2cwith&#x2ccommas,0,\n")
            .leases().getFirst().hostname());
    }

    @Test
    void theLastRowForAnAddressWins() throws Exception {
        KeaLease4CsvReader.Result result = read(HEADER
            + "198.18.0.10,52:54:00:12:34:56,,3600,1764000000,1,0,0,old,0,\n"
            + "198.18.0.11,52:54:00:00:00:11,,3600,1764000000,7,0,0,,0,\n"
            + "198.18.0.10,52:54:00:12:34:56,,3600,1764003600,1,0,0,new,0,\n");
        assertEquals(2, result.leases().size());
        Lease4 first = result.leases().getFirst();
        assertEquals(Optional.of("new"), first.hostname());
        assertEquals(Instant.ofEpochSecond(1764003600), first.expires());
        assertEquals(3, result.rows());
    }

    @Test
    void aZeroLifetimeRowDeletesAndDeclinedOrReclaimedRowsFreeTheAddress() throws Exception {
        KeaLease4CsvReader.Result result = read(HEADER
            + "198.18.0.10,52:54:00:12:34:56,,3600,1764000000,1,0,0,,0,\n"
            + "198.18.0.11,52:54:00:00:00:11,,3600,1764000000,1,0,0,,0,\n"
            + "198.18.0.12,52:54:00:00:00:12,,3600,1764000000,1,0,0,,0,\n"
            + "198.18.0.13,52:54:00:00:00:13,,3600,1764000000,1,0,0,,0,\n"
            + "198.18.0.10,52:54:00:12:34:56,,0,1764000000,1,0,0,,0,\n"
            + "198.18.0.11,,,3600,1764000000,1,0,0,,1,\n"
            + "198.18.0.12,52:54:00:00:00:12,,3600,1764000000,1,0,0,,2,\n");
        assertEquals(List.of(v4("198.18.0.13")), result.leases().stream().map(Lease4::address).toList());
        assertEquals(3, result.released());
    }

    @Test
    void olderKeaFilesWithoutStateAndNewerOnesWithPoolIdAreRead() throws Exception {
        String row = "198.18.0.10,52:54:00:12:34:56,,3600,1764000000,1,0,0,pc";
        assertEquals(1, read("address,hwaddr,client_id,valid_lifetime,expire,subnet_id,fqdn_fwd,fqdn_rev,hostname\n"
            + row + "\n").leases().size());
        assertEquals(1, read(HEADER.strip() + ",pool_id\n" + row + ",0,{ \"a\": 1 },0\n").leases().size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        198.18.0.300,52:54:00:12:34:56,,3600,1764000000,1,0,0,,0, | line 2, column address: must be an IPv4 address
        host.example,52:54:00:12:34:56,,3600,1764000000,1,0,0,,0, | line 2, column address: must be an IPv4 address
        198.18.0.10,52-54-00,,3600,1764000000,1,0,0,,0,           | line 2, column hwaddr: must be colon-separated
        198.18.0.10,,,3600,1764000000,1,0,0,,0,                   | line 2, column hwaddr: must be given
        198.18.0.10,52:54:00:12:34:56,zz,3600,1764000000,1,0,0,,0, | line 2, column client_id: must be colon-separated
        198.18.0.10,52:54:00:12:34:56,,-1,1764000000,1,0,0,,0,     | line 2, column valid_lifetime: must be a whole number
        198.18.0.10,52:54:00:12:34:56,,3600,soon,1,0,0,,0,         | line 2, column expire: must be a whole number
        198.18.0.10,52:54:00:12:34:56,,3600,60,1,0,0,,0,           | line 2, column expire: must not be before
        198.18.0.10,52:54:00:12:34:56,,3600,1764000000,x,0,0,,0,   | line 2, column subnet_id: must be a whole number
        198.18.0.10,52:54:00:12:34:56,,3600,1764000000,3,0,0,,0,   | line 2, column subnet_id: 3 has no allocation-range name; give one with --subnet-map 3=NAME
        198.18.0.10,52:54:00:12:34:56,,3600,1764000000,1,yes,0,,0, | line 2, column fqdn_fwd: must be 0 or 1
        198.18.0.10,52:54:00:12:34:56,,3600,1764000000,1,0,2,,0,   | line 2, column fqdn_rev: must be 0 or 1
        198.18.0.10,52:54:00:12:34:56,,3600,1764000000,1,0,0,,5,   | line 2, column state: must be a whole number 0-2
        198.18.0.10,52:54:00:12:34:56,,3600,1764000000,1,0,0,,0    | line 2: has 10 fields; the header has 11
        """)
    void eachMalformedRowIsRefusedNamingLineAndColumn(String row, String expected) {
        KeaCsvException e = assertThrows(KeaCsvException.class, () -> read(HEADER + row.strip() + "\n"));
        assertTrue(e.getMessage().startsWith(expected.strip()), e.getMessage());
    }

    @Test
    void aBadRowAfterGoodOnesIsReportedWithItsOwnLineAndNothingIsReturned() {
        KeaCsvException e = assertThrows(KeaCsvException.class, () -> read(HEADER
            + "198.18.0.10,52:54:00:12:34:56,,3600,1764000000,1,0,0,,0,\n\n"
            + "198.18.0.11,52:54:00:12:34:56,,3600,1764000000,9,0,0,,0,\n"));
        assertTrue(e.getMessage().startsWith("line 4, column subnet_id"), e.getMessage());
    }

    @Test
    void aFileThatIsNotAKeaLease4FileIsRefusedAtItsHeader() {
        assertTrue(assertThrows(KeaCsvException.class, () -> read("")).getMessage().contains("empty file"));
        assertTrue(assertThrows(KeaCsvException.class, () -> read("address,duid,valid_lifetime,expire,subnet_id,"
            + "pref_lifetime,lease_type,iaid,prefix_len\n")).getMessage()
            .startsWith("line 1, column 2: header names 'duid' where Kea's lease4 file has 'hwaddr'"));
        assertTrue(assertThrows(KeaCsvException.class, () -> read("address,hwaddr\n")).getMessage()
            .contains("header has 2 columns"));
    }

    @Test
    void subnetMapsAreParsedAndBadEntriesNamed() {
        assertEquals(Map.of(1L, "lan", 20L, "guest"), SubnetMap.parse("1=lan, 20=guest").namesById());
        for (String bad : List.of("lan", "0=lan", "x=lan", "1=", "1=a,1=b", "1=a,2=a")) {
            assertThrows(IllegalArgumentException.class, () -> SubnetMap.parse(bad), bad);
        }
    }

    private static KeaLease4CsvReader.Result read(String text) throws IOException, KeaCsvException {
        return KeaLease4CsvReader.read(new BufferedReader(new StringReader(text)), LAN);
    }

    private static Inet4Address v4(String text) throws IOException {
        return (Inet4Address) InetAddress.getByName(text);
    }
}
