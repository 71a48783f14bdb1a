"""The lease life cycle over NETCONF and on the wire: pool timers, background reclamation of expired leases with
the counters moving, address usage per range, counters per message type, and the pool utilization notification.

Clients are played by the relay namespace (crafted packets from port 67), so each test controls exactly which
client asks for what and when. Everything asserted is what a relay sees on the wire or what NETCONF answers.
"""

from __future__ import annotations

import socket
import time

from lxml import etree

import dhcp_packets as pkt
from harness import RELAY_ADDRESS, SERVER_RELAY_ADDRESS, client_mac
from netconf_config import V4_NS, config, dhcpv4, interfaces, option_set
from server_state import active_leases, counter, wait_until

PASSWORD = "lifecycle-test-secret"
NOTIF_NS = "urn:ietf:params:xml:ns:netconf:notification:1.0"
NS = {"t4s": V4_NS}
OPTIONS = option_set("site", ["198.18.1.1"], ["198.18.0.53"], "example.test")


def relay_range(pool_timers: str = "", threshold: int = 90) -> str:
    """The relay's link 198.18.1.0/24 with one pool of four addresses; the range itself leases for 600 s."""
    return ("<allocation-range><id>relay-link</id><network-prefix>198.18.1.0/24</network-prefix>"
            "<option-set-id>site</option-set-id><valid-lifetime>600</valid-lifetime>"
            "<address-pools><address-pool><pool-id>small</pool-id><start-address>198.18.1.100</start-address>"
            f"<end-address>198.18.1.103</end-address><max-address-utilization>{threshold}"
            f"</max-address-utilization>{pool_timers}</address-pool></address-pools></allocation-range>")


def reclamation(wait: int, hold: int) -> str:
    return (f"<expired-leases-processing><reclaim-timer-wait-time>{wait}</reclaim-timer-wait-time>"
            f"<hold-reclaimed-time>{hold}</hold-reclaimed-time></expired-leases-processing>")


def start_configured(takahe, allocation_range: str, expired_leases: str = ""):
    takahe.add_user("admin", PASSWORD)
    server = takahe.start()
    nc = takahe.netconf(PASSWORD)
    v4 = dhcpv4([OPTIONS], [allocation_range]).replace("</dhcpv4-server>", expired_leases + "</dhcpv4-server>")
    nc.edit_config(target="candidate", config=config(interfaces("srv0", "srv1"), v4))
    nc.commit()
    return server, nc


def relayed(topology, mac: str, message_type: int, options: bytes = b"", expect_reply: bool = True):
    """One request as the relay agent forwards it; the reply the relay receives, or None when none is expected
    (and none came)."""
    got = topology.relay_exchange(pkt.bootrequest(mac, message_type, giaddr=RELAY_ADDRESS, options=options),
                                  wait=3 if expect_reply else 1)
    if not expect_reply:
        assert got is None, f"a reply to message type {message_type} of {mac}: {got}"
        return None
    assert got is not None, f"no reply to message type {message_type} of {mac}"
    return pkt.parse_reply(got.data)


def lease(topology, mac: str) -> pkt.Reply:
    """DISCOVER, OFFER, REQUEST (selecting this server), ACK; the ACK."""
    offer = relayed(topology, mac, pkt.DISCOVER)
    assert offer.message_type == pkt.OFFER, offer
    ack = relayed(topology, mac, pkt.REQUEST, pkt.option(50, socket.inet_aton(offer.yiaddr))
                  + pkt.option(54, socket.inet_aton(SERVER_RELAY_ADDRESS)))
    assert ack.message_type == pkt.ACK and ack.yiaddr == offer.yiaddr, ack
    return ack


def state(nc) -> etree._Element:
    return nc.get(filter=("subtree", f'<dhcpv4-server xmlns="{V4_NS}"/>')).data_ele


def range_usage(nc) -> dict[str, int]:
    """total-, assigned- and declined-addresses of range relay-link."""
    node = state(nc).xpath("//t4s:allocation-range[t4s:id='relay-link']/t4s:statistics", namespaces=NS)[0]
    return {name: int(node.findtext(f"{{{V4_NS}}}{name}"))
            for name in ("total-addresses", "assigned-addresses", "declined-addresses")}


def message_counts(nc, message_type: str) -> dict[str, int]:
    node = state(nc).xpath(f"//t4s:statistics/t4s:message[t4s:type='{message_type}']", namespaces=NS)[0]
    return {name: int(node.findtext(f"{{{V4_NS}}}{name}")) for name in ("received-count", "sent-count",
                                                                          "dropped-count")}


def test_pool_timers_are_granted_and_an_expired_lease_is_reclaimed_in_the_background(topology, takahe):
    # The pool leases for 4 s (T1 1 s, T2 3 s) although its range says 600 s; reclamation every second.
    pool_timers = "<valid-lifetime>4</valid-lifetime><renew-time>1</renew-time><rebind-time>3</rebind-time>"
    server, nc = start_configured(takahe, relay_range(pool_timers), reclamation(wait=1, hold=0))
    mac = client_mac(0x301)

    ack = lease(topology, mac)
    assert (pkt.seconds(ack, 51), pkt.seconds(ack, 58), pkt.seconds(ack, 59)) == (4, 1, 3)
    assert active_leases(nc).get(ack.yiaddr) == mac
    assert range_usage(nc) == {"total-addresses": 4, "assigned-addresses": 1, "declined-addresses": 0}
    assert counter(nc, "reclaimed-leases") == 0

    # The lease runs out after 4 s; the next cycle removes it from the store and counts it.
    assert wait_until(lambda: counter(nc, "reclaimed-leases") == 1, timeout=15), server.log()[-3000:]
    assert ack.yiaddr not in active_leases(nc)
    assert range_usage(nc)["assigned-addresses"] == 0
    assert "LEASE_RECLAIM_CYCLE DHCPv4 lease reclamation: 1 expired leases reclaimed" in server.log()
    assert server.running


