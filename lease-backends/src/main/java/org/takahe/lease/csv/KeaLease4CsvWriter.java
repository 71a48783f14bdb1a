package org.takahe.lease.csv;

import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.takahe.lease.Lease4;

/**
 * Writes leases as a {@code kea-leases4.csv} Kea's memfile back end loads: one row per lease, ordered by address,
 * with the subnet names turned into Kea subnet-ids by {@link SubnetMap#idsForExport}.
 */
public final class KeaLease4CsvWriter {

    private KeaLease4CsvWriter() {
    }

    /** Writes the file; returns the subnet-ids used, by allocation-range name, for the operator to check. */
    public static Map<String, Long> write(Collection<Lease4> leases, SubnetMap subnets, Writer out)
            throws IOException {
        Map<String, Long> ids = subnets.idsForExport(
            leases.stream().map(Lease4::subnetId).collect(Collectors.toCollection(TreeSet::new)));
        out.write(String.join(",", KeaLease4Columns.ALL.subList(0, KeaLease4Columns.WRITTEN)) + "\n");
        List<Lease4> ordered = leases.stream()
            .sorted(Comparator.comparing(lease -> Integer.toUnsignedLong(addressBits(lease)))).toList();
        for (Lease4 lease : ordered) {
            long validLifetime = Math.max(0, Duration.between(lease.renewed(), lease.expires()).toSeconds());
            out.write(String.join(",",
                lease.address().getHostAddress(),
                lease.hardwareAddress(),
                lease.clientId().map(hex -> HexFormat.ofDelimiter(":").formatHex(HexFormat.of().parseHex(hex)))
                    .orElse(""),
                Long.toString(validLifetime),
                Long.toString(lease.expires().getEpochSecond()),
                Long.toString(ids.get(lease.subnetId())),
                "0",
                "0",
                KeaLease4Columns.escape(lease.hostname().orElse("")),
                Integer.toString(KeaLease4Columns.STATE_DEFAULT),
                "") + "\n");
        }
        out.flush();
        return ids;
    }

    private static int addressBits(Lease4 lease) {
        byte[] b = lease.address().getAddress();
        return (b[0] & 0xFF) << 24 | (b[1] & 0xFF) << 16 | (b[2] & 0xFF) << 8 | (b[3] & 0xFF);
    }
}
