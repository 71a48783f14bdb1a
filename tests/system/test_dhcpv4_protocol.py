"""RFC 2131 §4.3 message by message and client state, client identity and host reservations, on the wire.

The client namespace plays DHCP clients with crafted packets (python3-scapy on cli0): broadcasts from 0.0.0.0 for
a client without an address, or unicasts from an address configured on cli0 for a RENEWING or INFORMing client.
The relay namespace plays a relay agent that inserts option 82. Everything asserted is what arrives on the wire or
what the server reports over NETCONF.
"""

from __future__ import annotations

import time

import dhcp_packets as pkt
from harness import CLIENT_IF, RELAY_ADDRESS, SERVER_ADDRESS, SERVER_RELAY_ADDRESS, client_mac
from netconf_config import (V4_NS, allocation_range, config, dhcpv4, host_reservation, interfaces, option_set,
                            pool, range_settings)
from server_state import counter, wait_until

PASSWORD = "system-test-secret"
NS = {"t4s": V4_NS}
LIFETIME = 600

LAN_OPTIONS = option_set("lan", ["198.18.0.1"], ["198.18.0.53"], "example.test")


def lan_range(first: str = "198.18.0.100", last: str = "198.18.0.109") -> str:
    return allocation_range("lan", "198.18.0.0/24", [pool("lan-pool", first, last)], option_set_id="lan",
                            valid_lifetime=LIFETIME)


# The relay's own link (giaddr 198.18.1.2 lies in it), for relayed requests.
RELAY_LINK = allocation_range("relay-link", "198.18.1.0/24", [pool("relay-pool", "198.18.1.100", "198.18.1.109")],
                              option_set_id="lan")


def start_configured(takahe, *ranges: str):
    takahe.add_user("admin", PASSWORD)
    takahe.start()
    nc = takahe.netconf(PASSWORD)
    nc.edit_config(target="candidate", config=config(interfaces("srv0", "srv1"),
                                                     dhcpv4([LAN_OPTIONS], list(ranges) or [lan_range()])))
    nc.commit()
    return nc


def commit(nc, *ranges: str) -> None:
    nc.edit_config(target="candidate", config=config(dhcpv4([], list(ranges))))
    nc.commit()


class Client:
    """One client on cli0: its MAC, and the address configured on cli0 when it has one."""

    def __init__(self, topology, mac: str) -> None:
        self.topology = topology
        self.mac = mac
        self.address: str | None = None
        topology.set_client_mac(mac)

    def send(self, message_type: int, options: bytes = b"", xid: int = 0x0D0C0001, ciaddr: str | None = None,
             wait: float = 6) -> tuple[bytes, str] | None:
        """The reply's bytes and IP destination, or None when none came within ``wait`` seconds."""
        request = pkt.bootrequest(self.mac, message_type, xid=xid, options=options)
        if ciaddr:
            request = pkt.with_ciaddr(request, ciaddr)
        # A bound client (address on cli0) renews or informs by unicast from it; otherwise it broadcasts.
        seen = self.topology.client_exchange(request, wait, source=self.address if self.address and ciaddr else None)
        return (seen.data, seen.ip_dst) if seen else None

    def reply(self, message_type: int, options: bytes = b"", xid: int = 0x0D0C0001, ciaddr: str | None = None,
              expect: int | None = None) -> tuple[pkt.Reply, bytes, str]:
        got = self.send(message_type, options, xid, ciaddr)
        assert got is not None, f"no reply to message type {message_type} xid {xid:#x}"
        data, destination = got
        reply = pkt.parse_reply(data)
        assert reply.op == 2 and reply.xid == xid
        if expect is not None:
            assert reply.message_type == expect, (reply.message_type, reply.options)
        return reply, data, destination

    def bind(self, options: bytes = b"", xid: int = 0x0D0C0100) -> pkt.Reply:
        """DISCOVER, then REQUEST in SELECTING state: the ACK."""
        offer, _, _ = self.reply(pkt.DISCOVER, options, xid, expect=pkt.OFFER)
        ack, _, _ = self.reply(pkt.REQUEST, options + pkt.requested_address(offer.yiaddr)
                               + pkt.server_identifier(SERVER_ADDRESS), xid + 1, expect=pkt.ACK)
        return ack

    def configure(self, address: str) -> None:
        """Puts the address on cli0, as a bound client has it."""
        self.topology.run(self.topology.client_ns, "ip", "addr", "add", f"{address}/24", "dev", CLIENT_IF)
        self.address = address


