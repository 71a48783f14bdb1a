package org.takahe.dhcp.v6.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.takahe.dhcp.v6.TestClient6.iaNa;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.takahe.dhcp.v6.Dhcp6DropReason;
import org.takahe.dhcp.v6.Dhcp6EventListener.InvalidClientDetected;
import org.takahe.dhcp.v6.TestClient6;
import org.takahe.dhcp.v6.V6Configs;
import org.takahe.dhcp.v6.V6Exchanges;
import org.takahe.dhcp.wire.v6.Dhcp6Message;
import org.takahe.dhcp.wire.v6.MessageType6;
import org.takahe.dhcp.wire.v6.OptionCode6;
import org.takahe.dhcp.wire.v6.RawOption6;
import org.takahe.dhcp.wire.v6.StatusCode;

class UnicastPolicyTest {
    private static final Arrival UNINVITED = new Arrival(Optional.of("lan0"), V6Exchanges.LAN.interfaceAddresses(),
        Arrival.Delivery.UNICAST_UNCONFIGURED);
    private static final Arrival INVITED = new Arrival(Optional.of("lan0"), V6Exchanges.LAN.interfaceAddresses(),
        Arrival.Delivery.UNICAST);
    private static final InetSocketAddress GLOBAL_CLIENT = new InetSocketAddress(V6Configs.ip("2001:db8:1::50"), 546);

    private final TestClient6 client = TestClient6.number(1);
    private final V6Exchanges exchanges = new V6Exchanges(V6Configs.config(V6Configs.lan()));

    @Test
    void unicastRequestToAnAddressNotOfferedIsAnsweredUseMulticastOnlyAndCountedAsDiscarded() {
        ExchangeOutcome6 outcome = exchanges.process(client.to(V6Exchanges.SERVER, MessageType6.REQUEST,
            iaNa(1, "2001:db8:1::150"), TestClient6.oro(OptionCode6.DNS_SERVERS)), UNINVITED, GLOBAL_CLIENT);

        Dhcp6Message reply = V6Exchanges.replied(outcome).message();
        assertEquals(MessageType6.REPLY, reply.type());
        assertEquals(StatusCode.USE_MULTICAST, reply.options().statusCode().orElseThrow().code());
        assertEquals(List.of(OptionCode6.CLIENTID, OptionCode6.SERVERID, OptionCode6.STATUS_CODE),
            reply.options().all().stream().map(RawOption6::code).toList(), "RFC 8415 §18.4: no other options");
        assertEquals(1, exchanges.counters.snapshot().dropped(Dhcp6DropReason.UNICAST_NOT_INVITED));
        assertEquals(1, exchanges.counters.snapshot().discardedMessageCount());
        assertTrue(exchanges.store.all().isEmpty());
    }

    @Test
    void renewReleaseAndDeclineAreRefusedByUnicastToo() {
        for (MessageType6 type : List.of(MessageType6.RENEW, MessageType6.RELEASE, MessageType6.DECLINE)) {
            Dhcp6Message reply = V6Exchanges.replied(exchanges.process(client.to(V6Exchanges.SERVER, type,
                iaNa(1, "2001:db8:1::150")), UNINVITED, GLOBAL_CLIENT)).message();
            assertEquals(StatusCode.USE_MULTICAST, reply.options().statusCode().orElseThrow().code(), type.name());
        }
    }

    @Test
    void unicastToAConfiguredAddressIsServed() {
        Dhcp6Message reply = V6Exchanges.replied(exchanges.process(client.to(V6Exchanges.SERVER,
            MessageType6.REQUEST, iaNa(1)), INVITED, GLOBAL_CLIENT)).message();

        assertEquals(1, reply.options().iaNa().getFirst().addresses().size());
    }

    static List<Arguments> multicastOnly() {
        List<Arguments> all = new ArrayList<>();
        for (Arrival arrival : List.of(INVITED, UNINVITED)) {
            for (MessageType6 type : List.of(MessageType6.SOLICIT, MessageType6.CONFIRM, MessageType6.REBIND,
                    MessageType6.INFORMATION_REQUEST)) {
                all.add(Arguments.of(type, arrival.delivery()));
            }
        }
        return all;
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("multicastOnly")
    void solicitConfirmRebindAndInformationRequestByUnicastAreDiscardedUnanswered(MessageType6 type,
            Arrival.Delivery delivery) {
        Dhcp6Message message = switch (type) {
            case SOLICIT -> client.message(type, iaNa(1));
            case INFORMATION_REQUEST -> client.message(type);
            default -> client.message(type, iaNa(1, "2001:db8:1::150"));
        };

        ExchangeOutcome6 outcome = exchanges.process(message, delivery == Arrival.Delivery.UNICAST ? INVITED
            : UNINVITED, GLOBAL_CLIENT);

        Dhcp6DropReason reason = assertInstanceOf(ExchangeOutcome6.Dropped.class, outcome).reason();
        assertEquals(Dhcp6DropReason.UNICAST_FORBIDDEN, reason, "RFC 8415 §16");
        assertEquals(1, exchanges.counters.snapshot().dropped(Dhcp6DropReason.UNICAST_FORBIDDEN));
        assertEquals(1, exchanges.counters.snapshot().discardedMessageCount());
        InvalidClientDetected heard = assertInstanceOf(InvalidClientDetected.class,
            exchanges.events.heard.getFirst());
        assertEquals(EventReporter.name(message.type()), heard.messageType());
        assertTrue(exchanges.store.all().isEmpty());
    }

    @Test
    void theSameByMulticastIsAnswered() {
        Dhcp6Message advertise = V6Exchanges.replied(exchanges.process(client.message(MessageType6.SOLICIT,
            iaNa(1)), V6Exchanges.LAN, V6Exchanges.CLIENT)).message();

        assertEquals(MessageType6.ADVERTISE, advertise.type());
    }

    @Test
    void aRelayedSolicitSentToAnyAddressIsAnswered() {
        for (Arrival arrival : List.of(INVITED, UNINVITED)) {
            ExchangeOutcome6 outcome = exchanges.process(V6Exchanges.relayed(client.message(MessageType6.SOLICIT,
                iaNa(1)), "2001:db8:1::1", "fe80::7", 0), arrival,
                new InetSocketAddress(V6Configs.ip("2001:db8:2::1"), 547));

            assertEquals(MessageType6.ADVERTISE, V6Exchanges.replied(outcome).message().type(),
                arrival.delivery().name());
        }
    }

    @Test
    void aRelayMayUnicastAnyAddressOfTheServer() {
        ExchangeOutcome6 outcome = exchanges.process(V6Exchanges.relayed(client.to(V6Exchanges.SERVER,
            MessageType6.REQUEST, iaNa(1)), "2001:db8:1::1", "fe80::7", 0), UNINVITED,
            new InetSocketAddress(V6Configs.ip("2001:db8:2::1"), 547));

        assertEquals(1, V6Exchanges.replied(outcome).message().options().iaNa().getFirst().addresses().size());
    }
}
