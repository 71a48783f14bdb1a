"""RFC 8415 §16 message validation and malformed input: what the server must discard stays unanswered (or, for a
client's unicast, is answered UseMulticast only) and is counted in ietf-dhcpv6-server's discarded-message-count;
bursts of damaged messages leave the service answering.

Messages come from cli0 (a client, port 546) or rly0 (a relay agent, port 547); the counter is read over NETCONF.
"""

from __future__ import annotations

import random

import pytest

import dhcp6_packets as pkt
from dhcp6_config import Timers, address_pool, allocation_range, dhcpv6, interfaces6, option_set
from dhcp6_hosts import Client6, Endpoint, link_local, start_v6
from dhcp6_state import counter
from harness import CLIENT_IF, SERVER_ADDRESS6
from server_state import wait_until

PASSWORD = "dhcpv6-discard-secret"
ADDRESS = "2001:db8:1::150"
# A DUID-EN (RFC 8415 §11.3) no server here has.
OTHER_SERVER = bytes.fromhex("0002") + (32473).to_bytes(4, "big") + bytes.fromhex("0123456789")


def start(takahe):
    lan = allocation_range("lan", "2001:db8:1::/64", option_set_ids=("lan",),
                           timers=Timers(valid=600, preferred=400, renew=200, rebind=320),
                           address_pools=(address_pool("lan-pool", "2001:db8:1::100/120", "2001:db8:1::100",
                                                       "2001:db8:1::1ff"),))
    lan_options = option_set("lan", dns_servers=("2001:db8:1::53",))
    return start_v6(takahe, PASSWORD, interfaces6("srv0", "srv1"), dhcpv6((lan_options,), (lan,)))


def server_duid(topology) -> bytes:
    """The server's DUID, as a client learns it from an ADVERTISE."""
    return Client6(topology, 0x2FF).solicit(pkt.ia_na(1)).server_duid


def discarded(nc) -> int:
    return counter(nc, "discarded-message-count")


# Each rule of RFC 8415 §16 a server applies, as the message that breaks it (built for client c, server DUID s).
DISCARD_RULES = {
    "solicit-with-server-id": lambda c, s: c.build(pkt.SOLICIT, pkt.ia_na(1), pkt.server_id(s)),        # §16.2
    "solicit-without-client-id": lambda c, s: c.build(pkt.SOLICIT, pkt.ia_na(1), client_id=False),      # §16.2
    "request-without-server-id": lambda c, s: c.build(pkt.REQUEST, pkt.ia_na(1, ADDRESS)),              # §16.4
    "request-with-another-servers-id": lambda c, s: c.build(pkt.REQUEST, pkt.server_id(OTHER_SERVER),
                                                            pkt.ia_na(1, ADDRESS)),                     # §16.4
    "request-without-client-id": lambda c, s: c.build(pkt.REQUEST, pkt.server_id(s), pkt.ia_na(1, ADDRESS),
                                                      client_id=False),                                # §16.4
    "confirm-with-server-id": lambda c, s: c.build(pkt.CONFIRM, pkt.server_id(s), pkt.ia_na(1, ADDRESS)),  # §16.5
    "renew-without-server-id": lambda c, s: c.build(pkt.RENEW, pkt.ia_na(1, ADDRESS)),                  # §16.6
    "renew-with-another-servers-id": lambda c, s: c.build(pkt.RENEW, pkt.server_id(OTHER_SERVER),
                                                          pkt.ia_na(1, ADDRESS)),                       # §16.6
    "rebind-with-server-id": lambda c, s: c.build(pkt.REBIND, pkt.server_id(s), pkt.ia_na(1, ADDRESS)),  # §16.7
    "decline-without-server-id": lambda c, s: c.build(pkt.DECLINE, pkt.ia_na(1, ADDRESS)),              # §16.8
    "release-without-server-id": lambda c, s: c.build(pkt.RELEASE, pkt.ia_na(1, ADDRESS)),              # §16.9
    "release-without-client-id": lambda c, s: c.build(pkt.RELEASE, pkt.server_id(s), pkt.ia_na(1, ADDRESS),
                                                      client_id=False),                                # §16.9
    "information-request-with-ia-na": lambda c, s: c.build(pkt.INFORMATION_REQUEST, pkt.ia_na(1)),     # §16.12
    "information-request-with-another-servers-id": lambda c, s: c.build(pkt.INFORMATION_REQUEST,
                                                                        pkt.server_id(OTHER_SERVER)),   # §16.12
}


@pytest.mark.parametrize("rule", DISCARD_RULES)
def test_message_breaking_a_section_16_rule_is_discarded_and_counted(topology, takahe, rule):
    _, nc = start(takahe)
    duid = server_duid(topology)
    before = discarded(nc)
    client = Client6(topology, 0x200)

    with Endpoint.client(topology) as endpoint:
        message = DISCARD_RULES[rule](client, duid)
        answer = endpoint.exchange(message, wait=2)

    assert answer is None, f"answered: {answer.message}"
    assert wait_until(lambda: discarded(nc) == before + 1, timeout=5), (before, discarded(nc))


def test_relayed_message_breaking_a_section_16_rule_is_discarded_and_counted(topology, takahe):
    """The rules hold for the client message inside a RELAY-FORW too: no RELAY-REPL, one discard."""
    _, nc = start(takahe)
    duid = server_duid(topology)
    before = discarded(nc)
    client = Client6(topology, 0x202)
    forward = pkt.relay_forward(DISCARD_RULES["solicit-with-server-id"](client, duid), "2001:db8:1::1",
                                link_local(topology, topology.client_ns, CLIENT_IF), interface_id=b"port-1")

    with Endpoint.relay(topology) as endpoint:
        answer = endpoint.exchange(forward, wait=2)

    assert answer is None, f"answered: {answer.message}"
    assert wait_until(lambda: discarded(nc) == before + 1, timeout=5), (before, discarded(nc))


