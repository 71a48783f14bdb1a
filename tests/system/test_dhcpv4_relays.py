"""Relays, option 82, link and subnet selection, shared networks and where replies go (RFC 2131 §4.1).

Requests are crafted (scapy or plain sockets) in the relay namespace, which plays a relay agent forwarding from
port 67, or in the client namespace, which plays a client without an address. Everything asserted is what the
relay or the client receives on the wire.
"""

from __future__ import annotations

import socket

import dhcp_packets as pkt
from harness import CLIENT_IF, RELAY_ADDRESS, SERVER_ADDRESS, SERVER_RELAY_ADDRESS, client_mac
from netconf_config import allocation_range, config, dhcpv4, interfaces, option_set, pool, shared_network

PASSWORD = "system-test-secret"

OPTIONS = option_set("site", ["198.18.0.1"], ["198.18.0.53"], "example.test")
RANGES = [
    allocation_range("lan", "198.18.0.0/24", [pool("lan-pool", "198.18.0.100", "198.18.0.109")], "site"),
    # The relay's own link: giaddr 198.18.1.2 lies in it.
    allocation_range("relay-link", "198.18.1.0/24", [pool("relay-pool", "198.18.1.100", "198.18.1.109")]),
    # Reached only through the link-selection sub-option or option 118.
    allocation_range("linked", "198.18.5.0/24", [pool("linked-pool", "198.18.5.10", "198.18.5.19")]),
    allocation_range("named", "198.18.6.0/24", [pool("named-pool", "198.18.6.10", "198.18.6.19")]),
    # One link behind the relay with two subnets; the first has a single address.
    allocation_range("small", "198.18.7.0/24", [pool("small-pool", "198.18.7.10", "198.18.7.10")],
                     shared_network="floor"),
    allocation_range("spare", "198.18.8.0/24", [pool("spare-pool", "198.18.8.10", "198.18.8.19")],
                     shared_network="floor"),
]

CIRCUIT_ID = b"rly0/port-7"
REMOTE_ID = bytes.fromhex("020000000abc")
# A sub-option the server does not know (9, vendor-specific): it must come back untouched too.
UNKNOWN_SUB_OPTION = pkt.option(9, bytes.fromhex("0000000d03aabbcc"))


def start_configured(takahe):
    takahe.add_user("admin", PASSWORD)
    server = takahe.start()
    nc = takahe.netconf(PASSWORD)
    nc.edit_config(target="candidate", config=config(interfaces("srv0", "srv1"), dhcpv4(
        [OPTIONS], RANGES, shared_networks=(shared_network("floor"),))))
    nc.commit()
    return server, nc


def relayed(topology, mac: str, message_type: int, giaddr: str = RELAY_ADDRESS, options: bytes = b"",
            xid: int = 0x0BAD_CAFE) -> tuple[bytes, pkt.Reply]:
    """The reply the relay receives on port 67, as bytes and parsed; it must come from the server's port 67."""
    got = topology.relay_exchange(pkt.bootrequest(mac, message_type, giaddr=giaddr, xid=xid, options=options))
    assert got is not None, f"no reply to message type {message_type} of {mac}"
    assert got.sender == (SERVER_RELAY_ADDRESS, 67), got.sender
    reply = pkt.parse_reply(got.data)
    assert reply.xid == xid and reply.giaddr == giaddr
    return got.data, reply


def requested(address: str) -> bytes:
    return pkt.option(50, socket.inet_aton(address))


def server_id() -> bytes:
    """Option 54 naming the server as it answers relayed requests (from srv1)."""
    return pkt.option(54, socket.inet_aton(SERVER_RELAY_ADDRESS))


def test_option_82_is_echoed_byte_for_byte_as_the_last_option_in_offer_and_ack(topology, takahe):
    start_configured(takahe)
    agent = pkt.relay_agent_information(CIRCUIT_ID, REMOTE_ID, extra=UNKNOWN_SUB_OPTION)

    data, offer = relayed(topology, client_mac(1), pkt.DISCOVER, options=agent)
    assert offer.message_type == pkt.OFFER
    assert pkt.in_network(offer.yiaddr, "198.18.1.0/24"), "giaddr selects the relay's link"
    assert pkt.options_area(data).endswith(agent + b"\xff"), pkt.options_area(data).hex()

    data, ack = relayed(topology, client_mac(1), pkt.REQUEST,
                        options=requested(offer.yiaddr) + server_id() + agent)
    assert ack.message_type == pkt.ACK and ack.yiaddr == offer.yiaddr
    assert pkt.options_area(data).endswith(agent + b"\xff"), pkt.options_area(data).hex()


def test_reply_to_a_relayed_request_without_option_82_carries_none(topology, takahe):
    start_configured(takahe)

    _, offer = relayed(topology, client_mac(2), pkt.DISCOVER)

    assert offer.message_type == pkt.OFFER
    assert pkt.RELAY_AGENT_INFORMATION not in offer.options


