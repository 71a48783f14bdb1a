"""RFC 9243's notifications and delete-prefix-lease, driven by crafted client messages against the running server:
a subscriber (RFC 5277 create-subscription) receives address- and prefix-pool-utilization-threshold-exceeded,
decline-received, non-success-code-sent and invalid-client-detected as the exchanges that cause them happen.
"""

from __future__ import annotations

import time

import pytest
from lxml import etree
from ncclient.operations.rpc import RPCError

import dhcp6_packets as pkt
from dhcp6_config import V6_NS, address_pool, allocation_range, dhcpv6, interfaces6, prefix_pool
from dhcp6_hosts import Client6, held, start_v6
from dhcp6_state import delete_prefix_lease, prefix_leases

PASSWORD = "dhcpv6-notify-secret"
NOTIF_NS = "urn:ietf:params:xml:ns:netconf:notification:1.0"
FIRST, SECOND = "2001:db8:1::100", "2001:db8:1::101"


def start(takahe):
    """Two addresses (50 % threshold: the first lease reaches it) and four /50 prefixes (25 %: likewise)."""
    lan = allocation_range("lan", "2001:db8:1::/64",
                           address_pools=(address_pool("two", "2001:db8:1::/64", FIRST, SECOND,
                                                       max_utilization=50),),
                           prefix_pools=(prefix_pool("four", "2001:db8:100::/48", 50, max_utilization=25),))
    server, nc = start_v6(takahe, PASSWORD, interfaces6("srv0", "srv1"), dhcpv6((), (lan,)))
    listener = takahe.netconf(PASSWORD)
    listener.create_subscription()
    return nc, listener


def events(listener, timeout: float, until: str | None = None) -> list[tuple[str, dict]]:
    """The ietf-dhcpv6-server events that arrive within ``timeout`` s (or until one named ``until``), as
    (name, {leaf path: text}) in arrival order."""
    found = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        notification = listener.take_notification(timeout=max(0.05, deadline - time.monotonic()))
        if notification is None:
            break
        xml = notification.notification_xml
        root = etree.fromstring(xml.encode() if isinstance(xml, str) else xml)
        assert root.findtext(f"{{{NOTIF_NS}}}eventTime")
        for event in root:
            if etree.QName(event).namespace != V6_NS:
                continue
            leaves = {}
            for node in event.iter():
                if len(node) == 0 and node is not event:
                    path = "/".join(etree.QName(n).localname for n in reversed(list(node.iterancestors()))
                                    if n is not root and n is not event)
                    key = (path + "/" if path else "") + etree.QName(node).localname
                    leaves.setdefault(key, [])
                    leaves[key].append(node.text)
            name = etree.QName(event).localname
            found.append((name, {k: v[0] if len(v) == 1 else v for k, v in leaves.items()}))
            if name == until:
                return found
    return found


def named(found: list[tuple[str, dict]], name: str) -> list[dict]:
    return [leaves for event, leaves in found if event == name]


def test_pools_reaching_their_threshold_are_notified_by_pool_id(topology, takahe):
    _, listener = start(takahe)
    Client6(topology, 0x500).bind(pkt.ia_na(1), pkt.ia_pd(2))

    found = events(listener, 8)
    assert named(found, "address-pool-utilization-threshold-exceeded") == [
        {"pool-id": "two", "total-pool-addresses": "2", "max-allocated-addresses": "1",
         "allocated-address-count": "1"}], found
    assert named(found, "prefix-pool-utilization-threshold-exceeded") == [
        {"pool-id": "four", "total-pool-prefixes": "4", "max-allocated-prefixes": "1",
         "allocated-prefixes-count": "1"}], found


def test_decline_and_an_exhausted_pool_are_notified_with_the_clients_duid(topology, takahe):
    _, listener = start(takahe)
    decliner = Client6(topology, 0x501)
    bound = decliner.bind(pkt.ia_na(1))
    declined = bound.ia_na(1).addresses[0].address
    decliner.ask(pkt.DECLINE, pkt.server_id(bound.server_duid), *held(bound), expect=pkt.REPLY)

    found = events(listener, 5, until="decline-received")
    assert named(found, "decline-received") == [
        {"duid": pkt.duid_hex(decliner.duid), "declined-resources/address": declined}], found

    Client6(topology, 0x502).bind(pkt.ia_na(1))  # the other address
    late = Client6(topology, 0x503)
    refused = late.solicit(pkt.ia_na(1))
    assert refused.ia_na(1).status_code == pkt.NO_ADDRS_AVAIL

    found = events(listener, 5, until="non-success-code-sent")
    sent = named(found, "non-success-code-sent")
    assert len(sent) == 1 and sent[0]["duid"] == pkt.duid_hex(late.duid), found
    assert sent[0]["status/code"] == str(pkt.NO_ADDRS_AVAIL) and sent[0]["status/message"], found


def test_a_discarded_client_message_is_notified_as_an_invalid_client(topology, takahe):
    _, listener = start(takahe)
    client = Client6(topology, 0x504)
    # RFC 8415 §16.2: a SOLICIT naming a server is discarded.
    assert client.send(pkt.SOLICIT, pkt.server_id(bytes.fromhex("000300011e0000000001")), pkt.ia_na(1),
                       wait=1) is None

    found = events(listener, 5, until="invalid-client-detected")
    invalid = named(found, "invalid-client-detected")
    assert len(invalid) == 1, found
    assert invalid[0]["message-type"] == "solicit" and invalid[0]["duid"] == pkt.duid_hex(client.duid), found
    assert invalid[0]["description"], found


def test_delete_prefix_lease_removes_the_delegated_prefix(topology, takahe):
    nc, _ = start(takahe)
    bound = Client6(topology, 0x505).bind(pkt.ia_pd(7))
    prefix = bound.ia_pd(7).prefixes[0].prefix
    assert prefix in prefix_leases(nc), prefix_leases(nc)

    answer = delete_prefix_lease(nc, prefix)

    assert answer.ok, answer
    assert prefix not in prefix_leases(nc)
    with pytest.raises(RPCError) as gone:
        delete_prefix_lease(nc, prefix)
    assert gone.value.tag == "invalid-value" and "no active lease" in gone.value.message, gone.value
