package org.takahe.dhcp.v6.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.takahe.dhcp.v6.TestClient6.iaNa;
import static org.takahe.dhcp.v6.TestClient6.iaPd;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.takahe.dhcp.v6.Dhcp6DropReason;
import org.takahe.dhcp.v6.Dhcp6EventListener.InvalidClientDetected;
import org.takahe.dhcp.v6.TestClient6;
import org.takahe.dhcp.v6.V6Configs;
import org.takahe.dhcp.v6.V6Exchanges;
import org.takahe.dhcp.wire.v6.Dhcp6Message;
import org.takahe.dhcp.wire.v6.Duid;
import org.takahe.dhcp.wire.v6.IaNa;
import org.takahe.dhcp.wire.v6.IaPd;
import org.takahe.dhcp.wire.v6.MessageType6;
import org.takahe.dhcp.wire.v6.StatusCode;

/** RFC 8415 §16, rule by rule: each message breaking one is discarded, counted and, if the client's fault, notified. */
class MessageValidationTest {
    private static final TestClient6 CLIENT = TestClient6.number(1);
    private static final Duid OTHER_SERVER = Duid.fromHex("0002" + "00007ed9" + "0123456789");
    private static final String ON_LINK = "2001:db8:1::150";

    private final V6Exchanges exchanges = new V6Exchanges(V6Configs.config(V6Configs.lan()));

    record Rule(String name, Function<Duid, Dhcp6Message> message, Dhcp6DropReason reason) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Rule> rules() {
        return List.of(
            new Rule("solicit with server id", s -> CLIENT.to(s, MessageType6.SOLICIT, iaNa(1)),
                Dhcp6DropReason.UNEXPECTED_SERVER_ID),
            new Rule("solicit without client id", s -> TestClient6.anonymous(MessageType6.SOLICIT, iaNa(1)),
                Dhcp6DropReason.MISSING_CLIENT_ID),
            new Rule("request without server id", s -> CLIENT.message(MessageType6.REQUEST, iaNa(1, ON_LINK)),
                Dhcp6DropReason.MISSING_SERVER_ID),
            new Rule("request for another server", s -> CLIENT.to(OTHER_SERVER, MessageType6.REQUEST, iaNa(1)),
                Dhcp6DropReason.NOT_FOR_THIS_SERVER),
            new Rule("request without client id", s -> TestClient6.anonymous(MessageType6.REQUEST, s, iaNa(1)),
                Dhcp6DropReason.MISSING_CLIENT_ID),
            new Rule("confirm with server id", s -> CLIENT.to(s, MessageType6.CONFIRM, iaNa(1, ON_LINK)),
                Dhcp6DropReason.UNEXPECTED_SERVER_ID),
            new Rule("renew without server id", s -> CLIENT.message(MessageType6.RENEW, iaNa(1, ON_LINK)),
                Dhcp6DropReason.MISSING_SERVER_ID),
            new Rule("renew for another server", s -> CLIENT.to(OTHER_SERVER, MessageType6.RENEW, iaNa(1, ON_LINK)),
                Dhcp6DropReason.NOT_FOR_THIS_SERVER),
            new Rule("rebind with server id", s -> CLIENT.to(s, MessageType6.REBIND, iaNa(1, ON_LINK)),
                Dhcp6DropReason.UNEXPECTED_SERVER_ID),
            new Rule("decline without server id", s -> CLIENT.message(MessageType6.DECLINE, iaNa(1, ON_LINK)),
                Dhcp6DropReason.MISSING_SERVER_ID),
            new Rule("release without server id", s -> CLIENT.message(MessageType6.RELEASE, iaNa(1, ON_LINK)),
                Dhcp6DropReason.MISSING_SERVER_ID),
            new Rule("release without client id", s -> TestClient6.anonymous(MessageType6.RELEASE, s,
                iaNa(1, ON_LINK)), Dhcp6DropReason.MISSING_CLIENT_ID),
            new Rule("information-request with IA_NA", s -> CLIENT.message(MessageType6.INFORMATION_REQUEST,
                iaNa(1)), Dhcp6DropReason.INFORMATION_REQUEST_WITH_IA),
            new Rule("information-request for another server", s -> CLIENT.to(OTHER_SERVER,
                MessageType6.INFORMATION_REQUEST), Dhcp6DropReason.NOT_FOR_THIS_SERVER),
            new Rule("advertise", s -> CLIENT.to(s, MessageType6.ADVERTISE, iaNa(1)),
                Dhcp6DropReason.NOT_A_CLIENT_MESSAGE),
            new Rule("reply", s -> CLIENT.to(s, MessageType6.REPLY), Dhcp6DropReason.NOT_A_CLIENT_MESSAGE),
            new Rule("reconfigure", s -> CLIENT.to(s, MessageType6.RECONFIGURE),
                Dhcp6DropReason.NOT_A_CLIENT_MESSAGE));
    }

