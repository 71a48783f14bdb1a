package org.takahe.dhcp.wire;

import java.net.Inet4Address;
import java.util.List;
import java.util.Optional;

/**
 * The relay agent information option (82, RFC 3046) split into its sub-options. {@link #data} is the
 * option exactly as received, which is what the server echoes; the sub-options are read from it for
 * selection and identification only.
 *
 * @param data the option's bytes as received (joined if split, RFC 3396)
 * @param subOptions the sub-options in wire order, each kept raw; none when one's length runs past the
 *     end, since the agent's data cannot be trusted then (the option is still echoed whole)
 */
public record RelayAgentInformation(Octets data, List<RawOption> subOptions) {
    /** Sub-option 1: the agent's name for the circuit the request came in on. */
    public static final int CIRCUIT_ID = 1;
    /** Sub-option 2: the agent's name for the remote end of that circuit. */
    public static final int REMOTE_ID = 2;
    /** Sub-option 5 (RFC 3527): an address on the client's link, when giaddr is not on it. */
    public static final int LINK_SELECTION = 5;

    public RelayAgentInformation {
        subOptions = List.copyOf(subOptions);
    }

    /** Reads the sub-options of an option 82 payload; never throws. */
    public static RelayAgentInformation parse(Octets data) {
        return new RelayAgentInformation(data, SubOptions.decode(data).orElse(List.of()));
    }

    /** The data of the first sub-option with this code. */
    public Optional<Octets> subOption(int code) {
        return subOptions.stream().filter(o -> o.code() == code).findFirst().map(RawOption::data);
    }

    public Optional<Octets> circuitId() {
        return subOption(CIRCUIT_ID);
    }

    public Optional<Octets> remoteId() {
        return subOption(REMOTE_ID);
    }

    /** The link-selection address; absent also when the sub-option is not exactly four bytes. */
    public Optional<Inet4Address> linkSelection() {
        return subOption(LINK_SELECTION).filter(d -> d.length() == 4).map(d -> Ipv4Bytes.of(d.toByteArray()));
    }
}
