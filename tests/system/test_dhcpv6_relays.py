"""Relayed DHCPv6 (RFC 8415 §19): RELAY-FORW in, RELAY-REPL out, with the range chosen by the link-address of the
relay closest to the client, the Interface-Id echoed, chains of relays unwrapped and rewrapped, and unicast from a
relay accepted on the server's configured unicast address.

The relay namespace plays the relay agents: from rly0's port 547 it sends crafted RELAY-FORW messages (scapy) to
ff02::1:2 on its link with the server (srv1), or by unicast to the server's address there, and receives the
RELAY-REPL on port 547. The relayed clients sit behind it on links 2001:db8:3::/64 and 2001:db8:4::/64.
"""

from __future__ import annotations

import dhcp6_packets as pkt
from dhcp6_config import Timers, address_pool, allocation_range, dhcpv6, interfaces6, option_set
from dhcp6_hosts import Client6, Endpoint, link_local, relay_exchange, start_v6
from dhcp6_state import counter
from harness import RELAY_ADDRESS6, SERVER_RELAY_ADDRESS6
from server_state import wait_until

PASSWORD = "dhcpv6-relays-secret"
TIMERS = Timers(valid=900, preferred=600, renew=300, rebind=480)
# A client behind the relay, as the relay saw it: its link-local address on the relay's client-facing link.
PEER = "fe80::200:ff:fe00:3a3a"
INTERFACE_ID = b"rly0/port-7"


def link_range(range_id: str, number: int) -> str:
    """Range 2001:db8:<number>::/64 with pool ::100 .. ::1ff."""
    return allocation_range(range_id, f"2001:db8:{number}::/64", option_set_ids=("site",), timers=TIMERS,
                            address_pools=(address_pool(f"{range_id}-pool", f"2001:db8:{number}::100/120",
                                                        f"2001:db8:{number}::100", f"2001:db8:{number}::1ff"),))


def start(takahe, unicast: tuple[str, ...] = ()):
    ranges = (link_range("lan", 1), link_range("north", 3), link_range("south", 4))
    options = option_set("site", dns_servers=("2001:db8:1::53",))
    return start_v6(takahe, PASSWORD, interfaces6("srv0", "srv1"), dhcpv6((options,), ranges,
                                                                           unicast_addresses=unicast))


def assert_address_from(ia: pkt.Ia, number: int) -> str:
    assert ia.status_code == pkt.SUCCESS, ia.status
    assert (ia.t1, ia.t2) == (TIMERS.renew, TIMERS.rebind)
    assert len(ia.addresses) == 1, ia.addresses
    address = ia.addresses[0].address
    assert pkt.in_network(address, f"2001:db8:{number}::100/120"), address
    assert (ia.addresses[0].preferred, ia.addresses[0].valid) == (TIMERS.preferred, TIMERS.valid)
    return address


def relay_reply(got, forward: bytes) -> pkt.RelayMessage:
    """The RELAY-REPL for ``forward``: hop-count, link-address and peer-address copied (RFC 8415 §9)."""
    assert got is not None, "no RELAY-REPL"
    assert got.port == pkt.SERVER_PORT, "RFC 8415 §19.3: to the relay agent's port 547"
    reply, sent = got.message, pkt.parse(forward)
    assert isinstance(reply, pkt.RelayMessage) and reply.msg_type == pkt.RELAY_REPL, reply
    assert (reply.hop_count, reply.link_address, reply.peer_address) == \
        (sent.hop_count, sent.link_address, sent.peer_address)
    return reply


def test_relay_forward_is_answered_by_relay_reply_echoing_interface_id(topology, takahe):
    start(takahe)
    client = Client6(topology, 0x300)
    solicit = client.build(pkt.SOLICIT, pkt.ia_na(0x31))
    forward = pkt.relay_forward(solicit, "2001:db8:3::1", PEER, interface_id=INTERFACE_ID)

    got = relay_exchange(topology, forward)

    reply = relay_reply(got, forward)
    assert got.destination == link_local(topology, topology.relay_ns, "rly0"), "back to the relay that sent it"
    assert reply.interface_id == INTERFACE_ID, "RFC 8415 §21.18: the Interface-Id comes back"
    assert sorted(reply.codes()) == [pkt.RELAY_MSG, pkt.INTERFACE_ID], reply.codes()
    advertise = reply.relayed
    assert isinstance(advertise, pkt.Message) and advertise.msg_type == pkt.ADVERTISE
    assert advertise.txid == pkt.parse(solicit).txid and advertise.client_duid == client.duid
    assert_address_from(advertise.ia_na(0x31), 3)


def test_link_address_chooses_the_range(topology, takahe):
    start(takahe)
    client = Client6(topology, 0x301)

    for link_address, number in (("2001:db8:4::1", 4), ("2001:db8:3::77", 3), ("2001:db8:1::99", 1)):
        forward = pkt.relay_forward(client.build(pkt.SOLICIT, pkt.ia_na(1)), link_address, PEER)
        advertise = relay_reply(relay_exchange(topology, forward), forward).relayed
        assert advertise.msg_type == pkt.ADVERTISE, advertise
        assert_address_from(advertise.ia_na(1), number)


