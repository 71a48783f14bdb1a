"""RFC 8415 message by message on the wire: the client-server exchanges for addresses (IA_NA) and delegated prefixes
(IA_PD), stateless configuration, rapid commit, exhausted pools and reservations by DUID.

The client namespace plays DHCPv6 clients with crafted messages (scapy's DHCP6 layers), sent from cli0's link-local
address and port 546 to ff02::1:2; several clients share cli0 and differ by DUID. Everything asserted is what comes
back on the wire, field by field.
"""

from __future__ import annotations

import ipaddress

import pytest

import dhcp6_packets as pkt
from dhcp6_config import (Timers, address_pool, address_reservation, allocation_range, dhcpv6, interfaces6,
                          option_set, prefix_pool, prefix_reservation)
from dhcp6_hosts import Client6, held, link_local, start_v6
from harness import CLIENT_IF

PASSWORD = "dhcpv6-protocol-secret"
LAN = "2001:db8:1::/64"
POOL_FIRST, POOL_LAST = "2001:db8:1::100", "2001:db8:1::1ff"
PD_POOL, PD_LENGTH = "2001:db8:100::/48", 56
TIMERS = Timers(valid=600, preferred=400, renew=200, rebind=320)
DNS, DOMAIN, PREFERENCE, INFO_REFRESH = "2001:db8:1::53", "example.test", 10, 1800
LAN_OPTIONS = option_set("lan", dns_servers=(DNS,), domain_search=(DOMAIN,), preference=PREFERENCE,
                         info_refresh_time=INFO_REFRESH)


def lan_range(first: str = POOL_FIRST, last: str = POOL_LAST, pd_pool: str = PD_POOL, address_reservations=(),
              prefix_reservations=(), rapid_commit: bool | None = None) -> str:
    return allocation_range(
        "lan", LAN, option_set_ids=("lan",), timers=TIMERS, rapid_commit=rapid_commit,
        address_pools=(address_pool("lan-pool", "2001:db8:1::100/120", first, last,
                                    reservations=address_reservations),),
        prefix_pools=(prefix_pool("lan-pd", pd_pool, PD_LENGTH, reservations=prefix_reservations),))


def start(takahe, *ranges: str):
    return start_v6(takahe, PASSWORD, interfaces6("srv0", "srv1"), dhcpv6((LAN_OPTIONS,), ranges or (lan_range(),)))


def in_pool(address: str, first: str = POOL_FIRST, last: str = POOL_LAST) -> bool:
    return ipaddress.IPv6Address(first) <= ipaddress.IPv6Address(address) <= ipaddress.IPv6Address(last)


def assert_lan_ia_na(ia: pkt.Ia, iaid: int) -> str:
    """An IA_NA granting one pool address with the range's timers; the address."""
    assert ia.iaid == iaid
    assert ia.status_code == pkt.SUCCESS, ia.status
    assert (ia.t1, ia.t2) == (TIMERS.renew, TIMERS.rebind)
    assert len(ia.addresses) == 1, ia.addresses
    granted = ia.addresses[0]
    assert in_pool(granted.address), granted.address
    assert (granted.preferred, granted.valid) == (TIMERS.preferred, TIMERS.valid)
    assert granted.status_code == pkt.SUCCESS, granted.status
    return granted.address


def assert_lan_ia_pd(ia: pkt.Ia, iaid: int, pool: str = PD_POOL) -> str:
    """An IA_PD delegating one prefix of the pool's length with the range's timers; the prefix."""
    assert ia.iaid == iaid
    assert ia.status_code == pkt.SUCCESS, ia.status
    assert (ia.t1, ia.t2) == (TIMERS.renew, TIMERS.rebind)
    assert len(ia.prefixes) == 1, ia.prefixes
    delegated = ia.prefixes[0]
    assert delegated.length == PD_LENGTH and pkt.prefix_in(delegated.prefix, pool), delegated.prefix
    assert (delegated.preferred, delegated.valid) == (TIMERS.preferred, TIMERS.valid)
    return delegated.prefix


def domain_names(raw: bytes) -> list[str]:
    """A list of DNS names in wire format (RFC 1035 §3.1, uncompressed as RFC 8415 §10 requires)."""
    names, labels, i = [], [], 0
    while i < len(raw):
        length = raw[i]
        assert length < 64, f"compressed or bad label at {i}: {raw.hex()}"
        if length == 0:
            names.append(".".join(labels))
            labels = []
        else:
            labels.append(raw[i + 1:i + 1 + length].decode("ascii"))
        i += 1 + length
    assert not labels, f"name not terminated: {raw.hex()}"
    return names