def lease_state(nc, address: str):
    """The active-lease entry of an address, wherever it is listed (a pool, or the range's out-of-pool leases)."""
    data = nc.get(filter=("subtree", f'<dhcpv4-server xmlns="{V4_NS}"/>')).data_ele
    found = data.xpath(f"//t4s:active-lease[t4s:leased-address='{address}']", namespaces=NS)
    return found[0] if found else None


def test_init_reboot_for_a_wrong_address_is_naked_when_authoritative_and_ignored_when_not(topology, takahe):
    nc = start_configured(takahe)
    client = Client(topology, client_mac(0x400))
    reboot = pkt.requested_address("198.18.0.50")  # in the subnet, in no pool, and the server knows no such client

    dropped_before = counter(nc, "discarded-message-count")
    assert client.send(pkt.REQUEST, reboot, xid=0x1B001, wait=4) is None, "RFC 2131: silence when not authoritative"
    assert wait_until(lambda: counter(nc, "discarded-message-count") == dropped_before + 1)

    commit(nc, range_settings("lan", "<authoritative>true</authoritative>"))
    nak, data, _ = client.reply(pkt.REQUEST, reboot, xid=0x1B002, expect=pkt.NAK)
    assert nak.yiaddr == "0.0.0.0" and pkt.ciaddr(data) == "0.0.0.0"
    assert nak.address_option(pkt.SERVER_IDENTIFIER) == [SERVER_ADDRESS]
    assert pkt.MESSAGE in nak.options and pkt.LEASE_TIME not in nak.options
    assert pkt.boot_fields(data) == ("0.0.0.0", "", "")

    # A client the server knows is told even when the server is not authoritative.
    commit(nc, range_settings("lan", "<authoritative>false</authoritative>"))
    known = Client(topology, client_mac(0x401))
    bound = known.bind(xid=0x1B010)
    known.reply(pkt.REQUEST, pkt.requested_address("198.18.0.50"), xid=0x1B012, expect=pkt.NAK)
    again, _, _ = known.reply(pkt.REQUEST, pkt.requested_address(bound.yiaddr), xid=0x1B013, expect=pkt.ACK)
    assert again.yiaddr == bound.yiaddr


def test_request_naming_another_server_gets_no_reply_and_the_offered_address_becomes_free(topology, takahe):
    nc = start_configured(takahe, lan_range("198.18.0.100", "198.18.0.100"))  # one address
    chooser = Client(topology, client_mac(0x410))
    offer, _, _ = chooser.reply(pkt.DISCOVER, xid=0x2A001, expect=pkt.OFFER)
    assert offer.yiaddr == "198.18.0.100"
    other = Client(topology, client_mac(0x411))
    assert other.send(pkt.DISCOVER, xid=0x2A002, wait=3) is None, "the only address is held for the offer"

    chooser = Client(topology, client_mac(0x410))
    assert chooser.send(pkt.REQUEST, pkt.requested_address("198.18.0.177") + pkt.server_identifier("198.18.0.2"),
                        xid=0x2A003, wait=3) is None

    other = Client(topology, client_mac(0x411))
    freed, _, _ = other.reply(pkt.DISCOVER, xid=0x2A004, expect=pkt.OFFER)
    assert freed.yiaddr == "198.18.0.100", "the declined offer no longer holds the address"
    assert lease_state(nc, "198.18.0.100") is None, "an offer is never written"