def test_relayed_request_binds_the_address_in_the_relays_range(topology, takahe):
    start(takahe)
    client = Client6(topology, 0x302)
    forward = pkt.relay_forward(client.build(pkt.SOLICIT, pkt.ia_na(0x32)), "2001:db8:4::1", PEER,
                                interface_id=INTERFACE_ID)
    advertise = relay_reply(relay_exchange(topology, forward), forward).relayed
    offered = assert_address_from(advertise.ia_na(0x32), 4)

    request = client.build(pkt.REQUEST, pkt.server_id(advertise.server_duid), pkt.ia_na(0x32, offered))
    forward = pkt.relay_forward(request, "2001:db8:4::1", PEER, interface_id=INTERFACE_ID)
    reply = relay_reply(relay_exchange(topology, forward), forward)

    assert reply.interface_id == INTERFACE_ID
    bound = reply.relayed
    assert bound.msg_type == pkt.REPLY and bound.client_duid == client.duid
    assert assert_address_from(bound.ia_na(0x32), 4) == offered


def test_chain_of_two_relays_is_unwrapped_and_each_level_answered_in_turn(topology, takahe):
    start(takahe)
    client = Client6(topology, 0x303)
    solicit = client.build(pkt.SOLICIT, pkt.ia_na(0x33))
    # The relay next to the client knows its link; the one next to the server relays a relay (link-address
    # unspecified) and names the first relay as its peer.
    inner = pkt.relay_forward(solicit, "2001:db8:3::1", PEER, hop_count=0, interface_id=b"access-3")
    outer = pkt.relay_forward(inner, "::", "2001:db8:2::33", hop_count=1, interface_id=b"aggregation-1")

    reply = relay_reply(relay_exchange(topology, outer), outer)

    assert reply.interface_id == b"aggregation-1"
    inner_reply = reply.relayed
    assert isinstance(inner_reply, pkt.RelayMessage) and inner_reply.msg_type == pkt.RELAY_REPL, inner_reply
    assert (inner_reply.hop_count, inner_reply.link_address, inner_reply.peer_address) == (0, "2001:db8:3::1", PEER)
    assert inner_reply.interface_id == b"access-3"
    advertise = inner_reply.relayed
    assert advertise.msg_type == pkt.ADVERTISE and advertise.client_duid == client.duid
    assert_address_from(advertise.ia_na(0x33), 3)


def test_hop_count_is_copied_into_the_relay_reply(topology, takahe):
    start(takahe)
    client = Client6(topology, 0x304)
    forward = pkt.relay_forward(client.build(pkt.SOLICIT, pkt.ia_na(1)), "2001:db8:3::1", PEER, hop_count=5)

    reply = relay_reply(relay_exchange(topology, forward), forward)

    assert reply.hop_count == 5
    assert_address_from(reply.relayed.ia_na(1), 3)


def test_unicast_relay_forward_to_a_configured_unicast_address_is_answered(topology, takahe):
    start(takahe, unicast=(SERVER_RELAY_ADDRESS6,))
    client = Client6(topology, 0x305)
    forward = pkt.relay_forward(client.build(pkt.SOLICIT, pkt.ia_na(0x35)), "2001:db8:3::1", PEER,
                                interface_id=INTERFACE_ID)

    with Endpoint.relay(topology) as relay:
        got = relay.exchange(forward, destination=SERVER_RELAY_ADDRESS6)

    reply = relay_reply(got, forward)
    assert got.destination == RELAY_ADDRESS6, "back to the address the relay sent from"
    assert reply.interface_id == INTERFACE_ID
    assert_address_from(reply.relayed.ia_na(0x35), 3)


def test_a_relay_reaches_the_server_by_unicast_on_an_address_of_a_served_interface(topology, takahe):
    """Relays (Junos, IOS-XE, Kea's own) forward to a global address of the server: without any unicast-address
    configured, a RELAY-FORW sent to an address of an interface DHCPv6 is served on is answered, and not counted
    as discarded (takahe-dhcpv6-server, unicast-address)."""
    _, nc = start(takahe)
    client = Client6(topology, 0x306)
    forward = pkt.relay_forward(client.build(pkt.SOLICIT, pkt.ia_na(1)), "2001:db8:3::1", PEER)
    before = counter(nc, "discarded-message-count")

    unicast = relay_exchange(topology, forward, destination=SERVER_RELAY_ADDRESS6)

    assert relay_reply(unicast, forward).relayed.msg_type == pkt.ADVERTISE
    assert counter(nc, "discarded-message-count") == before


def test_confirm_is_judged_against_the_clients_own_link(topology, takahe):
    """An address of another configured range is not on the client's link: the link is the interface's (direct
    client) or the relay's link-address, not 'any range the server knows'."""
    start(takahe)
    client = Client6(topology, 0x307)

    direct = client.ask(pkt.CONFIRM, pkt.ia_na(1, "2001:db8:3::150"), expect=pkt.REPLY)
    assert direct.status is not None and direct.status[0] == pkt.NOT_ON_LINK, direct.status

    for address, expected in (("2001:db8:3::150", pkt.SUCCESS), ("2001:db8:1::150", pkt.NOT_ON_LINK)):
        forward = pkt.relay_forward(client.build(pkt.CONFIRM, pkt.ia_na(1, address)), "2001:db8:3::1", PEER)
        confirmed = relay_reply(relay_exchange(topology, forward), forward).relayed
        assert confirmed.msg_type == pkt.REPLY and confirmed.client_duid == client.duid
        assert confirmed.status is not None and confirmed.status[0] == expected, (address, confirmed.status)
