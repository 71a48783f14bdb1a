"""DHCPv4 options seen from a client: the parameter request list, custom and vendor options, pool scopes, overload.

The client namespace plays DHCP clients with crafted packets (python3-scapy on cli0) that ask for their replies to be
broadcast, so the sniffer sees them whatever the client's MAC; each reply is matched to its request by xid. The
server is the packaged one, configured over NETCONF with ncclient.
"""

from __future__ import annotations

import socket

import pytest
from ncclient.operations import RPCError

import dhcp_packets as pkt
from harness import client_mac
from netconf_config import allocation_range, config, dhcpv4, interfaces, pool

PASSWORD = "system-test-secret"
LONG_PATH = "/" + "a" * 60 + "/" + "b" * 60 + "/" + "c" * 60          # 183 bytes: fits the options field only
MEDIUM_PATH = "/" + "d" * 60 + "/" + "e" * 45                        # 107 bytes: fits the file field


def option(code: int, data: str, space: str = "dhcp4", csv: bool = True, always_send: bool = False) -> str:
    body = f"<code>{code}</code><space>{space}</space><data>{data}</data>"
    if not csv:
        body += "<csv-format>false</csv-format>"
    if always_send:
        body += "<always-send>true</always-send>"
    return f"<option>{body}</option>"


def option_set(set_id: str, *options: str, shorthand: str = "") -> str:
    return f"<option-set><option-set-id>{set_id}</option-set-id>{shorthand}{''.join(options)}</option-set>"


OPTION_DEFS = (
    "<option-defs>"
    "<option-def><code>224</code><space>dhcp4</space><name>site-info</name><type>record</type>"
    "<record-types>uint16</record-types><record-types>ipv4-address</record-types><array>true</array></option-def>"
    "<option-def><code>1</code><space>acme</space><name>config-url</name><type>string</type></option-def>"
    "<vendor-class-space><vendor-class>ACME</vendor-class><space>acme</space></vendor-class-space>"
    "</option-defs>")
LAN_OPTIONS = option_set(
    "lan",
    option(42, "198.18.0.123"),
    option(66, "tftp.lan.test"),
    option(224, "7, 198.18.0.7, 198.18.0.8"),
    option(1, "http://acme.test/cfg", space="acme"),
    option(1, "0102", space="vendor-encapsulated-options-space", csv=False),
    option(17, LONG_PATH),
    option(18, MEDIUM_PATH),
    shorthand="<router-option><router>198.18.0.1</router></router-option>"
              "<domain-name-server-option><server>198.18.0.53</server></domain-name-server-option>"
              "<domain-name-option><domain-name>example.test</domain-name></domain-name-option>")
POOL_B_OPTIONS = option_set("pool-b", option(3, "198.18.0.254"), option(66, "tftp.pool-b.test"))


def pool_with_options(pool_id: str, start: str, end: str, option_set_id: str) -> str:
    return pool(pool_id, start, end).replace("</address-pool>",
                                             f"<option-set-id>{option_set_id}</option-set-id></address-pool>")


LAN = allocation_range("lan", "198.18.0.0/24", [
    pool("lan-pool", "198.18.0.100", "198.18.0.109"),  # the example startup pool, shrunk
    pool_with_options("pool-b", "198.18.0.150", "198.18.0.159", "pool-b"),
], option_set_id="lan", valid_lifetime=600)


def start_configured(takahe):
    takahe.add_user("admin", PASSWORD)
    takahe.start()
    nc = takahe.netconf(PASSWORD)
    body = dhcpv4([LAN_OPTIONS, POOL_B_OPTIONS], [LAN]).replace("<option-sets>", OPTION_DEFS + "<option-sets>", 1)
    nc.edit_config(target="candidate", config=config(interfaces("srv0", "srv1"), body))
    nc.commit()
    return nc


def discover(topology, mac: str, options: bytes, xid: int) -> bytes:
    """A broadcast DISCOVER from cli0 as client ``mac``; the OFFER's UDP payload exactly as it arrived."""
    request = pkt.with_broadcast_flag(pkt.bootrequest(mac, pkt.DISCOVER, xid=xid, options=options))
    reply = topology.client_exchange(request)
    assert reply is not None, f"no offer to {mac}"
    assert pkt.parse_reply(reply.data).message_type == pkt.OFFER
    return reply.data