def test_link_selection_sub_option_chooses_the_subnet_and_the_reply_still_goes_to_giaddr(topology, takahe):
    start_configured(takahe)
    agent = pkt.relay_agent_information(CIRCUIT_ID, REMOTE_ID, link_selection="198.18.5.0")

    data, offer = relayed(topology, client_mac(3), pkt.DISCOVER, options=agent)

    assert offer.message_type == pkt.OFFER
    assert pkt.in_network(offer.yiaddr, "198.18.5.0/24"), offer.yiaddr
    assert offer.address_option(1) == ["255.255.255.0"]
    assert pkt.options_area(data).endswith(agent + b"\xff")


def test_subnet_selection_option_outranks_link_selection_and_giaddr_and_is_echoed(topology, takahe):
    start_configured(takahe)
    agent = pkt.relay_agent_information(CIRCUIT_ID, link_selection="198.18.5.0")
    selection = pkt.subnet_selection("198.18.6.0")

    data, offer = relayed(topology, client_mac(4), pkt.DISCOVER, options=selection + agent)

    assert offer.message_type == pkt.OFFER
    assert pkt.in_network(offer.yiaddr, "198.18.6.0/24"), offer.yiaddr
    assert offer.options[pkt.SUBNET_SELECTION] == bytes((198, 18, 6, 0)), "RFC 3011: an identical copy back"
    assert pkt.options_area(data).endswith(agent + b"\xff")


def test_nak_through_a_relay_goes_to_giaddr_with_the_broadcast_bit(topology, takahe):
    start_configured(takahe)
    agent = pkt.relay_agent_information(CIRCUIT_ID)

    # Selecting this server for an address of another subnet than the client's link: wrong network, so NAK.
    data, nak = relayed(topology, client_mac(5), pkt.REQUEST,
                        options=requested("198.18.0.100") + server_id() + agent)

    assert nak.message_type == pkt.NAK
    assert pkt.flags(data) & 0x8000, "RFC 2131 §4.3.2: the relay must broadcast the NAK"
    assert pkt.options_area(data).endswith(agent + b"\xff")


def test_shared_network_serves_from_its_next_subnet_when_the_first_is_full(topology, takahe):
    _, nc = start_configured(takahe)
    # The relay's address on the shared link (giaddr) is in "small"; the server routes there via the relay.
    topology.run(topology.relay_ns, "ip", "addr", "add", "198.18.7.1/32", "dev", "lo")
    topology.run(topology.server_ns, "ip", "route", "add", "198.18.7.0/24", "via", RELAY_ADDRESS)
    giaddr = "198.18.7.1"

    _, first = relayed(topology, client_mac(6), pkt.DISCOVER, giaddr=giaddr)
    assert first.yiaddr == "198.18.7.10"
    _, first_ack = relayed(topology, client_mac(6), pkt.REQUEST, giaddr=giaddr,
                           options=requested(first.yiaddr) + server_id())
    assert first_ack.message_type == pkt.ACK

    _, second = relayed(topology, client_mac(7), pkt.DISCOVER, giaddr=giaddr)
    assert second.message_type == pkt.OFFER
    assert pkt.in_network(second.yiaddr, "198.18.8.0/24"), second.yiaddr
    _, second_ack = relayed(topology, client_mac(7), pkt.REQUEST, giaddr=giaddr,
                            options=requested(second.yiaddr) + server_id())
    assert second_ack.message_type == pkt.ACK and second_ack.yiaddr == second.yiaddr
    assert second_ack.address_option(1) == ["255.255.255.0"]


def test_offer_to_a_client_without_broadcast_bit_is_unicast_to_its_new_address_and_mac(topology, takahe):
    start_configured(takahe)
    mac = client_mac(8)
    topology.set_client_mac(mac)
    request = pkt.bootrequest(mac, pkt.DISCOVER, xid=0x5EED0001)  # flags 0: the client can take unicast

    seen = topology.client_exchange(request, wait=8)

    assert seen is not None, f"no reply seen on {CLIENT_IF}"
    offer = pkt.parse_reply(seen.data)
    assert offer.message_type == pkt.OFFER and offer.xid == 0x5EED0001
    assert pkt.in_network(offer.yiaddr, "198.18.0.0/24")
    assert seen.ip_dst == offer.yiaddr, "unicast to the new address, not 255.255.255.255"
    assert seen.eth_dst == mac, "at the client's hardware address"
    assert seen.ip_src == SERVER_ADDRESS
    neighbours = topology.run(topology.server_ns, "ip", "neigh", "show", offer.yiaddr, "dev", "srv0").stdout
    assert mac in neighbours, neighbours


def test_offer_to_a_client_with_the_broadcast_bit_is_broadcast(topology, takahe):
    start_configured(takahe)
    mac = client_mac(9)
    topology.set_client_mac(mac)
    request = bytearray(pkt.bootrequest(mac, pkt.DISCOVER, xid=0x5EED0002))
    request[10:12] = (0x8000).to_bytes(2, "big")

    seen = topology.client_exchange(bytes(request), wait=8)

    assert seen is not None, f"no reply seen on {CLIENT_IF}"
    assert seen.ip_dst == "255.255.255.255"
    assert seen.eth_dst == "ff:ff:ff:ff:ff:ff"
