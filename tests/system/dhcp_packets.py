"""Hand-built DHCPv4 packets for what real clients cannot do: act as a relay, send garbage."""

from __future__ import annotations

import ipaddress
import os
import socket
import struct
from dataclasses import dataclass

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
    options: dict[int, bytes] = {}
    i = 240
    while i < len(data) and data[i] != 255:
        if data[i] == 0:
            i += 1
            continue
        code, length = data[i], data[i + 1]
        options[code] = options.get(code, b"") + data[i + 2:i + 2 + length]
        i += 2 + length
    return Reply(op, xid, yiaddr, giaddr, options)


def in_network(address: str, network: str) -> bool:
    return ipaddress.ip_address(address) in ipaddress.ip_network(network)