def test_solicit_is_advertised_a_pool_address_with_timers_lifetimes_preference_and_identities(topology, takahe):
    start(takahe)
    client = Client6(topology, 0x100)

    got = client.exchange(pkt.SOLICIT, pkt.ia_na(0x11), pkt.option_request(pkt.DNS_SERVERS, pkt.DOMAIN_LIST))

    assert got is not None, "no ADVERTISE"
    assert got.port == pkt.SERVER_PORT
    assert got.destination == link_local(topology, topology.client_ns, CLIENT_IF), "answered to the sender"
    advertise = got.message
    assert advertise.msg_type == pkt.ADVERTISE
    assert advertise.client_duid == client.duid, "RFC 8415 §18.3: the Client Identifier comes back as sent"
    server_duid = advertise.server_duid
    assert server_duid and 3 <= len(server_duid) <= 130 and int.from_bytes(server_duid[:2], "big") in (1, 2, 3, 4), \
        server_duid.hex()
    assert advertise.preference == PREFERENCE
    assert advertise.status_code == pkt.SUCCESS, advertise.status
    assert len(advertise.ia_nas) == 1
    assert_lan_ia_na(advertise.ia_na(0x11), 0x11)
    assert advertise.addresses(pkt.DNS_SERVERS) == [DNS]
    assert domain_names(advertise.get(pkt.DOMAIN_LIST)) == [DOMAIN]
    assert not advertise.has(pkt.RAPID_COMMIT)


def test_request_is_replied_with_the_advertised_address(topology, takahe):
    start(takahe)
    client = Client6(topology, 0x101)
    advertise = client.solicit(pkt.ia_na(0x21))
    offered = assert_lan_ia_na(advertise.ia_na(0x21), 0x21)

    reply = client.request(advertise)

    assert reply.server_duid == advertise.server_duid
    assert reply.status_code == pkt.SUCCESS, reply.status
    assert assert_lan_ia_na(reply.ia_na(0x21), 0x21) == offered


def test_renew_extends_the_binding_with_the_same_address(topology, takahe):
    start(takahe)
    client = Client6(topology, 0x102)
    bound = client.bind(pkt.ia_na(0x31))
    address = assert_lan_ia_na(bound.ia_na(0x31), 0x31)

    renewed = client.ask(pkt.RENEW, pkt.server_id(bound.server_duid), *held(bound), expect=pkt.REPLY)

    assert renewed.status_code == pkt.SUCCESS, renewed.status
    assert assert_lan_ia_na(renewed.ia_na(0x31), 0x31) == address


def test_rebind_without_server_id_extends_the_binding_with_the_same_address(topology, takahe):
    start(takahe)
    client = Client6(topology, 0x103)
    bound = client.bind(pkt.ia_na(0x41))
    address = assert_lan_ia_na(bound.ia_na(0x41), 0x41)

    rebound = client.ask(pkt.REBIND, *held(bound), expect=pkt.REPLY)

    assert rebound.server_duid == bound.server_duid
    assert rebound.status_code == pkt.SUCCESS, rebound.status
    assert assert_lan_ia_na(rebound.ia_na(0x41), 0x41) == address


def test_renew_of_an_ia_without_binding_is_answered_no_binding_in_that_ia(topology, takahe):
    start(takahe)
    client = Client6(topology, 0x11A)
    server_duid = client.solicit(pkt.ia_na(1)).server_duid  # only offered: no binding

    renewed = client.ask(pkt.RENEW, pkt.server_id(server_duid), pkt.ia_na(0x43, "2001:db8:1::1fd"), expect=pkt.REPLY)

    ia = renewed.ia_na(0x43)
    assert ia.status_code == pkt.NO_BINDING, ia.status
    assert ia.addresses == [], "RFC 8415 §18.3.4: the IA comes back with no addresses"


