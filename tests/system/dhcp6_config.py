"""The DHCPv6 configuration snippets the system tests send with edit-config: ietf-dhcpv6-server (RFC 9243) with
Takahe's augmentations (takahe-dhcpv6-server) and the DHCPv6 interfaces of takahe-server."""

from __future__ import annotations

from dataclasses import dataclass

from netconf_config import NC_NS, SERVER_NS

V6_NS = "urn:ietf:params:xml:ns:yang:ietf-dhcpv6-server"
TAKAHE_V6_NS = "urn:takahe:params:xml:ns:yang:takahe-dhcpv6-server"


@dataclass(frozen=True)
class Timers:
    """resource-config's lifetimes; None leaves a leaf out (inherited from the level above)."""
    valid: int | None = None
    preferred: int | None = None
    renew: int | None = None
    rebind: int | None = None

    def xml(self) -> str:
        return "".join(f"<{leaf}>{value}</{leaf}>" for leaf, value in (
            ("valid-lifetime", self.valid), ("renew-time", self.renew), ("rebind-time", self.rebind),
            ("preferred-lifetime", self.preferred)) if value is not None)


def _resource_config(option_set_ids: tuple[str, ...], timers: Timers | None, rapid_commit: bool | None) -> str:
    body = "".join(f"<option-set-id>{s}</option-set-id>" for s in option_set_ids)
    body += timers.xml() if timers else ""
    if rapid_commit is not None:
        body += f"<rapid-commit>{str(rapid_commit).lower()}</rapid-commit>"
    return body


def _threshold(leaf: str, percent: int | None) -> str:
    return "" if percent is None else f"<{leaf}>{percent}</{leaf}>"


def interfaces6(*names: str, v4: tuple[str, ...] = ()) -> str:
    items = "".join(f"<dhcpv4-interface>{n}</dhcpv4-interface>" for n in v4)
    items += "".join(f"<dhcpv6-interface>{n}</dhcpv6-interface>" for n in names)
    return f'<server xmlns="{SERVER_NS}"><interfaces-config>{items}</interfaces-config></server>'


def option_set(set_id: str, dns_servers: tuple[str, ...] = (), domain_search: tuple[str, ...] = (),
               preference: int | None = None, info_refresh_time: int | None = None, rapid_commit: bool = False,
               server_unicast: str | None = None) -> str:
    """One option-set. The standard containers are RFC 9243's; DNS servers and the domain search list are
    Takahe's augmentations."""
    body = f"<option-set-id>{set_id}</option-set-id>"
    if preference is not None:
        body += f"<preference-option><pref-value>{preference}</pref-value></preference-option>"
    if server_unicast is not None:
        body += f"<server-unicast-option><server-address>{server_unicast}</server-address></server-unicast-option>"
    if rapid_commit:
        body += "<rapid-commit-option/>"
    if info_refresh_time is not None:
        body += (f"<info-refresh-time-option><info-refresh-time>{info_refresh_time}</info-refresh-time>"
                 "</info-refresh-time-option>")
    if dns_servers:
        body += (f'<dns-servers-option xmlns="{TAKAHE_V6_NS}">'
                 + "".join(f"<dns-server>{a}</dns-server>" for a in dns_servers) + "</dns-servers-option>")
    if domain_search:
        body += (f'<domain-search-option xmlns="{TAKAHE_V6_NS}">'
                 + "".join(f"<domain-search>{d}</domain-search>" for d in domain_search)
                 + "</domain-search-option>")
    return f"<option-set>{body}</option-set>"


def address_reservation(duid_hex: str, address: str) -> str:
    return f"<host-reservation><client-duid>{duid_hex}</client-duid><reserved-addr>{address}</reserved-addr>" \
           "</host-reservation>"


def prefix_reservation(duid_hex: str, prefix: str) -> str:
    length = prefix.split("/")[1]
    return (f"<prefix-reservation><client-duid>{duid_hex}</client-duid><reserved-prefix>{prefix}</reserved-prefix>"
            f"<reserved-prefix-len>{length}</reserved-prefix-len></prefix-reservation>")


def address_pool(pool_id: str, pool_prefix: str, start: str, end: str, reservations: tuple[str, ...] = (),
                 timers: Timers | None = None, rapid_commit: bool | None = None,
                 option_set_ids: tuple[str, ...] = (), max_utilization: int | None = None) -> str:
    body = (f"<pool-id>{pool_id}</pool-id><pool-prefix>{pool_prefix}</pool-prefix>"
            f"<start-address>{start}</start-address><end-address>{end}</end-address>"
            + _threshold("max-address-utilization", max_utilization)
            + _resource_config(option_set_ids, timers, rapid_commit))
    if reservations:
        body += f"<host-reservations>{''.join(reservations)}</host-reservations>"
    return f"<address-pool>{body}</address-pool>"


def prefix_pool(pool_id: str, pool_prefix: str, client_prefix_length: int, reservations: tuple[str, ...] = (),
                timers: Timers | None = None, rapid_commit: bool | None = None,
                max_utilization: int | None = None) -> str:
    body = (f"<pool-id>{pool_id}</pool-id><pool-prefix>{pool_prefix}</pool-prefix>"
            f"<client-prefix-length>{client_prefix_length}</client-prefix-length>"
            + _threshold("max-pd-space-utilization", max_utilization)
            + _resource_config((), timers, rapid_commit))
    if reservations:
        body += f"<host-reservations>{''.join(reservations)}</host-reservations>"
    return f"<prefix-pool>{body}</prefix-pool>"


def allocation_range(range_id: str, network_prefix: str, address_pools: tuple[str, ...] = (),
                     prefix_pools: tuple[str, ...] = (), option_set_ids: tuple[str, ...] = (),
                     timers: Timers | None = None, rapid_commit: bool | None = None) -> str:
    body = (f"<id>{range_id}</id><network-prefix>{network_prefix}</network-prefix>"
            + _resource_config(option_set_ids, timers, rapid_commit))
    if address_pools:
        body += f"<address-pools>{''.join(address_pools)}</address-pools>"
    if prefix_pools:
        body += f"<prefix-pools>{''.join(prefix_pools)}</prefix-pools>"
    return f"<allocation-range>{body}</allocation-range>"


def dhcpv6(option_sets: tuple[str, ...], ranges: tuple[str, ...], timers: Timers | None = None,
           unicast_addresses: tuple[str, ...] = (), server_duid: str | None = None) -> str:
    """The dhcpv6-server container, enabled. ``unicast_addresses`` are the server's own addresses on which it
    accepts unicast messages (Takahe's augmentation)."""
    body = "<enabled>true</enabled>"
    if server_duid:
        body += f"<server-duid>{server_duid}</server-duid>"
    body += "".join(f'<unicast-address xmlns="{TAKAHE_V6_NS}">{a}</unicast-address>' for a in unicast_addresses)
    body += f"<option-sets>{''.join(option_sets)}</option-sets>"
    body += f"<allocation-ranges>{timers.xml() if timers else ''}{''.join(ranges)}</allocation-ranges>"
    return f'<dhcpv6-server xmlns="{V6_NS}">{body}</dhcpv6-server>'


def config(*parts: str) -> str:
    return f'<config xmlns="{NC_NS}">' + "".join(parts) + "</config>"
