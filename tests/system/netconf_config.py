"""The configuration snippets the system tests send with edit-config."""

from __future__ import annotations

from xml.sax.saxutils import escape as xml_escape

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


def pool(pool_id: str, start: str, end: str, operation: str | None = None, client_class: str | None = None) -> str:
    op = f' xmlns:nc="{NC_NS}" nc:operation="{operation}"' if operation else ""
    restriction = f"<client-class>{client_class}</client-class>" if client_class else ""
    return (f"<address-pool{op}><pool-id>{pool_id}</pool-id><start-address>{start}</start-address>"
            f"<end-address>{end}</end-address>{restriction}</address-pool>")


def allocation_range(range_id: str, prefix: str, pools: list[str], option_set_id: str | None = None,
                     valid_lifetime: int | None = None, shared_network: str | None = None) -> str:
    body = f"<id>{range_id}</id><network-prefix>{prefix}</network-prefix>"
    if shared_network:
        body += f"<shared-network>{shared_network}</shared-network>"
    if option_set_id:
        body += f"<option-set-id>{option_set_id}</option-set-id>"
    if valid_lifetime is not None:
        body += f"<valid-lifetime>{valid_lifetime}</valid-lifetime>"
    return f"<allocation-range>{body}<address-pools>{''.join(pools)}</address-pools></allocation-range>"


def shared_network(name: str, option_set_ids: tuple[str, ...] = (), interface: str | None = None) -> str:
    body = f"<name>{name}</name>" + "".join(f"<option-set-id>{s}</option-set-id>" for s in option_set_ids)
    if interface:
        body += f"<interface>{interface}</interface>"
    return f"<shared-network>{body}</shared-network>"


def client_class(name: str, test: str | None = None, next_server: str | None = None,
                 server_hostname: str | None = None, boot_file_name: str | None = None,
                 valid_lifetime: int | None = None) -> str:
    """One entry of client-classes; the test is XML-escaped here, so write it as in Kea."""
    body = f"<name>{name}</name>"
    for leaf, value in (("test", test), ("next-server", next_server), ("server-hostname", server_hostname),
                        ("boot-file-name", boot_file_name), ("valid-lifetime", valid_lifetime)):
        if value is not None:
            body += f"<{leaf}>{xml_escape(str(value))}</{leaf}>"
    return f"<client-class>{body}</client-class>"


def dhcpv4(option_sets: list[str], ranges: list[str], shared_networks: tuple[str, ...] = (),
           client_classes: tuple[str, ...] = ()) -> str:
    networks = f'<shared-networks>{"".join(shared_networks)}</shared-networks>' if shared_networks else ""
    classes = f'<client-classes>{"".join(client_classes)}</client-classes>' if client_classes else ""
    return (f'<dhcpv4-server xmlns="{V4_NS}"><option-sets>{"".join(option_sets)}</option-sets>{networks}'
            f'{classes}<allocation-ranges>{"".join(ranges)}</allocation-ranges></dhcpv4-server>')


def host_reservation(reservation_id: str, identifier_leaf: str, identifier: str, reserved_addr: str | None = None,
                     hostname: str | None = None, next_server: str | None = None,
                     server_hostname: str | None = None, boot_file_name: str | None = None,
                     option_set_ids: tuple[str, ...] = ()) -> str:
    """One host-reservation; ``identifier_leaf`` is hardware-address, client-id, circuit-id or flex-id."""
    body = f"<reservation-id>{reservation_id}</reservation-id><{identifier_leaf}>{xml_escape(identifier)}" \
           f"</{identifier_leaf}>"
    for leaf, value in (("reserved-addr", reserved_addr), ("hostname", hostname), ("next-server", next_server),
                        ("server-hostname", server_hostname), ("boot-file-name", boot_file_name)):
        if value is not None:
            body += f"<{leaf}>{xml_escape(value)}</{leaf}>"
    body += "".join(f"<option-set-id>{s}</option-set-id>" for s in option_set_ids)
    return f"<host-reservation>{body}</host-reservation>"


def range_settings(range_id: str, body: str) -> str:
    """An allocation-range entry carrying only ``body`` (leaves, host-reservations), to merge into one that exists."""
    return f"<allocation-range><id>{range_id}</id>{body}</allocation-range>"