def test_release_is_answered_success_and_the_address_goes_back_to_the_pool(topology, takahe):
    start(takahe, lan_range(POOL_FIRST, POOL_FIRST))  # one address
    client = Client6(topology, 0x104)
    bound = client.bind(pkt.ia_na(0x51))
    assert assert_lan_ia_na(bound.ia_na(0x51), 0x51) == POOL_FIRST

    released = client.ask(pkt.RELEASE, pkt.server_id(bound.server_duid), *held(bound), expect=pkt.REPLY)

    assert released.status is not None and released.status[0] == pkt.SUCCESS, "RFC 8415 §18.3.7: Success"
    assert released.ia_nas == [], "an IA the server had a binding for is not listed"
    other = Client6(topology, 0x105)
    assert assert_lan_ia_na(other.solicit(pkt.ia_na(1)).ia_na(1), 1) == POOL_FIRST


def test_release_of_an_ia_without_binding_is_answered_no_binding_in_that_ia(topology, takahe):
    start(takahe)
    client = Client6(topology, 0x106)
    bound = client.bind(pkt.ia_na(0x61))
    address = assert_lan_ia_na(bound.ia_na(0x61), 0x61)

    released = client.ask(pkt.RELEASE, pkt.server_id(bound.server_duid), pkt.ia_na(0x61, address),
                          pkt.ia_na(0x62, "2001:db8:1::1fe"), expect=pkt.REPLY)

    assert released.status is not None and released.status[0] == pkt.SUCCESS, released.status
    unknown = released.ia_na(0x62)
    assert unknown.status_code == pkt.NO_BINDING, unknown.status
    assert unknown.addresses == [], "RFC 8415 §18.3.7: no other options in that IA"
    assert [ia.iaid for ia in released.ia_nas] == [0x62]


def test_release_naming_another_clients_address_releases_nothing(topology, takahe):
    start(takahe)
    owner = Client6(topology, 0x11B)
    bound = owner.bind(pkt.ia_na(0x63))
    address = assert_lan_ia_na(bound.ia_na(0x63), 0x63)
    intruder = Client6(topology, 0x11C)

    released = intruder.ask(pkt.RELEASE, pkt.server_id(bound.server_duid), pkt.ia_na(0x63, address),
                            expect=pkt.REPLY)

    assert released.ia_na(0x63).status_code == pkt.NO_BINDING, released.ia_na(0x63).status
    renewed = owner.ask(pkt.RENEW, pkt.server_id(bound.server_duid), *held(bound), expect=pkt.REPLY)
    assert assert_lan_ia_na(renewed.ia_na(0x63), 0x63) == address, "the owner's binding is intact"
    other = Client6(topology, 0x11D).solicit(pkt.ia_na(1, address))
    assert assert_lan_ia_na(other.ia_na(1), 1) != address


def test_decline_is_answered_success_and_the_address_is_given_to_nobody(topology, takahe):
    start(takahe, lan_range(POOL_FIRST, POOL_FIRST))
    client = Client6(topology, 0x107)
    bound = client.bind(pkt.ia_na(0x71))
    assert assert_lan_ia_na(bound.ia_na(0x71), 0x71) == POOL_FIRST

    declined = client.ask(pkt.DECLINE, pkt.server_id(bound.server_duid), *held(bound), expect=pkt.REPLY)

    assert declined.status is not None and declined.status[0] == pkt.SUCCESS, declined.status
    assert declined.ia_nas == []
    other = Client6(topology, 0x108)
    advertise = other.solicit(pkt.ia_na(1, POOL_FIRST))
    assert advertise.ia_na(1).addresses == [], "the declined address is out of use"
    assert advertise.ia_na(1).status_code == pkt.NO_ADDRS_AVAIL, advertise.ia_na(1).status


def test_confirm_of_an_on_link_address_is_answered_success(topology, takahe):
    start(takahe)
    client = Client6(topology, 0x109)

    confirmed = client.ask(pkt.CONFIRM, pkt.ia_na(0x81, "2001:db8:1::150"), expect=pkt.REPLY)

    assert confirmed.status is not None and confirmed.status[0] == pkt.SUCCESS, confirmed.status
    assert confirmed.ia_nas == []


def test_confirm_of_an_off_link_address_is_answered_not_on_link(topology, takahe):
    start(takahe)
    client = Client6(topology, 0x10A)

    confirmed = client.ask(pkt.CONFIRM, pkt.ia_na(0x82, "2001:db8:1::150", "2001:db8:99::150"), expect=pkt.REPLY)

    assert confirmed.status is not None and confirmed.status[0] == pkt.NOT_ON_LINK, confirmed.status


