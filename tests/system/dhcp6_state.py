"""What the server reports about its DHCPv6 service over NETCONF (<get> state of ietf-dhcpv6-server), and its
DHCPv6 RPCs, for assertions in the system tests."""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from dhcp6_config import V6_NS

NS = {"v6": V6_NS}


def state(nc) -> etree._Element:
    return nc.get(filter=("subtree", f'<dhcpv6-server xmlns="{V6_NS}"/>')).data_ele


def counter(nc, name: str) -> int:
    """A server-wide counter of /dhcpv6-server/allocation-ranges/statistics (e.g. discarded-message-count);
    absent counts as 0."""
    values = state(nc).xpath(f"//v6:dhcpv6-server/v6:allocation-ranges/v6:statistics/v6:{name}/text()",
                             namespaces=NS)
    return int(values[0]) if values else 0


@dataclass(frozen=True)
class Lease:
    """One active-lease entry: its pool, the leased address or prefix, and the lease-information leaves."""
    range_id: str
    pool_id: str
    resource: str
    client_duid: str | None
    ia_id: int | None
    valid_lifetime: int | None
    preferred_lifetime: int | None


def _leases(nc, pools: str, key: str) -> dict[str, Lease]:
    found = {}
    for entry in state(nc).xpath(f"//v6:allocation-range/v6:{pools}/*/v6:active-leases/v6:active-lease",
                                 namespaces=NS):
        pool = entry.getparent().getparent()
        allocation_range = pool.getparent().getparent()

        def text(node, leaf):
            return node.findtext(f"{{{V6_NS}}}{leaf}")

        def number(leaf):
            value = text(entry, leaf)
            return int(value) if value is not None else None

        resource = text(entry, key)
        found[resource] = Lease(text(allocation_range, "id"), text(pool, "pool-id"), resource,
                                (text(entry, "client-duid") or "").lower() or None, number("ia-id"),
                                number("valid-lifetime"), number("preferred-lifetime"))
    return found


def address_leases(nc) -> dict[str, Lease]:
    """leased-address -> lease, across every address pool."""
    return _leases(nc, "address-pools", "leased-address")


def prefix_leases(nc) -> dict[str, Lease]:
    """leased-prefix -> lease, across every prefix pool."""
    return _leases(nc, "prefix-pools", "leased-prefix")


def allocated_count(nc, pool_id: str) -> int:
    values = state(nc).xpath(f"//v6:*[v6:pool-id='{pool_id}']/v6:active-leases/v6:allocated-count/text()",
                             namespaces=NS)
    assert len(values) == 1, f"pool {pool_id}: {values}"
    return int(values[0])


def delete_address_lease(nc, address: str) -> etree._Element:
    """Calls the delete-address-lease RPC; its reply."""
    rpc = (f'<delete-address-lease xmlns="{V6_NS}"><lease-address-to-delete>{address}</lease-address-to-delete>'
           "</delete-address-lease>")
    return nc.dispatch(etree.fromstring(rpc))



def delete_prefix_lease(nc, prefix: str) -> etree._Element:
    """Calls the delete-prefix-lease RPC; its reply."""
    rpc = (f'<delete-prefix-lease xmlns="{V6_NS}"><lease-prefix-to-delete>{prefix}</lease-prefix-to-delete>'
           "</delete-prefix-lease>")
    return nc.dispatch(etree.fromstring(rpc))