def test_requested_options_come_in_request_order_with_custom_and_vendor_options_byte_exact(topology, takahe):
    start_configured(takahe)

    offer = discover(topology, client_mac(1), pkt.parameter_request_list(66, 6, 224, 3, 1, 43)
                     + pkt.vendor_class("ACME-phone-7") + pkt.requested_address("198.18.0.101"), xid=0x0B710001)

    # Type, server id and lease times; the mask, always before the routers (RFC 2132 3.3); then what 55 asks
    # for, in its order; then the basic 15 unasked, as Kea does; nothing else (no 42, 17, 18).
    assert pkt.option_codes(offer) == [53, 54, 51, 58, 59, 1, 66, 6, 224, 3, 43, 15]
    options = pkt.parse_reply(offer).options
    assert options[66] == b"tftp.lan.test"
    assert options[6] == socket.inet_aton("198.18.0.53")
    assert options[224] == bytes.fromhex("0007") + socket.inet_aton("198.18.0.7") + socket.inet_aton("198.18.0.8")
    # Option 43 from the space the vendor class ACME selects: config-url as sub-option 1.
    assert options[43] == bytes((1, 20)) + b"http://acme.test/cfg"

    # Another vendor class gets the default space's sub-options instead, configured in hex.
    other = discover(topology, client_mac(2), pkt.parameter_request_list(43, 3)
                     + pkt.requested_address("198.18.0.102"), xid=0x0B710002)
    assert pkt.option_codes(other) == [53, 54, 51, 58, 59, 1, 43, 3, 6, 15]
    assert pkt.parse_reply(other).options[43] == bytes.fromhex("0102" + "0102")


def test_pool_options_override_the_ranges(topology, takahe):
    start_configured(takahe)

    in_b = pkt.parse_reply(discover(topology, client_mac(3), pkt.parameter_request_list(3, 66, 6)
                                    + pkt.requested_address("198.18.0.155"), xid=0x0B710003))
    assert in_b.yiaddr == "198.18.0.155"
    assert in_b.address_option(3) == ["198.18.0.254"]
    assert in_b.options[66] == b"tftp.pool-b.test"
    assert in_b.address_option(6) == ["198.18.0.53"], "what the pool does not set comes from the range"

    in_a = pkt.parse_reply(discover(topology, client_mac(4), pkt.parameter_request_list(3, 66)
                                    + pkt.requested_address("198.18.0.104"), xid=0x0B710004))
    assert in_a.yiaddr == "198.18.0.104"
    assert in_a.address_option(3) == ["198.18.0.1"]
    assert in_a.options[66] == b"tftp.lan.test"


def test_options_beyond_a_small_maximum_message_size_are_overloaded_into_file_and_sname(topology, takahe):
    start_configured(takahe)
    asked = pkt.parameter_request_list(17, 18, 3, 6, 15, 66, 224, 42)

    small = discover(topology, client_mac(5), asked + pkt.max_message_size(576)
                     + pkt.requested_address("198.18.0.105"), xid=0x0B710005)
    assert len(small) <= 576 - 28, "the reply fits the 576-byte datagram the client accepts"
    options = pkt.all_options(small)
    assert options[pkt.OPTION_OVERLOAD] == bytes((1,)), "the file field carries options"
    assert options[17] == LONG_PATH.encode() and options[18] == MEDIUM_PATH.encode()
    for code in (3, 6, 15, 66, 224, 42):
        assert code in options, f"option {code} reaches the client"
    assert 18 not in pkt.option_codes(small), "option 18 went to the file field"

    roomy = discover(topology, client_mac(6), asked + pkt.max_message_size(1500)
                     + pkt.requested_address("198.18.0.106"), xid=0x0B710006)
    assert pkt.OPTION_OVERLOAD not in pkt.option_codes(roomy)
    assert pkt.parse_reply(roomy).options[18] == MEDIUM_PATH.encode()
    assert pkt.option_codes(roomy)[5:] == [1, 17, 18, 3, 6, 15, 66, 224, 42]


def test_option_data_that_does_not_fit_its_definition_is_refused_naming_it(topology, takahe):
    nc = start_configured(takahe)
    bad = option_set("lan", option(224, "7, 198.18.0.300"))
    nc.edit_config(target="candidate", config=config(dhcpv4([bad], [])))
    with pytest.raises(RPCError) as refused:
        nc.commit()
    assert "site-info, value 2: '198.18.0.300' is not an IPv4 address" in refused.value.message
    assert "option-set-id='lan'" in (refused.value.path or "") and "code='224'" in (refused.value.path or "")
    nc.discard_changes()
