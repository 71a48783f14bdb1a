package org.takahe.lease.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.takahe.lease.Lease4;

/**
 * Reads a {@code kea-leases4.csv}. Kea appends a row per change, so the last row for an address is its state:
 * a row with valid_lifetime 0 deletes the lease, and a declined (1) or expired-reclaimed (2) row leaves the
 * address free. The whole file is checked before anything is returned, so bad input imports nothing.
 */
public final class KeaLease4CsvReader {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern COLON_HEX = Pattern.compile("\\p{XDigit}{1,2}(:\\p{XDigit}{1,2})*");

    /**
     * What a file holds once replayed.
     *
     * @param leases the leases its last rows hold, in the order their addresses first appear
     * @param rows the data rows read
     * @param released addresses whose last row deleted, declined or reclaimed them (so no lease is held)
     */
    public record Result(List<Lease4> leases, int rows, int released) {
        public Result {
            leases = List.copyOf(leases);
        }
    }

    private KeaLease4CsvReader() {
    }

    public static Result read(BufferedReader in, SubnetMap subnets) throws IOException, KeaCsvException {
        String header = in.readLine();
        if (header == null) {
            throw new KeaCsvException(1, "", "empty file; expected Kea's header line starting 'address,hwaddr'");
        }
        int columns = checkHeader(header);
        Map<Inet4Address, Optional<Lease4>> latest = new LinkedHashMap<>();
        int lineNumber = 1;
        int rows = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            rows++;
            Row row = Row.split(line, columns, lineNumber);
            Inet4Address address = row.address();
            latest.put(address, row.lease(address, subnets));
        }
        List<Lease4> leases = new ArrayList<>();
        latest.values().forEach(lease -> lease.ifPresent(leases::add));
        return new Result(leases, rows, latest.size() - leases.size());
    }

    private static int checkHeader(String header) throws KeaCsvException {
        String[] names = header.strip().split(",", -1);
        if (names.length < KeaLease4Columns.REQUIRED || names.length > KeaLease4Columns.ALL.size()) {
            throw new KeaCsvException(1, "", "header has " + names.length + " columns; a Kea lease4 file has "
                + KeaLease4Columns.REQUIRED + " to " + KeaLease4Columns.ALL.size() + " (is this a lease6 file?)");
        }
        for (int i = 0; i < names.length; i++) {
            if (!names[i].equals(KeaLease4Columns.ALL.get(i))) {
                throw new KeaCsvException(1, String.valueOf(i + 1), "header names '" + names[i] + "' where Kea's "
                    + "lease4 file has '" + KeaLease4Columns.ALL.get(i) + "'");
            }
        }
        return names.length;
    }

    /** One data row, split; every accessor reports a bad field by line and column name. */
    private record Row(String[] fields, int line) {

        static Row split(String text, int columns, int line) throws KeaCsvException {
            String[] fields = text.split(",", -1);
            if (fields.length != columns) {
                throw new KeaCsvException(line, "", "has " + fields.length + " fields; the header has " + columns);
            }
            return new Row(fields, line);
        }

        String field(String column) {
            return fields[KeaLease4Columns.ALL.indexOf(column)];
        }

        KeaCsvException bad(String column, String problem) {
            return new KeaCsvException(line, column, problem + ", not '" + field(column) + "'");
        }

        Inet4Address address() throws KeaCsvException {
            String text = field("address");
            try {
                if (IPV4.matcher(text).matches() && InetAddress.getByName(text) instanceof Inet4Address v4) {
                    return v4;
                }
            } catch (UnknownHostException e) {
                // an out-of-range octet; reported below
            }
            throw bad("address", "must be an IPv4 address");
        }

        long number(String column, long max) throws KeaCsvException {
            try {
                long value = Long.parseLong(field(column));
                if (value >= 0 && value <= max) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw bad(column, "must be a whole number 0-" + max);
        }

        Optional<String> hex(String column) throws KeaCsvException {
            String text = field(column);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            if (!COLON_HEX.matcher(text).matches()) {
                throw bad(column, "must be colon-separated hex bytes like 52:54:00:12:34:56");
            }
            StringBuilder normal = new StringBuilder();
            for (String octet : text.split(":")) {
                normal.append(octet.length() == 1 ? "0" : "").append(octet.toLowerCase(Locale.ROOT));
            }
            return Optional.of(normal.toString());
        }

        void flag(String column) throws KeaCsvException {
            if (!List.of("0", "1", "true", "false").contains(field(column))) {
                throw bad(column, "must be 0 or 1");
            }
        }

        /** The lease this row leaves on {@code address}, or empty when the row frees it. */
        Optional<Lease4> lease(Inet4Address address, SubnetMap subnets) throws KeaCsvException {
            Optional<String> hardware = hex("hwaddr");
            Optional<String> clientId = hex("client_id");
            long validLifetime = number("valid_lifetime", 0xFFFF_FFFFL);
            long expire = number("expire", Instant.MAX.getEpochSecond());
            long subnetId = number("subnet_id", 0xFFFF_FFFFL);
            flag("fqdn_fwd");
            flag("fqdn_rev");
            String hostname = KeaLease4Columns.unescape(field("hostname"));
            int state = fields.length > KeaLease4Columns.ALL.indexOf("state")
                ? (int) number("state", KeaLease4Columns.STATE_EXPIRED_RECLAIMED) : KeaLease4Columns.STATE_DEFAULT;
            if (validLifetime == 0 || state != KeaLease4Columns.STATE_DEFAULT) {
                return Optional.empty();
            }
            if (hardware.isEmpty()) {
                throw new KeaCsvException(line, "hwaddr", "must be given for a lease in the default state");
            }
            if (expire < validLifetime) {
                throw bad("expire", "must not be before valid_lifetime seconds after 1970");
            }
            String subnet = subnets.nameOf(subnetId).orElseThrow(() -> new KeaCsvException(line, "subnet_id",
                subnetId + " has no allocation-range name; give one with --subnet-map " + subnetId + "=NAME"));
            Instant expires = Instant.ofEpochSecond(expire);
            Instant granted = expires.minusSeconds(validLifetime);
            return Optional.of(new Lease4(address, colonHex(hardware.orElseThrow()), clientId, subnet, granted,
                granted, expires, hostname.isEmpty() ? Optional.empty() : Optional.of(hostname)));
        }

        private static String colonHex(String hex) {
            return HexFormat.ofDelimiter(":").formatHex(HexFormat.of().parseHex(hex));
        }
    }
}
