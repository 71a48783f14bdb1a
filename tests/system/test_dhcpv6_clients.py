"""Real DHCPv6 clients from Debian against the packaged server: ISC dhclient -6 for an address, a delegated prefix
(-P) and stateless configuration (-S), and dhcpcd (IPv6 only), each obtaining and releasing; perfdhcp -6 (Kea's
load generator) completes a bounded run with no lost exchanges. Leases are checked over NETCONF."""

from __future__ import annotations

import re

import dhcp6_packets as pkt
from dhcp6_clients import Dhclient6, Dhcpcd6, duid_ll_hex
from dhcp6_config import Timers, address_pool, allocation_range, dhcpv6, interfaces6, option_set, prefix_pool
from dhcp6_hosts import start_v6
from dhcp6_state import address_leases, counter, prefix_leases
from harness import CLIENT_IF, client_mac
from server_state import wait_until

PASSWORD = "dhcpv6-clients-secret"
TIMERS = Timers(valid=600, preferred=400, renew=200, rebind=320)
POOL = "2001:db8:1::1000/116"  # 4096 addresses, ::1000 .. ::1fff
PD_POOL = "2001:db8:100::/48"
DNS, DOMAIN = "2001:db8:1::53", "example.test"


def start(takahe):
    lan = allocation_range("lan", "2001:db8:1::/64", option_set_ids=("lan",), timers=TIMERS,
                           address_pools=(address_pool("lan-pool", POOL, "2001:db8:1::1000", "2001:db8:1::1fff"),),
                           prefix_pools=(prefix_pool("lan-pd", PD_POOL, 56),))
    options = option_set("lan", dns_servers=(DNS,), domain_search=(DOMAIN,))
    return start_v6(takahe, PASSWORD, interfaces6("srv0", "srv1"), dhcpv6((options,), (lan,)))


def test_dhclient_obtains_an_address_and_releases_it(topology, takahe):
    server, nc = start(takahe)
    mac = client_mac(0x600)
    client = Dhclient6(topology, mac)
    try:
        given = client.obtain()
        address = given.get("new_ip6_address", "")
        assert pkt.in_network(address, POOL), given
        assert (given.get("new_preferred_life"), given.get("new_max_life")) == \
            (str(TIMERS.preferred), str(TIMERS.valid)), given
        assert given.get("new_dhcp6_name_servers") == DNS
        assert given.get("new_dhcp6_domain_search", "").rstrip(".") == DOMAIN
        lease = address_leases(nc).get(address)
        assert lease is not None and lease.client_duid == duid_ll_hex(mac), (lease, address_leases(nc))

        output = client.release()
        assert wait_until(lambda: address not in address_leases(nc), timeout=10), (output, address_leases(nc))
        assert server.running
    finally:
        client.stop()


def test_dhclient_P_is_delegated_a_prefix_and_releases_it(topology, takahe):
    _, nc = start(takahe)
    mac = client_mac(0x601)
    client = Dhclient6(topology, mac, "-P")
    try:
        given = client.obtain()
        prefix = given.get("new_ip6_prefix", "")
        assert prefix.endswith("/56") and pkt.prefix_in(prefix, PD_POOL), given
        assert "new_ip6_address" not in given, "-P asks for a prefix only"
        lease = prefix_leases(nc).get(prefix)
        assert lease is not None and lease.client_duid == duid_ll_hex(mac), (lease, prefix_leases(nc))

        output = client.release()
        assert wait_until(lambda: prefix not in prefix_leases(nc), timeout=10), (output, prefix_leases(nc))
    finally:
        client.stop()


def test_dhclient_S_gets_stateless_configuration_by_information_request(topology, takahe):
    _, nc = start(takahe)
    before = counter(nc, "information-request-count")
    client = Dhclient6(topology, client_mac(0x602), "-S")
    try:
        given = client.obtain()
        assert given.get("new_dhcp6_name_servers") == DNS, given
        assert given.get("new_dhcp6_domain_search", "").rstrip(".") == DOMAIN
        assert "new_ip6_address" not in given and "new_ip6_prefix" not in given
        assert counter(nc, "information-request-count") == before + 1
        assert address_leases(nc) == {} and prefix_leases(nc) == {}
    finally:
        client.release()
        client.stop()


def test_dhcpcd_obtains_an_address_and_releases_it(topology, takahe):
    _, nc = start(takahe)
    client = Dhcpcd6(topology, client_mac(0x603))
    try:
        given = client.obtain()
        addresses = [value for key, value in given.items()
                     if re.fullmatch(r"new_dhcp6_ia_na\d+_ia_addr\d+", key)]
        assert len(addresses) == 1 and pkt.in_network(addresses[0], POOL), given
        assert given.get("new_dhcp6_name_servers") == DNS, given
        assert addresses[0] in address_leases(nc)
        shown = topology.run(topology.client_ns, "ip", "-6", "addr", "show", "dev", CLIENT_IF).stdout
        assert addresses[0] in shown, shown

        output = client.release()
        assert wait_until(lambda: addresses[0] not in address_leases(nc), timeout=10), (output, client.log())
    finally:
        client.stop()


def test_perfdhcp_completes_a_bounded_run_with_no_lost_exchanges(topology, takahe):
    server, nc = start(takahe)

    # 500 SOLICIT-ADVERTISE-REQUEST-REPLY exchanges at 50 per second from 500 distinct DUIDs, over cli0.
    done = topology.run(topology.client_ns, "perfdhcp", "-6", "-l", CLIENT_IF, "-r", "50", "-n", "500",
                        "-R", "500", "-p", "20", "-W", "2000000", check=False, timeout=90)
    report = done.stdout + done.stderr
    sent = [int(n) for n in re.findall(r"sent packets: (\d+)", report)]
    received = [int(n) for n in re.findall(r"received packets: (\d+)", report)]
    drops = [int(n) for n in re.findall(r"drops: (\d+)", report)]
    rejected = [int(n) for n in re.findall(r"rejected leases: (\d+)", report)]
    assert len(sent) == 2 and sent[0] == 500, report  # SOLICIT-ADVERTISE, then REQUEST-REPLY
    assert received == sent, report
    assert drops == [0, 0] and rejected == [0, 0], report
    assert len(address_leases(nc)) == 500
    assert server.running
