"""Real DHCPv4 clients from Debian against the packaged server: each obtains, renews and releases a lease;
perfdhcp (Kea's load generator) completes a run with no lost exchanges; bursts of malformed packets are dropped
and counted while service goes on."""

from __future__ import annotations

import random
import re

import pytest

import dhcp_packets as pkt
from client_daemons import CLIENTS, start_client
from harness import RELAY_ADDRESS, SERVER_RELAY_ADDRESS, client_mac, netns_udp_socket
from netconf_config import config, dhcpv4, interfaces, option_set, pool
from server_state import active_leases, counter, wait_until

PASSWORD = "clients-test-secret"
LAN_OPTIONS = option_set("lan", ["198.18.0.1"], ["198.18.0.53"], "example.test")


def allocation_range(range_id: str, prefix: str, first: str, last: str, valid: int, renew: int,
                     rebind: int) -> str:
    return (f"<allocation-range><id>{range_id}</id><network-prefix>{prefix}</network-prefix>"
            f"<option-set-id>lan</option-set-id><valid-lifetime>{valid}</valid-lifetime>"
            f"<renew-time>{renew}</renew-time><rebind-time>{rebind}</rebind-time>"
            f"<address-pools>{pool(range_id + '-pool', first, last)}</address-pools></allocation-range>")


def start_server(takahe, *ranges: str):
    takahe.add_user("admin", PASSWORD)
    server = takahe.start()
    nc = takahe.netconf(PASSWORD)
    nc.edit_config(target="candidate", config=config(interfaces("srv0", "srv1"), dhcpv4([LAN_OPTIONS], list(ranges))))
    nc.commit()
    return server, nc


# Short times so a renewal comes within seconds: T1 = 3 s.
SHORT_LEASES = allocation_range("lan", "198.18.0.0/24", "198.18.0.100", "198.18.0.149", valid=30, renew=3,
                                rebind=20)


@pytest.mark.parametrize("kind", CLIENTS)
def test_real_client_obtains_renews_and_releases(topology, takahe, kind):
    server, nc = start_server(takahe, SHORT_LEASES)
    mac = client_mac(0x100 + CLIENTS.index(kind))
    client = start_client(topology, kind, mac)
    try:
        bound = client.wait_for("BOUND")
        address = client.address(bound)
        assert pkt.in_network(address, "198.18.0.0/24") and 100 <= int(address.rsplit(".", 1)[1]) <= 149
        assert client.lease_time(bound) == 30
        assert active_leases(nc).get(address) == mac

        renewed = client.wait_for("RENEW", timeout=15, after=len(client.calls()))
        assert client.address(renewed) == address
        assert client.lease_time(renewed) == 30

        client.release()
        assert wait_until(lambda: address not in active_leases(nc), timeout=10), active_leases(nc)
        assert server.running
    finally:
        client.stop()


def test_perfdhcp_completes_a_run_with_no_lost_exchanges(topology, takahe):
    """perfdhcp acts as a relay (giaddr = its own address), so it runs in the relay namespace against the
    server's relay-facing address, and the server needs a subnet for that giaddr."""
    relay_subnet = allocation_range("relay", "198.18.1.0/24", "198.18.1.10", "198.18.1.250", valid=600,
                                    renew=300, rebind=500)
    server, nc = start_server(takahe, SHORT_LEASES, relay_subnet)

    # 100 four-message exchanges (DORA) at 50 exchanges/s; -R spreads them over 100 distinct clients.
    done = topology.run(topology.relay_ns, "perfdhcp", "-4", "-l", "rly0", "-r", "50", "-n", "100", "-R", "100",
                        "-p", "10", "-W", "2000000", SERVER_RELAY_ADDRESS, check=False, timeout=60)
    report = done.stdout + done.stderr
    sent = [int(n) for n in re.findall(r"sent packets: (\d+)", report)]
    received = [int(n) for n in re.findall(r"received packets: (\d+)", report)]
    drops = [int(n) for n in re.findall(r"drops: (\d+)", report)]
    assert len(sent) == 2 and sent[0] == 100, report  # DISCOVER-OFFER and REQUEST-ACK exchanges
    assert drops == [0, 0], report
    assert received == sent, report
    assert len([a for a in active_leases(nc) if pkt.in_network(a, "198.18.1.0/24")]) == 100
    assert server.running


def malformed_packets(count: int) -> list[bytes]:
    """Each kind of damage a decoder meets: truncation, a bad magic cookie, option lengths past the end,
    a bad hardware length, a BOOTREPLY, and plain noise.
    (A missing END option is not among them: like Kea, the server reads such a request.)"""
    rng = random.Random(4242)
    valid = pkt.bootrequest(client_mac(0x200), pkt.DISCOVER, giaddr=RELAY_ADDRESS)
    kinds = [
        lambda: valid[:rng.randrange(1, 240)],
        lambda: valid[:236] + b"\x63\x82\x53\x00" + valid[240:],
        lambda: valid[:240] + bytes((53, 1, 1, 12, 200)) + b"x" * 10,
        lambda: valid[:2] + bytes((200,)) + valid[3:],
        lambda: rng.randbytes(rng.randrange(1, 600)),
        lambda: b"\x02" + valid[1:],  # BOOTREPLY op
    ]
    return [kinds[i % len(kinds)]() for i in range(count)]


def test_bursts_of_malformed_packets_are_dropped_and_counted_and_service_goes_on(topology, takahe):
    relay_subnet = allocation_range("relay", "198.18.1.0/24", "198.18.1.10", "198.18.1.250", valid=600,
                                    renew=300, rebind=500)
    server, nc = start_server(takahe, SHORT_LEASES, relay_subnet)
    dropped_before = counter(nc, "discarded-message-count")
    packets = malformed_packets(400)

    # Four bursts from the relay namespace, each as fast as the socket takes it; every packet is counted.
    with netns_udp_socket(topology.relay_ns, RELAY_ADDRESS, 67) as sock:
        for burst in range(4):
            for packet in packets[burst * 100:(burst + 1) * 100]:
                sock.sendto(packet, (SERVER_RELAY_ADDRESS, 67))
            expected = dropped_before + (burst + 1) * 100
            assert wait_until(lambda: counter(nc, "discarded-message-count") >= expected, timeout=15), \
                (burst, counter(nc, "discarded-message-count"), expected, udp_receive_errors(topology))
    assert server.running
    # A valid relayed exchange and a real client are still served.
    reply = topology.relay_exchange(pkt.bootrequest(client_mac(0x201), pkt.DISCOVER, giaddr=RELAY_ADDRESS), wait=3)
    assert reply is not None and pkt.parse_reply(reply.data).message_type == pkt.OFFER
    client = start_client(topology, "udhcpc", client_mac(0x202))
    try:
        assert pkt.in_network(client.address(client.wait_for("BOUND")), "198.18.0.0/24")
    finally:
        client.stop()


def udp_receive_errors(topology) -> str:
    """The server namespace's UDP counters, to tell the server's drops from the kernel's."""
    return topology.run(topology.server_ns, "grep", "^Udp:", "/proc/net/snmp").stdout
