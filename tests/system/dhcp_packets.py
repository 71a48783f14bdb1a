"""Hand-built DHCPv4 packets for what real clients cannot do: act as a relay, send garbage."""

from __future__ import annotations

import ipaddress
import os
import socket
import struct
from dataclasses import dataclass
from typing import Iterator

MAGIC_COOKIE = bytes((99, 130, 83, 99))
DISCOVER, OFFER, REQUEST, ACK, NAK = 1, 2, 3, 5, 6


def bootrequest(mac: str, message_type: int, giaddr: str = "0.0.0.0", xid: int | None = None,
                options: bytes = b"") -> bytes:
    """A BOOTREQUEST as a relay would forward it (hops 1 when giaddr is set)."""
    chaddr = bytes.fromhex(mac.replace(":", "")).ljust(16, b"\0")
    relayed = giaddr != "0.0.0.0"
    header = struct.pack("!BBBBIHH4s4s4s4s16s64s128s", 1, 1, 6, 1 if relayed else 0,
                         xid if xid is not None else int.from_bytes(os.urandom(4), "big"), 0, 0,
                         bytes(4), bytes(4), bytes(4), socket.inet_aton(giaddr), chaddr, bytes(64), bytes(128))
    return header + MAGIC_COOKIE + bytes((53, 1, message_type)) + options + b"\xff"


@dataclass(frozen=True)
class Reply:
    op: int
    xid: int
    yiaddr: str
    giaddr: str
    options: dict[int, bytes]

    @property
    def message_type(self) -> int:
        return self.options[53][0]

    def address_option(self, code: int) -> list[str]:
        raw = self.options.get(code, b"")
        return [socket.inet_ntoa(raw[i:i + 4]) for i in range(0, len(raw), 4)]


def parse_reply(data: bytes) -> Reply:
    op, _, _, _, xid = struct.unpack("!BBBBI", data[:8])
    yiaddr = socket.inet_ntoa(data[16:20])
    giaddr = socket.inet_ntoa(data[24:28])
    assert data[236:240] == MAGIC_COOKIE, "reply without the magic cookie"
    return Reply(op, xid, yiaddr, giaddr, _join_options(data[240:], {}))


def _options_in(area: bytes) -> Iterator[tuple[int, bytes]]:
    """The options of an options area (the options field, or file or sname holding options) in wire order, as
    code and data: PAD skipped, up to END or the end of the area."""
    i = 0
    while i < len(area) and area[i] != 255:
        if area[i] == 0:
            i += 1
            continue
        yield area[i], area[i + 2:i + 2 + area[i + 1]]
        i += 2 + area[i + 1]


def _join_options(area: bytes, into: dict[int, bytes]) -> dict[int, bytes]:
    """Adds the options of ``area`` to ``into``, joining the parts of an option split in several (RFC 3396)."""
    for code, value in _options_in(area):
        into[code] = into.get(code, b"") + value
    return into


def in_network(address: str, network: str) -> bool:
    return ipaddress.ip_address(address) in ipaddress.ip_network(network)


# --- relays (RFC 3046 option 82, RFC 3527 link selection, RFC 3011 subnet selection) ---------------------

RELAY_AGENT_INFORMATION, SUBNET_SELECTION = 82, 118
CIRCUIT_ID, REMOTE_ID, LINK_SELECTION = 1, 2, 5


def option(code: int, data: bytes) -> bytes:
    """One option (or sub-option) as code, length, data."""
    assert len(data) <= 255, "split longer data yourself"
    return bytes((code, len(data))) + data


def relay_agent_information(circuit_id: bytes | None = None, remote_id: bytes | None = None,
                            link_selection: str | None = None, extra: bytes = b"") -> bytes:
    """Option 82 as a relay agent inserts it; ``extra`` is appended raw (e.g. other sub-options)."""
    subs = b""
    if circuit_id is not None:
        subs += option(CIRCUIT_ID, circuit_id)
    if remote_id is not None:
        subs += option(REMOTE_ID, remote_id)
    if link_selection is not None:
        subs += option(LINK_SELECTION, socket.inet_aton(link_selection))
    return option(RELAY_AGENT_INFORMATION, subs + extra)


