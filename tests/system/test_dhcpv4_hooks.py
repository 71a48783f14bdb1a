"""Hook libraries configured over NETCONF: the bundled mac-acl library (server/target/takahe/lib/hooks) serves or
ignores clients by hardware address, and a commit changes that while the server runs.

DISCOVERs are crafted with python3-scapy on cli0 so the test sees exactly whether an OFFER comes back; a real client
(busybox udhcpc) shows an admitted client gets its lease.
"""

from __future__ import annotations

import pytest
from ncclient.operations import RPCError

import dhcp_packets as pkt
from harness import client_mac
from netconf_config import NC_NS, SERVER_NS, allocation_range, config, dhcpv4, interfaces, option_set, pool
from server_state import counter, wait_until

PASSWORD = "system-test-secret"
LAN_OPTIONS = option_set("lan", ["198.18.0.1"], ["198.18.0.53"], "example.test")
LAN = allocation_range("lan", "198.18.0.0/24", [pool("lan-pool", "198.18.0.100", "198.18.0.109")],
                       option_set_id="lan", valid_lifetime=600)

LISTED = client_mac(71)
UNLISTED = client_mac(72)
NEWLY_LISTED = client_mac(73)

def discover(topology, mac: str, wait: float = 4) -> pkt.Reply | None:
    """The server's answer to a DISCOVER from ``mac``, or None if nothing came back within ``wait`` seconds."""
    topology.set_client_mac(mac)
    request = pkt.bootrequest(mac, pkt.DISCOVER, xid=int(mac.replace(":", "")[-6:], 16))
    seen = topology.client_exchange(request, wait)
    return pkt.parse_reply(seen.data) if seen else None


def hooks_libraries(*libraries: str) -> str:
    return f'<server xmlns="{SERVER_NS}"><hooks-libraries>{"".join(libraries)}</hooks-libraries></server>'


def mac_acl(mode: str, macs: list[str], operation: str = "replace", **extra: str) -> str:
    """The mac-acl entry, replaced whole by default so a commit states its complete parameters."""
    parameters = {"mode": mode, "hardware-addresses": ", ".join(macs), **extra}
    body = "".join(f"<parameter><name>{name}</name><value>{value}</value></parameter>"
                   for name, value in parameters.items())
    return (f'<hook-library xmlns:nc="{NC_NS}" nc:operation="{operation}"><name>mac-acl</name>'
            f"<on-callout-failure>drop</on-callout-failure>{body}</hook-library>")


def start_configured(takahe, *hook_libraries: str):
    """The packaged server serving the LAN on srv0, with these hook libraries, all in one commit."""
    takahe.add_user("admin", PASSWORD)
    takahe.start()
    nc = takahe.netconf(PASSWORD)
    nc.edit_config(target="candidate", config=config(interfaces("srv0"), dhcpv4([LAN_OPTIONS], [LAN])))
    if hook_libraries:
        nc.edit_config(target="candidate", config=config(hooks_libraries(*hook_libraries)))
    nc.commit()
    return nc


def hook_counter(nc, library: str, point: str, leaf: str) -> int:
    """One callout counter of a hook library, from the state that <get> returns."""
    data = nc.get(filter=("subtree", f'<server xmlns="{SERVER_NS}"><hooks-libraries/></server>')).data_ele
    values = data.xpath(f"//s:hook-library[s:name='{library}']/s:statistics/s:callout[s:hook-point='{point}']"
                        f"/s:{leaf}/text()", namespaces={"s": SERVER_NS})
    return int(values[0]) if values else -1


def in_lan_pool(address: str) -> bool:
    return pkt.in_network(address, "198.18.0.0/24") and 100 <= int(address.rsplit(".", 1)[1]) <= 109


def test_mac_acl_denies_listed_clients_then_a_live_commit_allows_only_the_listed_one(topology, takahe):
    nc = start_configured(takahe, mac_acl("deny", [LISTED]))

    # Deny mode: the listed client's DISCOVER is dropped before anything is allocated, and counted.
    discarded = counter(nc, "discarded-message-count")
    assert discover(topology, LISTED) is None
    assert wait_until(lambda: counter(nc, "discarded-message-count") == discarded + 1)
    assert hook_counter(nc, "mac-acl", "pkt4-receive", "drops") == 1
    offer = discover(topology, UNLISTED)
    assert offer is not None and offer.message_type == pkt.OFFER and in_lan_pool(offer.yiaddr)
    assert in_lan_pool(topology.udhcpc(UNLISTED).address)
    assert hook_counter(nc, "mac-acl", "pkt4-receive", "failures") == 0
    assert hook_counter(nc, "mac-acl", "pkt4-receive", "calls") >= 4, "DISCOVER x2, udhcpc's DISCOVER and REQUEST"

    # A commit switches the same library to allow mode for another list, while the server runs.
    nc.edit_config(target="candidate", config=config(hooks_libraries(mac_acl("allow", [NEWLY_LISTED]))))
    nc.commit()
    assert discover(topology, UNLISTED) is None, "no longer on the (allow) list"
    assert discover(topology, LISTED) is None
    offer = discover(topology, NEWLY_LISTED)
    assert offer is not None and offer.message_type == pkt.OFFER
    assert in_lan_pool(topology.udhcpc(NEWLY_LISTED).address)

    # Without the library everyone is served again.
    nc.edit_config(target="candidate", config=config(hooks_libraries(
        f'<hook-library xmlns:nc="{NC_NS}" nc:operation="delete"><name>mac-acl</name></hook-library>')))
    nc.commit()
    offer = discover(topology, LISTED)
    assert offer is not None and offer.message_type == pkt.OFFER and in_lan_pool(offer.yiaddr)


def test_a_library_not_found_or_refusing_its_parameters_fails_the_commit_naming_the_node(topology, takahe):
    nc = start_configured(takahe)
    running = nc.get_config(source="running").data_xml

    nc.edit_config(target="candidate", config=config(hooks_libraries(
        "<hook-library><name>no-such-library</name></hook-library>")))
    with pytest.raises(RPCError) as not_found:
        nc.commit()
    assert "no hook library named 'no-such-library'" in not_found.value.message
    assert "mac-acl" in not_found.value.message, "the error lists the libraries that are installed"
    assert "hook-library" in (not_found.value.path or "") and "no-such-library" in (not_found.value.path or "")
    nc.discard_changes()

    nc.edit_config(target="candidate", config=config(hooks_libraries(mac_acl("sometimes", [LISTED]))))
    with pytest.raises(RPCError) as refused:
        nc.commit()
    assert "mode must be allow or deny, not 'sometimes'" in refused.value.message
    assert "parameter" in (refused.value.path or "") and "mode" in (refused.value.path or "")
    nc.discard_changes()

    assert nc.get_config(source="running").data_xml == running
    offer = discover(topology, LISTED)
    assert offer is not None and offer.message_type == pkt.OFFER, "service goes on unfiltered"
