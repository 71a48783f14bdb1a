"""DHCPv6 operational state over NETCONF (ietf-dhcpv6-server): active leases under their address or prefix pool
from REQUEST to RELEASE, the delete-address-lease RPC, the message counters, and a server DUID that survives a
restart.

Clients are played on cli0 with crafted messages; what is asserted is what <get> and the RPC answer, and what the
wire shows as their consequence.
"""

from __future__ import annotations

import dhcp6_packets as pkt
from dhcp6_config import Timers, address_pool, allocation_range, dhcpv6, interfaces6, option_set, prefix_pool
from dhcp6_hosts import Client6, held, start_v6
from dhcp6_state import address_leases, allocated_count, counter, delete_address_lease, prefix_leases
from server_state import wait_until

PASSWORD = "dhcpv6-state-secret"
TIMERS = Timers(valid=600, preferred=400, renew=200, rebind=320)
FIRST = "2001:db8:1::100"


def start(takahe, last: str = "2001:db8:1::1ff"):
    lan = allocation_range("lan", "2001:db8:1::/64", option_set_ids=("lan",), timers=TIMERS,
                           address_pools=(address_pool("lan-pool", "2001:db8:1::100/120", FIRST, last),),
                           prefix_pools=(prefix_pool("lan-pd", "2001:db8:100::/48", 56),))
    return start_v6(takahe, PASSWORD, interfaces6("srv0", "srv1"),
                    dhcpv6((option_set("lan", dns_servers=("2001:db8:1::53",)),), (lan,)))


def test_active_leases_show_address_and_prefix_after_request_and_lose_them_after_release(topology, takahe):
    _, nc = start(takahe)
    client = Client6(topology, 0x400)
    advertise = client.solicit(pkt.ia_na(0x41), pkt.ia_pd(0x42))
    assert address_leases(nc) == {} and prefix_leases(nc) == {}, "an ADVERTISE commits nothing"

    bound = client.request(advertise)
    address = bound.ia_na(0x41).addresses[0].address
    prefix = bound.ia_pd(0x42).prefixes[0].prefix

    lease = address_leases(nc).get(address)
    assert lease is not None, address_leases(nc)
    assert (lease.range_id, lease.pool_id, lease.client_duid, lease.ia_id) == \
        ("lan", "lan-pool", pkt.duid_hex(client.duid), 0x41)
    assert (lease.valid_lifetime, lease.preferred_lifetime) == (TIMERS.valid, TIMERS.preferred)
    delegated = prefix_leases(nc).get(prefix)
    assert delegated is not None, prefix_leases(nc)
    assert (delegated.range_id, delegated.pool_id, delegated.client_duid, delegated.ia_id) == \
        ("lan", "lan-pd", pkt.duid_hex(client.duid), 0x42)
    assert allocated_count(nc, "lan-pool") == 1 and allocated_count(nc, "lan-pd") == 1

    client.ask(pkt.RELEASE, pkt.server_id(bound.server_duid), *held(bound), expect=pkt.REPLY)

    assert wait_until(lambda: address not in address_leases(nc) and prefix not in prefix_leases(nc), timeout=5), \
        (address_leases(nc), prefix_leases(nc))
    assert allocated_count(nc, "lan-pool") == 0 and allocated_count(nc, "lan-pd") == 0


def test_delete_address_lease_rpc_removes_the_lease_and_frees_the_address(topology, takahe):
    _, nc = start(takahe, last=FIRST)  # one address
    holder = Client6(topology, 0x401)
    bound = holder.bind(pkt.ia_na(1))
    assert bound.ia_na(1).addresses[0].address == FIRST
    assert FIRST in address_leases(nc)

    answer = delete_address_lease(nc, FIRST)

    assert answer.ok, answer
    assert FIRST not in address_leases(nc)
    newcomer = Client6(topology, 0x402).solicit(pkt.ia_na(1))
    assert [a.address for a in newcomer.ia_na(1).addresses] == [FIRST], "the pool's only address is free again"


def test_message_counters_count_each_exchange(topology, takahe):
    _, nc = start(takahe)
    names = ("solicit-count", "advertise-count", "request-count", "reply-count", "renew-count", "release-count",
             "information-request-count")
    before = {name: counter(nc, name) for name in names}
    client = Client6(topology, 0x403)

    bound = client.bind(pkt.ia_na(1))
    client.ask(pkt.RENEW, pkt.server_id(bound.server_duid), *held(bound), expect=pkt.REPLY)
    client.ask(pkt.INFORMATION_REQUEST, expect=pkt.REPLY)
    client.ask(pkt.RELEASE, pkt.server_id(bound.server_duid), *held(bound), expect=pkt.REPLY)

    expected = {"solicit-count": 1, "advertise-count": 1, "request-count": 1, "reply-count": 4, "renew-count": 1,
                "release-count": 1, "information-request-count": 1}
    assert wait_until(lambda: {n: counter(nc, n) - before[n] for n in names} == expected, timeout=5), \
        {n: counter(nc, n) - before[n] for n in names}


def test_server_duid_stays_the_same_across_a_restart(topology, takahe):
    server, _ = start(takahe)
    first = Client6(topology, 0x404).solicit(pkt.ia_na(1)).server_duid

    server.stop()
    takahe.start()  # same data directory: the committed configuration and the generated DUID are read back

    client = Client6(topology, 0x405)
    assert wait_until(lambda: client.send(pkt.SOLICIT, pkt.ia_na(1), wait=1) is not None, timeout=15), \
        "no ADVERTISE after the restart"
    again = client.solicit(pkt.ia_na(1)).server_duid
    assert again == first, (first.hex(), again.hex())
