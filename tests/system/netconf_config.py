"""The configuration snippets the system tests send with edit-config."""

from __future__ import annotations

V4_NS = "urn:takahe:params:xml:ns:yang:takahe-dhcpv4-server"
SERVER_NS = "urn:takahe:params:xml:ns:yang:takahe-server"
NC_NS = "urn:ietf:params:xml:ns:netconf:base:1.0"


def config(*parts: str) -> str:
    return f'<config xmlns="{NC_NS}">' + "".join(parts) + "</config>"


def interfaces(*names: str) -> str:
    items = "".join(f"<dhcpv4-interface>{n}</dhcpv4-interface>" for n in names)
    return f'<server xmlns="{SERVER_NS}"><interfaces-config>{items}</interfaces-config></server>'


def option_set(set_id: str, routers: list[str], dns: list[str], domain: str) -> str:
    return (f"<option-set><option-set-id>{set_id}</option-set-id>"
            "<router-option>" + "".join(f"<router>{r}</router>" for r in routers) + "</router-option>"
            "<domain-name-server-option>" + "".join(f"<server>{d}</server>" for d in dns)
            + "</domain-name-server-option>"
            f"<domain-name-option><domain-name>{domain}</domain-name></domain-name-option></option-set>")


def pool(pool_id: str, start: str, end: str, operation: str | None = None) -> str:
    op = f' xmlns:nc="{NC_NS}" nc:operation="{operation}"' if operation else ""
    return (f"<address-pool{op}><pool-id>{pool_id}</pool-id><start-address>{start}</start-address>"
            f"<end-address>{end}</end-address></address-pool>")


def allocation_range(range_id: str, prefix: str, pools: list[str], option_set_id: str | None = None,
                     valid_lifetime: int | None = None) -> str:
    body = f"<id>{range_id}</id><network-prefix>{prefix}</network-prefix>"
    if option_set_id:
        body += f"<option-set-id>{option_set_id}</option-set-id>"
    if valid_lifetime is not None:
        body += f"<valid-lifetime>{valid_lifetime}</valid-lifetime>"
    return f"<allocation-range>{body}<address-pools>{''.join(pools)}</address-pools></allocation-range>"


def dhcpv4(option_sets: list[str], ranges: list[str]) -> str:
    return (f'<dhcpv4-server xmlns="{V4_NS}"><option-sets>{"".join(option_sets)}</option-sets>'
            f'<allocation-ranges>{"".join(ranges)}</allocation-ranges></dhcpv4-server>')
