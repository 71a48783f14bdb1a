"""Client classification seen from a client: classes configured over NETCONF pick boot fields and pools.

The client namespace plays PXE firmware and an ordinary client with crafted packets (python3-scapy on cli0); the
server is the packaged one, configured with ncclient. Replies are asked for with the broadcast bit, so they reach the
sniffer whatever the client's MAC, and each is matched to its request by xid.
"""

from __future__ import annotations

import socket

import pytest
from ncclient.operations import RPCError

import dhcp_packets as pkt
from harness import SERVER_ADDRESS, client_mac
from netconf_config import allocation_range, client_class, config, dhcpv4, interfaces, option_set, pool

PASSWORD = "system-test-secret"
PXE_VENDOR_CLASS = "PXEClient:Arch:00000:UNDI:002001"

CLASSES = (
    client_class("pxe", test="substring(option[60].hex, 0, 9) == 'PXEClient'", next_server="198.18.0.5",
                 server_hostname="boot.example.test", boot_file_name="pxelinux.0"),
    # Listed after pxe, so it may ask about it; the firmware broadcasts, and pkt.dst says so.
    client_class("pxe-broadcast", test="member('pxe') and pkt.dst == 255.255.255.255", valid_lifetime=900),
)
LAN = allocation_range("lan", "198.18.0.0/24", [
    pool("lan-pool", "198.18.0.100", "198.18.0.100"),  # the example startup pool, shrunk
    pool("boot-pool", "198.18.0.200", "198.18.0.201", client_class="pxe"),
], option_set_id="lan", valid_lifetime=600)


def start_configured(takahe):
    takahe.add_user("admin", PASSWORD)
    takahe.start()
    nc = takahe.netconf(PASSWORD)
    nc.edit_config(target="candidate", config=config(
        interfaces("srv0", "srv1"),
        dhcpv4([option_set("lan", ["198.18.0.1"], ["198.18.0.53"], "example.test")], [LAN],
               client_classes=CLASSES)))
    nc.commit()
    return nc


def exchange(topology, mac: str, message_type: int, options: bytes = b"", xid: int = 0x0C1A5500,
             wait: float = 6) -> bytes | None:
    """Sends one broadcast request from cli0 as client ``mac``; the reply's bytes, or None if none came."""
    request = pkt.with_broadcast_flag(pkt.bootrequest(mac, message_type, xid=xid, options=options))
    reply = topology.client_exchange(request, wait)
    return reply.data if reply else None


def lease_time(reply: pkt.Reply) -> int:
    return int.from_bytes(reply.options[51], "big")


def test_pxe_client_gets_siaddr_sname_and_file_from_its_class_and_another_client_does_not(topology, takahe):
    nc = start_configured(takahe)

    pxe_data = exchange(topology, client_mac(0x60), pkt.DISCOVER, pkt.vendor_class(PXE_VENDOR_CLASS), xid=0xC1A5)
    pxe = pkt.parse_reply(pxe_data)
    assert pxe.message_type == pkt.OFFER and pxe.xid == 0xC1A5
    assert pkt.boot_fields(pxe_data) == ("198.18.0.5", "boot.example.test", "pxelinux.0")
    assert lease_time(pxe) == 900, "pxe-broadcast: member('pxe') and pkt.dst == 255.255.255.255"
    assert pxe.address_option(54) == [SERVER_ADDRESS]

    plain_data = exchange(topology, client_mac(0x61), pkt.DISCOVER, pkt.vendor_class("MSFT 5.0"), xid=0xC1A6)
    plain = pkt.parse_reply(plain_data)
    assert plain.message_type == pkt.OFFER and plain.xid == 0xC1A6
    assert pkt.boot_fields(plain_data) == ("0.0.0.0", "", "")
    assert lease_time(plain) == 600, "the range's lifetime"
    assert plain.yiaddr == "198.18.0.100", "only the open pool serves a client outside pxe"

    # A test that does not compile is refused at commit, naming the class and the place in the expression.
    nc.edit_config(target="candidate", config=config(dhcpv4([], [], client_classes=(
        client_class("pxe", test="substring(option[60].hex, 0, 9) = 'PXEClient'"),))))
    with pytest.raises(RPCError) as refused:
        nc.commit()
    assert "at character 33" in refused.value.message and "'=='" in refused.value.message
    assert "client-class" in (refused.value.path or "") and "pxe" in (refused.value.path or "")
    assert (refused.value.path or "").endswith("test")
    nc.discard_changes()
    still = exchange(topology, client_mac(0x62), pkt.DISCOVER, pkt.vendor_class(PXE_VENDOR_CLASS), xid=0xC1A7)
    assert pkt.boot_fields(still)[2] == "pxelinux.0", "running kept the compiled class"


def test_pool_restricted_to_a_class_serves_only_its_members(topology, takahe):
    start_configured(takahe)

    # An ordinary client takes the one open address for good (DISCOVER, REQUEST, ACK).
    first_mac = client_mac(0x70)
    offer = pkt.parse_reply(exchange(topology, first_mac, pkt.DISCOVER, xid=0xC1B0))
    assert offer.yiaddr == "198.18.0.100"
    ack = pkt.parse_reply(exchange(topology, first_mac, pkt.REQUEST, xid=0xC1B1,
                                   options=pkt.option(50, socket.inet_aton(offer.yiaddr))
                                   + pkt.option(54, socket.inet_aton(SERVER_ADDRESS))))
    assert ack.message_type == pkt.ACK and ack.yiaddr == "198.18.0.100"

    # The next ordinary client gets nothing although boot-pool has two free addresses...
    second_mac = client_mac(0x71)
    assert exchange(topology, second_mac, pkt.DISCOVER, xid=0xC1B2, wait=4) is None

    # ...which the same client gets as soon as it is in the class.
    member_data = exchange(topology, second_mac, pkt.DISCOVER, pkt.vendor_class(PXE_VENDOR_CLASS), xid=0xC1B3)
    member = pkt.parse_reply(member_data)
    assert member.message_type == pkt.OFFER
    assert member.yiaddr in ("198.18.0.200", "198.18.0.201")
    assert pkt.boot_fields(member_data)[2] == "pxelinux.0"
