package org.takahe.dhcp.v6.exchange;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.takahe.dhcp.config.v6.Option6;
import org.takahe.dhcp.config.v6.Range6;
import org.takahe.dhcp.wire.Octets;
import org.takahe.dhcp.wire.v6.MessageType6;
import org.takahe.dhcp.wire.v6.OptionCode6;

/**
 * Adds the configured options to ADVERTISE and to the REPLY of SOLICIT, REQUEST, RENEW, REBIND and
 * INFORMATION-REQUEST (a REPLY to RELEASE, DECLINE or CONFIRM configures nothing). Which options go out:
 * <ul>
 * <li>DNS servers, domain list, NTP servers, vendor options and the server unicast address always, when
 *     configured: clients rely on them and many do not ask;</li>
 * <li>the preference only in ADVERTISE (RFC 8415 §21.8);</li>
 * <li>SOL_MAX_RT except to INFORMATION-REQUEST, INF_MAX_RT and the information refresh time only to it
 *     (RFC 8415 §21.23 to §21.25);</li>
 * <li>every other configured option when the client's Option Request Option names it.</li>
 * </ul>
 * Options the server builds itself (identifiers, IAs, status, relay options, authentication, reconfiguration) are
 * never taken from option sets.
 */
public final class OptionsHandler implements Handler6 {
    private static final int PREFERENCE = 7;
    private static final Set<Integer> ALWAYS = Set.of(OptionCode6.DNS_SERVERS, OptionCode6.DOMAIN_LIST,
        OptionCode6.NTP_SERVER, OptionCode6.VENDOR_OPTS, OptionCode6.UNICAST);
    private static final Set<Integer> SERVERS_OWN = Set.of(OptionCode6.CLIENTID, OptionCode6.SERVERID,
        OptionCode6.IA_NA, OptionCode6.IA_TA, OptionCode6.IAADDR, OptionCode6.ORO, OptionCode6.ELAPSED_TIME,
        OptionCode6.RELAY_MSG, OptionCode6.AUTH, OptionCode6.STATUS_CODE, OptionCode6.RAPID_COMMIT,
        OptionCode6.INTERFACE_ID, OptionCode6.RECONF_MSG, OptionCode6.RECONF_ACCEPT, OptionCode6.IA_PD,
        OptionCode6.IAPREFIX);
    private static final Set<MessageType6> CONFIGURED = Set.of(MessageType6.SOLICIT, MessageType6.REQUEST,
        MessageType6.RENEW, MessageType6.REBIND, MessageType6.INFORMATION_REQUEST);

    private final OptionSetResolution resolution;

    public OptionsHandler(OptionSetResolution resolution) {
        this.resolution = resolution;
    }

    @Override
    public Step6 handle(Request6 request, Reply6.Builder reply) {
        if (reply.isBare() || !CONFIGURED.contains(request.type()) || reply.type().isEmpty()) {
            return Step6.CONTINUE;
        }
        boolean informationRequest = request.type() == MessageType6.INFORMATION_REQUEST;
        boolean advertise = reply.type().get() == MessageType6.ADVERTISE;
        List<Integer> requested = request.message().options().oro();
        Map<Integer, List<Option6>> configured = resolution.resolve(List.of(reply.reservationOptionSets(),
            reply.poolOptionSets(), reply.range().map(Range6::optionSetIds).orElse(List.of())));
        configured.forEach((code, options) -> {
            if (sent(code, requested, informationRequest, advertise)) {
                options.forEach(o -> reply.options().add(code, Octets.of(o.data())));
            }
        });
        return Step6.CONTINUE;
    }

    private static boolean sent(int code, List<Integer> requested, boolean informationRequest, boolean advertise) {
        if (SERVERS_OWN.contains(code)) {
            return false;
        }
        return switch (code) {
            case PREFERENCE -> advertise;
            case OptionCode6.SOL_MAX_RT -> !informationRequest;
            case OptionCode6.INF_MAX_RT, OptionCode6.INFORMATION_REFRESH_TIME -> informationRequest;
            default -> ALWAYS.contains(code) || requested.contains(code);
        };
    }
}