def test_renewing_client_is_acked_by_unicast_with_new_times(topology, takahe):
    nc = start_configured(takahe)
    client = Client(topology, client_mac(0x420))
    ack = client.bind(xid=0x3C001)
    first = lease_state(nc, ack.yiaddr)
    client.configure(ack.yiaddr)
    time.sleep(2)  # so the renewal's time differs from the allocation's at one-second resolution

    renewed, data, destination = client.reply(pkt.REQUEST, xid=0x3C010, ciaddr=ack.yiaddr, expect=pkt.ACK)

    assert destination == ack.yiaddr, "RENEWING: the reply goes to ciaddr"
    assert renewed.yiaddr == ack.yiaddr and pkt.ciaddr(data) == ack.yiaddr
    assert (pkt.seconds(renewed, pkt.LEASE_TIME), pkt.seconds(renewed, pkt.RENEWAL_TIME),
            pkt.seconds(renewed, pkt.REBINDING_TIME)) == (LIFETIME, LIFETIME // 2, LIFETIME * 7 // 8)
    after = lease_state(nc, ack.yiaddr)
    assert after.findtext(f"{{{V4_NS}}}allocation-time") == first.findtext(f"{{{V4_NS}}}allocation-time")
    assert after.findtext(f"{{{V4_NS}}}last-renew") > first.findtext(f"{{{V4_NS}}}last-renew")

    # Renewing an address that is not the client's lease is refused.
    nak, _, _ = client.reply(pkt.REQUEST, xid=0x3C011, ciaddr="198.18.0.109" if ack.yiaddr != "198.18.0.109"
                             else "198.18.0.108", expect=pkt.NAK)
    assert nak.yiaddr == "0.0.0.0"


def test_rebinding_client_is_acked_and_an_unknown_one_is_left_to_its_own_server(topology, takahe):
    """REBINDING (RFC 2131 4.3.2): ciaddr set, no server identifier, broadcast because the client's server went
    quiet. A lease this server holds is extended, answered to ciaddr; a lease it knows nothing of belongs to
    another server, so a server that is not authoritative stays silent rather than NAK it."""
    start_configured(takahe)
    client = Client(topology, client_mac(0x425))
    ack = client.bind(xid=0x3C101)
    client.configure(ack.yiaddr)

    rebind = pkt.with_ciaddr(pkt.bootrequest(client.mac, pkt.REQUEST, xid=0x3C110), ack.yiaddr)
    seen = topology.client_exchange(rebind, source=None)  # broadcast, as a rebinding client sends it
    assert seen is not None, "no reply to a REBINDING request for our own lease"
    rebound = pkt.parse_reply(seen.data)
    assert rebound.message_type == pkt.ACK and rebound.yiaddr == ack.yiaddr
    assert seen.ip_dst == ack.yiaddr, "ciaddr set: the ACK goes to ciaddr"
    assert pkt.seconds(rebound, pkt.LEASE_TIME) == LIFETIME

    stranger = Client(topology, client_mac(0x426))
    foreign = pkt.with_ciaddr(pkt.bootrequest(stranger.mac, pkt.REQUEST, xid=0x3C120), "198.18.0.150")
    assert topology.client_exchange(foreign, wait=2, source=None) is None


def test_inform_is_acked_to_ciaddr_with_options_and_no_lease_fields(topology, takahe):
    nc = start_configured(takahe)
    client = Client(topology, client_mac(0x430))
    client.configure("198.18.0.50")

    ack, data, destination = client.reply(pkt.INFORM, pkt.parameter_request_list(1, 3, 6, 15), xid=0x4D001,
                                          ciaddr="198.18.0.50", expect=pkt.ACK)

    assert destination == "198.18.0.50"
    assert ack.yiaddr == "0.0.0.0" and pkt.ciaddr(data) == "198.18.0.50"
    for code in (pkt.LEASE_TIME, pkt.RENEWAL_TIME, pkt.REBINDING_TIME):
        assert code not in ack.options, code
    assert ack.address_option(3) == ["198.18.0.1"]
    assert ack.address_option(pkt.SERVER_IDENTIFIER) == [SERVER_ADDRESS]
    assert lease_state(nc, "198.18.0.50") is None


def test_declined_address_is_offered_to_nobody_during_probation(topology, takahe):
    nc = start_configured(takahe, lan_range("198.18.0.100", "198.18.0.101"))
    decliner = Client(topology, client_mac(0x440))
    ack = decliner.bind(xid=0x5E001)

    assert decliner.send(pkt.DECLINE, pkt.requested_address(ack.yiaddr) + pkt.server_identifier(SERVER_ADDRESS),
                         xid=0x5E010, wait=3) is None, "DECLINE is not answered"

    other = Client(topology, client_mac(0x441))
    offer, _, _ = other.reply(pkt.DISCOVER, pkt.requested_address(ack.yiaddr), xid=0x5E020, expect=pkt.OFFER)
    assert offer.yiaddr != ack.yiaddr
    other.reply(pkt.REQUEST, pkt.requested_address(offer.yiaddr) + pkt.server_identifier(SERVER_ADDRESS),
                xid=0x5E021, expect=pkt.ACK)
    third = Client(topology, client_mac(0x442))
    assert third.send(pkt.DISCOVER, pkt.requested_address(ack.yiaddr), xid=0x5E030, wait=3) is None, \
        "the pool's other address is leased and the declined one rests"
    declined = lease_state(nc, ack.yiaddr)
    assert declined is not None and declined.findtext(f"{{{V4_NS}}}hardware-address") is None


def test_client_identifier_is_echoed_and_match_client_id_false_keeps_the_lease(topology, takahe):
    nc = start_configured(takahe)
    client = Client(topology, client_mac(0x450))
    first_id = bytes.fromhex("01aabbccddeeff")

    offer, _, _ = client.reply(pkt.DISCOVER, pkt.client_identifier(first_id), xid=0x6F001, expect=pkt.OFFER)
    ack, _, _ = client.reply(pkt.REQUEST, pkt.client_identifier(first_id) + pkt.requested_address(offer.yiaddr)
                             + pkt.server_identifier(SERVER_ADDRESS), xid=0x6F002, expect=pkt.ACK)
    nak, _, _ = client.reply(pkt.REQUEST, pkt.client_identifier(first_id) + pkt.requested_address("198.18.0.50"),
                             xid=0x6F003, expect=pkt.NAK)
    for reply in (offer, ack, nak):
        assert reply.options.get(pkt.CLIENT_IDENTIFIER) == first_id, reply.message_type
    assert lease_state(nc, ack.yiaddr).findtext(f"{{{V4_NS}}}client-id") == "01:aa:bb:cc:dd:ee:ff"

    # By default another client identifier is another client, even on the same hardware...
    stranger, _, _ = client.reply(pkt.DISCOVER, pkt.client_identifier(b"\x01\x02"), xid=0x6F010, expect=pkt.OFFER)
    assert stranger.yiaddr != ack.yiaddr
    # ...and with match-client-id false the hardware address decides: the same lease for a new identifier.
    commit(nc, range_settings("lan", "<match-client-id>false</match-client-id>"))
    same, _, _ = client.reply(pkt.DISCOVER, pkt.client_identifier(b"\x01\x03"), xid=0x6F020, expect=pkt.OFFER)
    assert same.yiaddr == ack.yiaddr
    renewed, _, _ = client.reply(pkt.REQUEST, pkt.client_identifier(b"\x01\x03")
                                 + pkt.requested_address(ack.yiaddr), xid=0x6F021, expect=pkt.ACK)
    assert renewed.yiaddr == ack.yiaddr and renewed.options.get(pkt.CLIENT_IDENTIFIER) == b"\x01\x03"


def test_reservation_by_mac_outside_the_pool_with_hostname_and_boot_fields(topology, takahe):
    nc = start_configured(takahe)
    printer_mac = client_mac(0x460)
    commit(nc, range_settings("lan", "<host-reservations>" + host_reservation(
        "printer", "hardware-address", printer_mac, reserved_addr="198.18.0.200", hostname="printer-1",
        next_server="198.18.0.5", server_hostname="tftp.example.test", boot_file_name="boot.efi")
        + "</host-reservations>"))
    printer = Client(topology, printer_mac)
    asks = pkt.parameter_request_list(1, 3, 6, 12, 15)

    offer, offer_data, _ = printer.reply(pkt.DISCOVER, asks, xid=0x7A001, expect=pkt.OFFER)
    ack, ack_data, _ = printer.reply(pkt.REQUEST, asks + pkt.requested_address("198.18.0.200")
                                     + pkt.server_identifier(SERVER_ADDRESS), xid=0x7A002, expect=pkt.ACK)

    for reply, data in ((offer, offer_data), (ack, ack_data)):
        assert reply.yiaddr == "198.18.0.200"
        assert reply.options.get(pkt.HOST_NAME) == b"printer-1"
        assert pkt.boot_fields(data) == ("198.18.0.5", "tftp.example.test", "boot.efi")
    data = nc.get(filter=("subtree", f'<dhcpv4-server xmlns="{V4_NS}"/>')).data_ele
    out_of_pool = data.xpath("//t4s:allocation-range[t4s:id='lan']/t4s:out-of-pool-leases", namespaces=NS)[0]
    assert out_of_pool.findtext(f"{{{V4_NS}}}allocated-count") == "1"
    lease = out_of_pool.xpath("t4s:active-lease[t4s:leased-address='198.18.0.200']", namespaces=NS)[0]
    assert lease.findtext(f"{{{V4_NS}}}hardware-address") == printer_mac
    assert lease.findtext(f"{{{V4_NS}}}hostname") == "printer-1"

    # Another client neither gets the reserved address nor the printer's boot fields.
    other = Client(topology, client_mac(0x461))
    other_offer, other_data, _ = other.reply(pkt.DISCOVER, asks, xid=0x7A010, expect=pkt.OFFER)
    assert other_offer.yiaddr != "198.18.0.200" and pkt.boot_fields(other_data) == ("0.0.0.0", "", "")
    other.reply(pkt.REQUEST, pkt.requested_address("198.18.0.200") + pkt.server_identifier(SERVER_ADDRESS),
                xid=0x7A011, expect=pkt.NAK)


def relay(topology, request: bytes, wait: float = 5) -> pkt.Reply | None:
    """Sends as the relay agent from port 67; the reply the relay receives, or None."""
    got = topology.relay_exchange(request, wait)
    return pkt.parse_reply(got.data) if got else None


def test_reservation_by_circuit_id_of_a_relayed_request(topology, takahe):
    nc = start_configured(takahe, lan_range(), RELAY_LINK)
    commit(nc, range_settings("relay-link", "<host-reservations>" + host_reservation(
        "port-7", "circuit-id", "'rly0/port-7'", reserved_addr="198.18.1.200") + "</host-reservations>"))
    mac = client_mac(0x470)
    port7 = pkt.relay_agent_information(circuit_id=b"rly0/port-7")

    offer = relay(topology, pkt.bootrequest(mac, pkt.DISCOVER, giaddr=RELAY_ADDRESS, xid=0x8B001, options=port7))
    assert offer is not None and offer.message_type == pkt.OFFER
    assert offer.yiaddr == "198.18.1.200" and offer.giaddr == RELAY_ADDRESS
    ack = relay(topology, pkt.bootrequest(mac, pkt.REQUEST, giaddr=RELAY_ADDRESS, xid=0x8B002, options=port7
                                          + pkt.requested_address("198.18.1.200")
                                          + pkt.server_identifier(SERVER_RELAY_ADDRESS)))
    assert ack is not None and ack.message_type == pkt.ACK and ack.yiaddr == "198.18.1.200"
    assert lease_state(nc, "198.18.1.200").findtext(f"{{{V4_NS}}}hardware-address") == mac

    # The same client behind another port gets a pool address.
    port8 = pkt.relay_agent_information(circuit_id=b"rly0/port-8")
    elsewhere = relay(topology, pkt.bootrequest(client_mac(0x471), pkt.DISCOVER, giaddr=RELAY_ADDRESS, xid=0x8B010,
                                                options=port8))
    assert elsewhere is not None and pkt.in_network(elsewhere.yiaddr, "198.18.1.0/24")
    assert elsewhere.yiaddr != "198.18.1.200"


def test_boot_reply_sent_to_the_server_is_dropped_and_counted(topology, takahe):
    nc = start_configured(takahe, lan_range(), RELAY_LINK)
    before = counter(nc, "discarded-message-count")
    request = bytearray(pkt.bootrequest(client_mac(0x480), pkt.DISCOVER, giaddr=RELAY_ADDRESS, xid=0x9C001))
    request[0] = 2  # op BOOTREPLY

    assert relay(topology, bytes(request), wait=3) is None
    assert wait_until(lambda: counter(nc, "discarded-message-count") == before + 1)
    again = relay(topology, pkt.bootrequest(client_mac(0x480), pkt.DISCOVER, giaddr=RELAY_ADDRESS, xid=0x9C002))
    assert again is not None and again.message_type == pkt.OFFER, "service goes on"