def test_confirm_without_addresses_is_not_answered(topology, takahe):
    start(takahe)
    client = Client6(topology, 0x10B)

    assert client.send(pkt.CONFIRM, pkt.ia_na(0x83), wait=2) is None, "RFC 8415 §18.3.3: MUST NOT send a Reply"


def test_information_request_gets_the_options_and_refresh_time_and_no_ia(topology, takahe):
    start(takahe)
    client = Client6(topology, 0x10C)

    reply = client.ask(pkt.INFORMATION_REQUEST, pkt.option_request(pkt.DNS_SERVERS, pkt.DOMAIN_LIST,
                                                                   pkt.INFORMATION_REFRESH_TIME), expect=pkt.REPLY)

    assert reply.addresses(pkt.DNS_SERVERS) == [DNS]
    assert domain_names(reply.get(pkt.DOMAIN_LIST)) == [DOMAIN]
    assert reply.seconds(pkt.INFORMATION_REFRESH_TIME) == INFO_REFRESH
    for code in (pkt.IA_NA, pkt.IA_TA, pkt.IA_PD, pkt.PREFERENCE):
        assert not reply.has(code), code
    assert reply.status_code == pkt.SUCCESS


@pytest.mark.parametrize("allowed_by", ["range-leaf", "option-set"])
def test_rapid_commit_solicit_is_replied_and_bound_when_the_range_allows_it(topology, takahe, allowed_by):
    if allowed_by == "range-leaf":
        start(takahe, lan_range(rapid_commit=True))
    else:  # RFC 9243's other way: the range's option set carries the rapid-commit-option
        rapid_options = option_set("lan", dns_servers=(DNS,), preference=PREFERENCE, rapid_commit=True)
        start_v6(takahe, PASSWORD, interfaces6("srv0", "srv1"), dhcpv6((rapid_options,), (lan_range(),)))
    client = Client6(topology, 0x10D)

    reply = client.ask(pkt.SOLICIT, pkt.rapid_commit(), pkt.ia_na(0x91), expect=pkt.REPLY)

    assert reply.get(pkt.RAPID_COMMIT) == b"", "RFC 8415 §18.3.1: the Reply carries Rapid Commit"
    address = assert_lan_ia_na(reply.ia_na(0x91), 0x91)
    # Committed: releasing it finds a binding (no NoBinding IA comes back).
    released = client.ask(pkt.RELEASE, pkt.server_id(reply.server_duid), pkt.ia_na(0x91, address), expect=pkt.REPLY)
    assert released.status_code == pkt.SUCCESS and released.ia_nas == [], released


def test_rapid_commit_solicit_is_advertised_when_the_range_does_not_allow_it(topology, takahe):
    start(takahe, lan_range(rapid_commit=False))
    client = Client6(topology, 0x10E)

    advertise = client.ask(pkt.SOLICIT, pkt.rapid_commit(), pkt.ia_na(0x92), expect=pkt.ADVERTISE)

    assert not advertise.has(pkt.RAPID_COMMIT)
    address = assert_lan_ia_na(advertise.ia_na(0x92), 0x92)
    released = client.ask(pkt.RELEASE, pkt.server_id(advertise.server_duid), pkt.ia_na(0x92, address),
                          expect=pkt.REPLY)
    assert released.ia_na(0x92).status_code == pkt.NO_BINDING, "an ADVERTISE binds nothing"


def test_several_ia_na_in_one_solicit_get_distinct_addresses(topology, takahe):
    start(takahe)
    client = Client6(topology, 0x10F)
    iaids = (0xA1, 0xA2, 0xA3)

    advertise = client.solicit(*(pkt.ia_na(iaid) for iaid in iaids))
    offered = [assert_lan_ia_na(advertise.ia_na(iaid), iaid) for iaid in iaids]
    assert len(set(offered)) == 3, offered

    reply = client.request(advertise)
    assert [assert_lan_ia_na(reply.ia_na(iaid), iaid) for iaid in iaids] == offered


def test_ia_pd_is_delegated_a_prefix_of_the_pool_length(topology, takahe):
    start(takahe)
    client = Client6(topology, 0x110)

    advertise = client.solicit(pkt.ia_pd(0xB1, f"::/{PD_LENGTH}"))
    offered = assert_lan_ia_pd(advertise.ia_pd(0xB1), 0xB1)
    assert advertise.ia_nas == []

    reply = client.request(advertise)
    assert assert_lan_ia_pd(reply.ia_pd(0xB1), 0xB1) == offered


