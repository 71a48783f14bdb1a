"""DHCPv6 options as the running server sends them (RFC 8415 §21, RFC 5908, RFC 9243 option sets): NTP servers,
SOL_MAX_RT / INF_MAX_RT, vendor-specific information (17), an operator-defined option, and option sets referenced
from the server, a range, a pool and a host reservation, the nearest level winning option by option.
"""

from __future__ import annotations

import ipaddress
import struct

import dhcp6_packets as pkt
from dhcp6_config import TAKAHE_V6_NS, address_pool, address_reservation, allocation_range, dhcpv6, interfaces6
from dhcp6_hosts import Client6, start_v6

PASSWORD = "dhcpv6-options-secret"
NTP_SERVER, SOL_MAX_RT, INF_MAX_RT, VENDOR_OPTS = 56, 82, 83, 17
SITE_ID = 65001  # defined by the operator in option-defs
RESERVED_DUID = pkt.duid_ll(0x650)


def option_set(set_id: str, body: str) -> str:
    return f"<option-set><option-set-id>{set_id}</option-set-id>{body}</option-set>"


def dns(*servers: str) -> str:
    return (f'<dns-servers-option xmlns="{TAKAHE_V6_NS}">'
            + "".join(f"<dns-server>{s}</dns-server>" for s in servers) + "</dns-servers-option>")


SITE = option_set("site", (
    f'<ntp-server-option xmlns="{TAKAHE_V6_NS}">'
    "<ntp-server><name>a</name><server-address>2001:db8::123</server-address></ntp-server>"
    "<ntp-server><name>b</name><server-fqdn>ntp.example.test</server-fqdn></ntp-server></ntp-server-option>"
    "<sol-max-rt-option><sol-max-rt-value>3600</sol-max-rt-value></sol-max-rt-option>"
    "<inf-max-rt-option><inf-max-rt-value>7200</inf-max-rt-value></inf-max-rt-option>"
    "<vendor-specific-information-options><vendor-specific-information-option>"
    "<enterprise-number>4491</enterprise-number>"
    "<vendor-option-data><sub-option-code>1</sub-option-code><sub-option-data>AQID</sub-option-data>"
    "</vendor-option-data></vendor-specific-information-option></vendor-specific-information-options>"
    f'<custom-option xmlns="{TAKAHE_V6_NS}"><code>{SITE_ID}</code><space>dhcp6</space><data>42</data>'
    "</custom-option>" + dns("2001:db8::5301")))
OPTION_DEFS = (f'<option-defs xmlns="{TAKAHE_V6_NS}"><option-def><code>{SITE_ID}</code><space>dhcp6</space>'
               "<name>site-id</name><type>uint16</type></option-def></option-defs>")


def start(takahe):
    pool = address_pool("lan-pool", "2001:db8:1::/64", "2001:db8:1::100", "2001:db8:1::1ff",
                        option_set_ids=("pool",),
                        reservations=(address_reservation(pkt.duid_hex(RESERVED_DUID), "2001:db8:1::1f0")
                                      .replace("</host-reservation>",
                                               "<option-set-id>reserved</option-set-id></host-reservation>"),))
    lan = allocation_range("lan", "2001:db8:1::/64", address_pools=(pool,), option_set_ids=("range",))
    sets = (SITE, option_set("range", dns("2001:db8::5302")), option_set("pool", dns("2001:db8::5303")),
            option_set("reserved", dns("2001:db8::5304")))
    server_config = dhcpv6(sets, (lan,)).replace(
        "<allocation-ranges>", OPTION_DEFS + "<allocation-ranges><option-set-id>site</option-set-id>", 1)
    return start_v6(takahe, PASSWORD, interfaces6("srv0", "srv1"), server_config)


def ntp_suboptions(data: bytes) -> list[tuple[int, bytes]]:
    found, at = [], 0
    while at + 4 <= len(data):
        code, length = struct.unpack_from("!HH", data, at)
        found.append((code, data[at + 4:at + 4 + length]))
        at += 4 + length
    return found


def test_ntp_sol_max_rt_vendor_and_an_operator_defined_option_reach_the_client(topology, takahe):
    start(takahe)
    client = Client6(topology, 0x651)

    advertise = client.solicit(pkt.ia_na(1), extra=(pkt.option_request(NTP_SERVER, SOL_MAX_RT, VENDOR_OPTS,
                                                                       SITE_ID),))

    assert ntp_suboptions(advertise.get(NTP_SERVER)) == [
        (1, ipaddress.IPv6Address("2001:db8::123").packed),
        (3, b"\x03ntp\x07example\x04test\x00")]
    assert advertise.get(SOL_MAX_RT) == struct.pack("!I", 3600)
    assert advertise.get(VENDOR_OPTS) == struct.pack("!IHH", 4491, 1, 3) + b"\x01\x02\x03"
    assert advertise.get(SITE_ID) == struct.pack("!H", 42)

    informed = client.ask(pkt.INFORMATION_REQUEST, pkt.option_request(INF_MAX_RT, NTP_SERVER), expect=pkt.REPLY)
    assert informed.get(INF_MAX_RT) == struct.pack("!I", 7200)
    assert informed.get(NTP_SERVER) == advertise.get(NTP_SERVER)


def test_the_nearest_option_set_wins_reservation_over_pool_over_range_over_server(topology, takahe):
    start(takahe)
    asked = (pkt.option_request(pkt.DNS_SERVERS),)

    from_pool = Client6(topology, 0x652).solicit(pkt.ia_na(1), extra=asked)
    assert from_pool.addresses(pkt.DNS_SERVERS) == ["2001:db8::5303"]

    reserved = Client6(topology, 0x650)  # its DUID is RESERVED_DUID
    answer = reserved.solicit(pkt.ia_na(1), extra=asked)
    assert [a.address for a in answer.ia_na(1).addresses] == ["2001:db8:1::1f0"]
    assert answer.addresses(pkt.DNS_SERVERS) == ["2001:db8::5304"]

    no_lease = Client6(topology, 0x653).ask(pkt.INFORMATION_REQUEST, *asked, expect=pkt.REPLY)
    assert no_lease.addresses(pkt.DNS_SERVERS) == ["2001:db8::5302"], "no pool: the range's set wins"