def test_held_expired_lease_stays_for_its_client_until_hold_reclaimed_time_passes(topology, takahe):
    pool_timers = "<valid-lifetime>3</valid-lifetime><renew-time>1</renew-time><rebind-time>2</rebind-time>"
    server, nc = start_configured(takahe, relay_range(pool_timers), reclamation(wait=1, hold=4))
    mac = client_mac(0x302)
    first = lease(topology, mac)

    time.sleep(4.5)  # expired 1.5 s ago: held (4 s), not reclaimed
    assert counter(nc, "reclaimed-leases") == 0
    assert first.yiaddr not in active_leases(nc), "an expired lease is not active"
    # Lease affinity: the returning client gets its old address although the pool walks on to the next one.
    assert relayed(topology, mac, pkt.DISCOVER).yiaddr == first.yiaddr

    assert wait_until(lambda: counter(nc, "reclaimed-leases") == 1, timeout=15), server.log()[-3000:]


def test_a_declined_address_rests_for_the_probation_period_then_comes_back(topology, takahe):
    probation = "<decline-probation-period>3</decline-probation-period>" + reclamation(wait=1, hold=0)
    server, nc = start_configured(takahe, relay_range(), probation)
    mac = client_mac(0x303)
    declined = lease(topology, mac).yiaddr

    # The client finds the address in use (ARP) and declines it: nobody is offered it during probation.
    relayed(topology, mac, pkt.DECLINE, pkt.option(50, socket.inet_aton(declined))
            + pkt.option(54, socket.inet_aton(SERVER_RELAY_ADDRESS)), expect_reply=False)
    assert wait_until(lambda: range_usage(nc)["declined-addresses"] == 1, timeout=5)
    offered = {relayed(topology, client_mac(0x310 + i), pkt.DISCOVER).yiaddr for i in range(3)}
    assert declined not in offered and len(offered) == 3

    # After 3 s the reclamation cycle puts it back in service, counts it, and it is offered again.
    assert wait_until(lambda: counter(nc, "reclaimed-declined-addresses") == 1, timeout=15), server.log()[-3000:]
    assert range_usage(nc)["declined-addresses"] == 0
    assert "LEASE_DECLINED_RECOVERED" in server.log()
    assert relayed(topology, client_mac(0x320), pkt.DISCOVER).yiaddr == declined


def test_counters_per_message_type_count_received_sent_and_dropped(topology, takahe):
    _, nc = start_configured(takahe, relay_range())
    mac = client_mac(0x303)
    ack = lease(topology, mac)
    # A REQUEST selecting another server is not for this one: dropped, and counted as a dropped REQUEST.
    relayed(topology, mac, pkt.REQUEST, pkt.option(50, socket.inet_aton(ack.yiaddr))
            + pkt.option(54, socket.inet_aton("198.18.1.250")), expect_reply=False)

    assert wait_until(lambda: message_counts(nc, "request")["dropped-count"] == 1)
    assert message_counts(nc, "request") == {"received-count": 2, "sent-count": 0, "dropped-count": 1}
    assert message_counts(nc, "discover") == {"received-count": 1, "sent-count": 0, "dropped-count": 0}
    assert message_counts(nc, "offer") == {"received-count": 0, "sent-count": 1, "dropped-count": 0}
    assert message_counts(nc, "ack") == {"received-count": 0, "sent-count": 1, "dropped-count": 0}
    assert counter(nc, "request-count") == 2, "the RFC 9243-style leaves stay"


def utilization_notifications(nc, timeout: float) -> list[etree._Element]:
    """The address-pool-utilization-threshold-exceeded events that arrive within ``timeout`` seconds."""
    found = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        notification = nc.take_notification(timeout=max(0.05, deadline - time.monotonic()))
        if notification is None:
            break
        xml = notification.notification_xml
        root = etree.fromstring(xml.encode() if isinstance(xml, str) else xml)
        assert root.findtext(f"{{{NOTIF_NS}}}eventTime")
        event = root.find(f"{{{V4_NS}}}address-pool-utilization-threshold-exceeded")
        if event is not None:
            found.append(event)
    return found


def test_a_pool_filling_up_past_its_threshold_is_notified_once(topology, takahe):
    # 75 % of four addresses: the third lease reaches it.
    _, nc = start_configured(takahe, relay_range(threshold=75))
    listener = takahe.netconf(PASSWORD)
    listener.create_subscription()

    lease(topology, client_mac(0x311))
    lease(topology, client_mac(0x312))
    assert utilization_notifications(listener, 1.0) == [], "two of four is below 75 %"

    lease(topology, client_mac(0x313))
    events = utilization_notifications(listener, 5.0)
    assert len(events) == 1, [etree.tostring(e) for e in events]
    values = {child.tag.split("}")[1]: child.text for child in events[0]}
    assert values == {"allocation-range-id": "relay-link", "pool-id": "small", "total-pool-addresses": "4",
                      "max-allocated-addresses": "3", "allocated-address-count": "3"}

    lease(topology, client_mac(0x314))
    assert utilization_notifications(listener, 1.5) == [], "still above: no second notification"
    assert range_usage(nc)["assigned-addresses"] == 4
