"""The end-to-end slice: a real DHCP client gets a lease that was configured over NETCONF.

Each test starts the packaged server in its own namespace and drives it only from outside: NETCONF with
ncclient (or a raw SSH channel), DHCP with dhclient, busybox udhcpc or hand-built relay packets.
"""

from __future__ import annotations

import time

import pytest
from ncclient.operations import RPCError

import dhcp_packets as pkt
from harness import RELAY_ADDRESS, SERVER_ADDRESS, SERVER_RELAY_ADDRESS, client_mac
from netconf_config import allocation_range, config, dhcpv4, interfaces, option_set, pool
from raw_netconf import RawNetconf
from server_state import active_leases, counter

PASSWORD = "system-test-secret"

LAN_OPTIONS = option_set("lan", ["198.18.0.1"], ["198.18.0.53", "198.18.0.54"], "example.test")
LAN = allocation_range("lan", "198.18.0.0/24", [pool("lan-pool", "198.18.0.100", "198.18.0.109")],
                       option_set_id="lan", valid_lifetime=600)


def start_configured(takahe):
    """The packaged server, a user, and the LAN subnet configured over NETCONF (candidate, commit)."""
    takahe.add_user("admin", PASSWORD)
    server = takahe.start()
    nc = takahe.netconf(PASSWORD)
    nc.edit_config(target="candidate", config=config(interfaces("srv0", "srv1"), dhcpv4([LAN_OPTIONS], [LAN])))
    nc.commit()
    return server, nc


def in_lan_pool(address: str, first: int, last: int) -> bool:
    return pkt.in_network(address, "198.18.0.0/24") and first <= int(address.rsplit(".", 1)[1]) <= last


def test_clients_get_leases_configured_over_netconf_through_pool_change_and_sigkill(topology, takahe):
    server, nc = start_configured(takahe)

    first = topology.dhclient(client_mac(1))
    assert in_lan_pool(first.address, 100, 109)
    assert first.subnet_mask == "255.255.255.0"
    assert first.routers == ["198.18.0.1"]
    assert first.dns_servers == ["198.18.0.53", "198.18.0.54"]
    assert first.domain_name == "example.test"
    assert first.lease_time == 600

    second = topology.udhcpc(client_mac(2))
    assert in_lan_pool(second.address, 100, 109)
    assert second.address != first.address
    assert (second.subnet_mask, second.routers, second.dns_servers, second.domain_name, second.lease_time) == \
        ("255.255.255.0", ["198.18.0.1"], ["198.18.0.53", "198.18.0.54"], "example.test", 600)

    # Move the pool while the server runs: the next client is served from the new range, same process.
    nc.edit_config(target="candidate", config=config(dhcpv4([], [allocation_range(
        "lan", "198.18.0.0/24", [pool("lan-pool", "198.18.0.150", "198.18.0.159", operation="replace")])])))
    nc.commit()
    third = topology.udhcpc(client_mac(3))
    assert in_lan_pool(third.address, 150, 159), third.address
    assert server.running

    # Leases are durable before the ACK: SIGKILL, restart, and the client keeps its address.
    leases_before = active_leases(nc)
    assert leases_before[third.address] == client_mac(3)
    server.kill()
    takahe.start()
    nc = takahe.netconf(PASSWORD)
    assert active_leases(nc) == leases_before
    again = topology.udhcpc(client_mac(3))
    assert again.address == third.address
    assert topology.dhclient(client_mac(4)).address not in leases_before


def test_relayed_client_gets_an_address_of_the_giaddr_subnet_answered_at_the_relay(topology, takahe):
    _, nc = start_configured(takahe)
    remote = allocation_range("remote", "198.18.4.0/24", [pool("remote-pool", "198.18.4.10", "198.18.4.19")],
                              option_set_id="lan")
    nc.edit_config(target="candidate", config=config(dhcpv4([], [remote])))
    nc.commit()
    # The relay's client-side address (giaddr) lives on a network behind it; the server routes there.
    topology.run(topology.relay_ns, "ip", "addr", "add", "198.18.4.1/32", "dev", "lo")
    topology.run(topology.server_ns, "ip", "route", "add", "198.18.4.0/24", "via", RELAY_ADDRESS)

    got = topology.relay_exchange(pkt.bootrequest(client_mac(40), pkt.DISCOVER, giaddr="198.18.4.1", xid=0x5EED))
    assert got is not None, "no reply at the relay"
    reply = pkt.parse_reply(got.data)
    assert reply.op == 2 and reply.xid == 0x5EED
    assert reply.message_type == pkt.OFFER
    assert pkt.in_network(reply.yiaddr, "198.18.4.0/24") and reply.yiaddr.startswith("198.18.4.1")
    assert reply.giaddr == "198.18.4.1"
    assert reply.address_option(1) == ["255.255.255.0"]
    assert reply.address_option(54) == [SERVER_RELAY_ADDRESS]


def test_bad_input_is_refused_with_clear_errors_and_service_goes_on(topology, takahe):
    _, nc = start_configured(takahe)

    # A pool outside its subnet: the commit is refused naming the pool, running stays as it was.
    running_before = nc.get_config(source="running").data_xml
    nc.edit_config(target="candidate", config=config(dhcpv4([], [allocation_range(
        "lan", "198.18.0.0/24", [pool("stray", "198.18.9.10", "198.18.9.20")])])))
    with pytest.raises(RPCError) as refused:
        nc.commit()
    assert "stray" in refused.value.message and "198.18.9.10" in refused.value.message
    assert "address-pool" in (refused.value.path or "") and "stray" in (refused.value.path or "")
    nc.discard_changes()
    assert nc.get_config(source="running").data_xml == running_before

    # Malformed XML gets an rpc-error, and the same session keeps working.
    raw = RawNetconf(topology.socket(topology.server_ns, SERVER_ADDRESS, 8830), "admin", PASSWORD)
    try:
        answer = raw.rpc('<rpc message-id="1" xmlns="urn:ietf:params:xml:ns:netconf:base:1.0"><get-config>'
                         '<source><running/></source></get-conf')
        assert "<rpc-error>" in answer and "malformed-message" in answer
        answer = raw.rpc('<rpc message-id="2" xmlns="urn:ietf:params:xml:ns:netconf:base:1.0"><get-config>'
                         '<source><running/></source></get-config></rpc>')
        assert 'message-id="2"' in answer and "<data" in answer and "198.18.0.0/24" in answer
    finally:
        raw.close()

    # A malformed DHCP packet is dropped and counted; the next client is served.
    dropped_before = counter(nc, "discarded-message-count")
    garbage = pkt.bootrequest(client_mac(50), pkt.DISCOVER)[:100]  # truncated mid-header
    assert topology.relay_exchange(garbage, wait=1) is None, "a malformed request is never answered"
    deadline = time.monotonic() + 5
    while counter(nc, "discarded-message-count") <= dropped_before and time.monotonic() < deadline:
        time.sleep(0.1)
    assert counter(nc, "discarded-message-count") == dropped_before + 1
    assert in_lan_pool(topology.udhcpc(client_mac(51)).address, 100, 109)