def test_ia_na_and_ia_pd_in_one_exchange(topology, takahe):
    start(takahe)
    client = Client6(topology, 0x111)

    advertise = client.solicit(pkt.ia_na(0xC1), pkt.ia_pd(0xC2))
    address = assert_lan_ia_na(advertise.ia_na(0xC1), 0xC1)
    prefix = assert_lan_ia_pd(advertise.ia_pd(0xC2), 0xC2)

    reply = client.request(advertise)
    assert assert_lan_ia_na(reply.ia_na(0xC1), 0xC1) == address
    assert assert_lan_ia_pd(reply.ia_pd(0xC2), 0xC2) == prefix


def test_exhausted_address_pool_is_answered_no_addrs_avail_in_the_ia(topology, takahe):
    start(takahe, lan_range(POOL_FIRST, POOL_FIRST))
    Client6(topology, 0x112).bind(pkt.ia_na(1))
    late = Client6(topology, 0x113)

    advertise = late.solicit(pkt.ia_na(0xD1))
    ia = advertise.ia_na(0xD1)
    assert ia.addresses == [] and ia.status_code == pkt.NO_ADDRS_AVAIL, ia
    assert advertise.status_code in (pkt.SUCCESS, pkt.NO_ADDRS_AVAIL), advertise.status

    reply = late.ask(pkt.REQUEST, pkt.server_id(advertise.server_duid), pkt.ia_na(0xD1), expect=pkt.REPLY)
    ia = reply.ia_na(0xD1)
    assert ia.addresses == [] and ia.status_code == pkt.NO_ADDRS_AVAIL, ia


def test_exhausted_prefix_pool_is_answered_no_prefix_avail_in_the_ia(topology, takahe):
    one_prefix = "2001:db8:101::/56"
    start(takahe, lan_range(pd_pool=one_prefix))
    first = Client6(topology, 0x114).bind(pkt.ia_pd(1))
    assert assert_lan_ia_pd(first.ia_pd(1), 1, one_prefix) == one_prefix
    late = Client6(topology, 0x115)

    advertise = late.solicit(pkt.ia_pd(0xE1))
    ia = advertise.ia_pd(0xE1)
    assert ia.prefixes == [] and ia.status_code == pkt.NO_PREFIX_AVAIL, ia

    reply = late.ask(pkt.REQUEST, pkt.server_id(advertise.server_duid), pkt.ia_pd(0xE1), expect=pkt.REPLY)
    ia = reply.ia_pd(0xE1)
    assert ia.prefixes == [] and ia.status_code == pkt.NO_PREFIX_AVAIL, ia


def test_reservation_by_duid_gives_the_reserved_address_and_only_to_that_client(topology, takahe):
    reserved = "2001:db8:1::1f0"
    owner = Client6(topology, 0x116)
    start(takahe, lan_range(address_reservations=(address_reservation(pkt.duid_hex(owner.duid), reserved),)))

    reply = owner.bind(pkt.ia_na(0xF1))
    assert assert_lan_ia_na(reply.ia_na(0xF1), 0xF1) == reserved

    stranger = Client6(topology, 0x117)
    other = assert_lan_ia_na(stranger.solicit(pkt.ia_na(0xF2, reserved)).ia_na(0xF2), 0xF2)
    assert other != reserved, "a hint for another client's reserved address is not honoured"


def test_reservation_by_duid_gives_the_reserved_prefix_and_only_to_that_client(topology, takahe):
    reserved = "2001:db8:100:ff00::/56"
    owner = Client6(topology, 0x118)
    start(takahe, lan_range(prefix_reservations=(prefix_reservation(pkt.duid_hex(owner.duid), reserved),)))

    reply = owner.bind(pkt.ia_pd(0xF3))
    assert assert_lan_ia_pd(reply.ia_pd(0xF3), 0xF3) == reserved

    stranger = Client6(topology, 0x119)
    other = assert_lan_ia_pd(stranger.solicit(pkt.ia_pd(0xF4, reserved)).ia_pd(0xF4), 0xF4)
    assert other != reserved, "a hint for another client's reserved prefix is not honoured"