    @ParameterizedTest
    @MethodSource("rules")
    void messageBreakingARuleIsDiscardedAndCounted(Rule rule) {
        exchanges.assertDropped(rule.message().apply(V6Exchanges.SERVER), rule.reason());

        assertEquals(1, exchanges.counters.snapshot().discardedMessageCount());
        assertEquals(1, exchanges.counters.snapshot().dropped(rule.reason()));
        boolean notified = exchanges.events.heard.stream().anyMatch(InvalidClientDetected.class::isInstance);
        assertEquals(rule.reason().isInvalidClient(), notified, "invalid-client-detected");
    }

    @Test
    void invalidClientNotificationNamesTheMessageTypeAndTheClient() {
        exchanges.process(CLIENT.message(MessageType6.RENEW, iaNa(1, ON_LINK)));

        InvalidClientDetected heard = (InvalidClientDetected) exchanges.events.heard.getFirst();
        assertEquals("RENEW", heard.messageType());
        assertEquals(CLIENT.duidHex(), heard.duid());
        assertTrue(heard.description().contains("Server Identifier"), heard.description());
    }

    @Test
    void everyClientMessageTypeNamingUsOrNobodyAsRequiredPasses() {
        Map<MessageType6, Dhcp6Message> valid = Map.of(
            MessageType6.SOLICIT, CLIENT.message(MessageType6.SOLICIT, iaNa(1)),
            MessageType6.REQUEST, CLIENT.to(V6Exchanges.SERVER, MessageType6.REQUEST, iaNa(1)),
            MessageType6.INFORMATION_REQUEST, CLIENT.to(V6Exchanges.SERVER, MessageType6.INFORMATION_REQUEST));
        valid.values().forEach(m -> V6Exchanges.replied(exchanges.process(m)));
        assertEquals(0, exchanges.counters.snapshot().discardedMessageCount());
    }

    @Test
    void aRequestToAnotherServerFreesWhatWasAdvertisedToItsIasAtOnce() {
        // One address and one prefix: while they are held for CLIENT, nobody else can be offered them.
        V6Exchanges single = new V6Exchanges(V6Configs.config(V6Configs.range("lan", V6Configs.LAN_PREFIX,
            V6Configs.addressPool("one", "2001:db8:1::100", "2001:db8:1::100"),
            V6Configs.prefixPool("one-pd", "2001:db8:100::/56", 56))));
        TestClient6 other = TestClient6.number(2);
        Dhcp6Message advertised = single.reply(CLIENT.message(MessageType6.SOLICIT, iaNa(1), iaPd(2)));
        assertEquals(List.of(StatusCode.NO_ADDRS_AVAIL, StatusCode.NO_PREFIX_AVAIL), statuses(single.reply(
            other.message(MessageType6.SOLICIT, iaNa(1), iaPd(2)))), "held for CLIENT");

        single.assertDropped(CLIENT.to(OTHER_SERVER, MessageType6.REQUEST, advertised.options().iaNa().getFirst(),
            advertised.options().iaPd().getFirst()), Dhcp6DropReason.NOT_FOR_THIS_SERVER);

        Dhcp6Message reply = single.reply(other.message(MessageType6.SOLICIT, iaNa(1), iaPd(2)));
        assertEquals(List.of(), statuses(reply), "both IAs served");
        assertEquals(TestClient6.address(advertised.options().iaNa().getFirst()),
            TestClient6.address(reply.options().iaNa().getFirst()));
    }

    @Test
    void aRenewToAnotherServerLeavesAnOfferHeld() {
        V6Exchanges single = new V6Exchanges(V6Configs.config(V6Configs.range("lan", V6Configs.LAN_PREFIX,
            V6Configs.addressPool("one", "2001:db8:1::100", "2001:db8:1::100"),
            V6Configs.prefixPool("one-pd", "2001:db8:100::/56", 56))));
        Dhcp6Message advertised = single.reply(CLIENT.message(MessageType6.SOLICIT, iaNa(1)));

        single.assertDropped(CLIENT.to(OTHER_SERVER, MessageType6.RENEW, advertised.options().iaNa().getFirst()),
            Dhcp6DropReason.NOT_FOR_THIS_SERVER);

        assertEquals(List.of(StatusCode.NO_ADDRS_AVAIL), statuses(single.reply(TestClient6.number(2)
            .message(MessageType6.SOLICIT, iaNa(1)))));
    }

    /** The status codes in the reply's IAs, IA_NAs first. */
    private static List<Integer> statuses(Dhcp6Message reply) {
        return Stream.concat(reply.options().iaNa().stream().map(IaNa::status),
                reply.options().iaPd().stream().map(IaPd::status))
            .flatMap(Optional::stream).map(StatusCode::code).toList();
    }
}