def test_unicast_request_without_a_unicast_option_is_answered_use_multicast_and_counted(topology, takahe):
    """RFC 8415 §18.3.2/§18.4: the server told the client no unicast address, so it discards the Request and
    answers with a Reply holding only its Server Identifier, the Client Identifier and Status Code UseMulticast."""
    _, nc = start(takahe)
    client = Client6(topology, 0x201)
    advertise = client.solicit(pkt.ia_na(1))
    assert not advertise.has(pkt.UNICAST)
    own = "2001:db8:1::50"
    topology.run(topology.client_ns, "ip", "addr", "add", f"{own}/64", "dev", CLIENT_IF, "nodad")
    before = discarded(nc)

    got = client.exchange(pkt.REQUEST, pkt.server_id(advertise.server_duid),
                          pkt.ia_na(1, *(a.address for a in advertise.ia_na(1).addresses)),
                          destination=SERVER_ADDRESS6, source=own)

    assert got is not None, "no Reply to a unicast Request"
    assert got.destination == own
    reply = got.message
    assert reply.msg_type == pkt.REPLY
    assert reply.status is not None and reply.status[0] == pkt.USE_MULTICAST, reply.status
    assert sorted(reply.codes()) == [pkt.CLIENTID, pkt.SERVERID, pkt.STATUS_CODE], reply.codes()
    assert reply.client_duid == client.duid and reply.server_duid == advertise.server_duid
    assert wait_until(lambda: discarded(nc) == before + 1, timeout=5), (before, discarded(nc))


# --- malformed input -------------------------------------------------------------------------------------------

def _well_formed(data: bytes) -> bool:
    """Whether a message could be read as a valid client or relay message (so a random draw is no test of
    malformed input)."""
    if not data or data[0] not in (pkt.SOLICIT, pkt.REQUEST, pkt.CONFIRM, pkt.RENEW, pkt.REBIND, pkt.RELEASE,
                                   pkt.DECLINE, pkt.INFORMATION_REQUEST, pkt.RELAY_FORW):
        return False
    try:
        pkt.parse(data)
    except AssertionError:
        return False
    return True


def malformed_client_messages(client: Client6, count: int, rng: random.Random) -> list[bytes]:
    """Damage no lenient reading can mend: a truncated header, a message cut inside its Client Identifier, a
    Client Identifier whose length runs past the end, a server's message type, and random bytes."""
    valid = client.build(pkt.SOLICIT, pkt.ia_na(1), txid=0x00BEEF)  # client id option: bytes 4 .. 17

    def random_bytes() -> bytes:
        while True:
            candidate = rng.randbytes(rng.randrange(1, 600))
            if not _well_formed(candidate):
                return candidate

    kinds = [
        lambda: valid[:rng.randrange(1, 4)],
        lambda: valid[:rng.randrange(5, 18)],
        lambda: valid[:4] + pkt.raw_option(pkt.CLIENTID, client.duid, length=0xFFF0),
        lambda: bytes((rng.choice((pkt.ADVERTISE, pkt.REPLY, 10, pkt.RELAY_REPL)),)) + valid[1:],
        random_bytes,
    ]
    return [kinds[i % len(kinds)]() for i in range(count)]


def malformed_relay_messages(client: Client6, peer: str, count: int, rng: random.Random) -> list[bytes]:
    """A RELAY-FORW cut short of its header, one whose Relay Message option runs past the end, one without a
    Relay Message option, and relay chains nested 33 deep (beyond the 32 a server unwraps)."""
    solicit = client.build(pkt.SOLICIT, pkt.ia_na(1), txid=0x00CAFE)
    relayed = pkt.relay_forward(solicit, "2001:db8:1::1", peer, interface_id=b"port-1")

    def nested(depth: int) -> bytes:
        message = solicit
        for hop in range(depth):
            message = pkt.relay_forward(message, "2001:db8:1::1" if hop == 0 else "::", peer, hop_count=hop)
        return message

    too_deep = nested(33)
    kinds = [
        lambda: relayed[:rng.randrange(1, 34)],
        lambda: relayed[:34] + pkt.raw_option(pkt.RELAY_MSG, solicit, length=len(solicit) + 100),
        lambda: relayed[:34] + pkt.raw_option(pkt.INTERFACE_ID, b"port-1"),
        lambda: too_deep,
    ]
    return [kinds[i % len(kinds)]() for i in range(count)]


def test_bursts_of_malformed_messages_are_dropped_and_counted_and_service_goes_on(topology, takahe):
    server, nc = start(takahe)
    rng = random.Random(6242)
    client = Client6(topology, 0x210)
    peer = link_local(topology, topology.client_ns, CLIENT_IF)
    before = discarded(nc)
    sent = 0

    for burst in range(3):
        with Endpoint.client(topology) as endpoint:
            for message in malformed_client_messages(client, 50, rng):
                endpoint.send(message)
        with Endpoint.relay(topology) as endpoint:
            for message in malformed_relay_messages(client, peer, 20, rng):
                endpoint.send(message)
        sent += 70
        assert wait_until(lambda: discarded(nc) >= before + sent, timeout=15), (burst, discarded(nc) - before, sent)
    assert discarded(nc) == before + sent, "each dropped message is counted once"

    assert server.running
    answer = Client6(topology, 0x211).solicit(pkt.ia_na(1))
    assert answer.ia_na(1).addresses, "a normal SOLICIT is still advertised an address"