def subnet_selection(address: str) -> bytes:
    return option(SUBNET_SELECTION, socket.inet_aton(address))


def options_area(data: bytes) -> bytes:
    """The options of a message exactly as on the wire: from after the magic cookie up to and including END."""
    assert data[236:240] == MAGIC_COOKIE, "message without the magic cookie"
    i = 240
    while data[i] != 255:
        i += 1 if data[i] == 0 else 2 + data[i + 1]
    return data[240:i + 1]


def flags(data: bytes) -> int:
    return struct.unpack("!H", data[10:12])[0]


# --- client classification (vendor class, broadcast flag, boot fields) ------------------------------------

VENDOR_CLASS_IDENTIFIER = 60


def vendor_class(text: str) -> bytes:
    """Option 60 as PXE firmware sends it, e.g. vendor_class("PXEClient:Arch:00000:UNDI:002001")."""
    return option(VENDOR_CLASS_IDENTIFIER, text.encode("ascii"))


def with_broadcast_flag(request: bytes) -> bytes:
    """The request with the BOOTP broadcast bit set, so the server broadcasts its reply."""
    return request[:10] + (flags(request) | 0x8000).to_bytes(2, "big") + request[12:]


def boot_fields(data: bytes) -> tuple[str, str, str]:
    """siaddr, sname and file of a reply; the names up to their first NUL."""
    siaddr = socket.inet_ntoa(data[20:24])
    sname = data[44:108].split(b"\0", 1)[0].decode("ascii", "replace")
    file = data[108:236].split(b"\0", 1)[0].decode("ascii", "replace")
    return siaddr, sname, file


# --- client states and identity (RFC 2131 §4.3, RFC 6842) ---------------------------------------------------

DECLINE, RELEASE, INFORM = 4, 7, 8
HOST_NAME, REQUESTED_ADDRESS, LEASE_TIME, SERVER_IDENTIFIER = 12, 50, 51, 54
PARAMETER_REQUEST_LIST, MESSAGE, RENEWAL_TIME, REBINDING_TIME, CLIENT_IDENTIFIER = 55, 56, 58, 59, 61


def with_ciaddr(request: bytes, address: str) -> bytes:
    """The request with ciaddr set, as a RENEWING/REBINDING or INFORMing client sends it."""
    return request[:12] + socket.inet_aton(address) + request[16:]


def requested_address(address: str) -> bytes:
    return option(REQUESTED_ADDRESS, socket.inet_aton(address))


def server_identifier(address: str) -> bytes:
    return option(SERVER_IDENTIFIER, socket.inet_aton(address))


def client_identifier(data: bytes) -> bytes:
    return option(CLIENT_IDENTIFIER, data)


def parameter_request_list(*codes: int) -> bytes:
    return option(PARAMETER_REQUEST_LIST, bytes(codes))


def ciaddr(data: bytes) -> str:
    return socket.inet_ntoa(data[12:16])


def seconds(reply: Reply, code: int) -> int | None:
    """A 32-bit time option (51, 58, 59) of a reply, None when absent."""
    return int.from_bytes(reply.options[code], "big") if code in reply.options else None


# --- options: overload (RFC 2132 §9.3), maximum message size, vendor options ------------------------------

OPTION_OVERLOAD, MAX_MESSAGE_SIZE, VENDOR_SPECIFIC = 52, 57, 43


def max_message_size(size: int) -> bytes:
    return option(MAX_MESSAGE_SIZE, size.to_bytes(2, "big"))


def option_codes(data: bytes) -> list[int]:
    """The codes in a message's options field, in wire order (not those overloaded into file or sname)."""
    return [code for code, _ in _options_in(options_area(data))]


def all_options(data: bytes) -> dict[int, bytes]:
    """Every option as a client reads it: the options field, then file and sname when option 52 says they
    hold options, split options joined (RFC 3396)."""
    found = dict(parse_reply(data).options)
    overload = found.get(OPTION_OVERLOAD, b"\0")[0]
    for bit, start, end in ((1, 108, 236), (2, 44, 108)):
        if overload & bit:
            _join_options(data[start:end], found)
    return found
