"""What the server reports about itself over NETCONF (<get> state), for assertions in the system tests."""

from __future__ import annotations

import time

from netconf_config import V4_NS

NS = {"t4s": V4_NS}


def active_leases(nc) -> dict[str, str]:
    """leased-address -> hardware-address, from the state that <get> returns."""
    data = nc.get(filter=("subtree", f'<dhcpv4-server xmlns="{V4_NS}"/>')).data_ele
    leases = data.xpath("//t4s:active-lease", namespaces=NS)
    return {lease.findtext(f"{{{V4_NS}}}leased-address"): lease.findtext(f"{{{V4_NS}}}hardware-address")
            for lease in leases}


def counter(nc, name: str) -> int:
    """A DHCPv4 statistics counter (e.g. discarded-message-count)."""
    data = nc.get(filter=("subtree", f'<dhcpv4-server xmlns="{V4_NS}"/>')).data_ele
    values = data.xpath(f"//t4s:statistics/t4s:{name}/text()", namespaces=NS)
    return int(values[0]) if values else 0


def wait_until(condition, timeout: float = 10, interval: float = 0.1) -> bool:
    """Polls ``condition`` until it is true or ``timeout`` seconds have passed; its last answer."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return bool(condition())
        time.sleep(interval)
    return True
