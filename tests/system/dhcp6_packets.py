"""DHCPv6 messages (RFC 8415) for the system tests: built with scapy's DHCP6 layers, read back with a small strict
parser of our own, so that every field of an answer can be asserted and an answer the server encoded wrongly fails
the test instead of being guessed around (scapy's dissector forgives)."""

from __future__ import annotations

import ipaddress
import struct
from dataclasses import dataclass

from scapy.layers.dhcp6 import (DHCP6_Confirm, DHCP6_Decline, DHCP6_InfoRequest, DHCP6_Rebind, DHCP6_RelayForward,
                                DHCP6_Release, DHCP6_Renew, DHCP6_Request, DHCP6_Solicit, DHCP6OptClientId,
                                DHCP6OptElapsedTime, DHCP6OptIA_NA, DHCP6OptIA_PD, DHCP6OptIAAddress,
                                DHCP6OptIAPrefix, DHCP6OptIfaceId, DHCP6OptOptReq, DHCP6OptRapidCommit,
                                DHCP6OptRelayMsg, DHCP6OptServerId, DUID_LL)
from scapy.packet import Packet, Raw

# Message types (RFC 8415 §7.3).
SOLICIT, ADVERTISE, REQUEST, CONFIRM, RENEW, REBIND, REPLY, RELEASE, DECLINE = range(1, 10)
INFORMATION_REQUEST, RELAY_FORW, RELAY_REPL = 11, 12, 13

# Option codes (RFC 8415 §21, RFC 3646, RFC 4242).
CLIENTID, SERVERID, IA_NA, IA_TA, IAADDR, ORO, PREFERENCE, ELAPSED_TIME, RELAY_MSG = range(1, 10)
UNICAST, STATUS_CODE, RAPID_COMMIT, INTERFACE_ID = 12, 13, 14, 18
DNS_SERVERS, DOMAIN_LIST, IA_PD, IAPREFIX, INFORMATION_REFRESH_TIME = 23, 24, 25, 26, 32

# Status codes (RFC 8415 §21.13).
SUCCESS, UNSPEC_FAIL, NO_ADDRS_AVAIL, NO_BINDING, NOT_ON_LINK, USE_MULTICAST, NO_PREFIX_AVAIL = range(7)

ALL_DHCP_RELAY_AGENTS_AND_SERVERS = "ff02::1:2"
CLIENT_PORT, SERVER_PORT = 546, 547

_MESSAGE_CLASSES = {SOLICIT: DHCP6_Solicit, REQUEST: DHCP6_Request, CONFIRM: DHCP6_Confirm, RENEW: DHCP6_Renew,
                    REBIND: DHCP6_Rebind, RELEASE: DHCP6_Release, DECLINE: DHCP6_Decline,
                    INFORMATION_REQUEST: DHCP6_InfoRequest}


# --- building ------------------------------------------------------------------------------------------------

def duid_ll(n: int) -> bytes:
    """The n-th test client's DUID-LL (RFC 8415 §11.4) on a locally administered MAC, as raw bytes."""
    mac = "02:00:00:01:{:02x}:{:02x}".format(n >> 8 & 0xFF, n & 0xFF)
    return bytes(DUID_LL(lladdr=mac))


def duid_hex(duid: bytes) -> str:
    """A DUID as ietf-dhcpv6-common writes it: hex digits without separators."""
    return duid.hex()


def message(msg_type: int, txid: int, *options: Packet | bytes) -> bytes:
    """A client message: type, 24-bit transaction id, then the options in the order given (scapy layers or raw
    bytes, e.g. a deliberately broken option)."""
    packet: Packet = _MESSAGE_CLASSES[msg_type](trid=txid)
    for each in options:
        packet = packet / (Raw(each) if isinstance(each, bytes) else each)
    return bytes(packet)


def client_id(duid: bytes) -> Packet:
    return DHCP6OptClientId(duid=Raw(duid))


def server_id(duid: bytes) -> Packet:
    return DHCP6OptServerId(duid=Raw(duid))


def elapsed_time(hundredths: int = 0) -> Packet:
    return DHCP6OptElapsedTime(elapsedtime=hundredths)


def option_request(*codes: int) -> Packet:
    return DHCP6OptOptReq(reqopts=list(codes))


def rapid_commit() -> Packet:
    return DHCP6OptRapidCommit()


def ia_na(iaid: int, *addresses: str, t1: int = 0, t2: int = 0, preferred: int = 0, valid: int = 0) -> Packet:
    """IA_NA with the given addresses as hints (SOLICIT) or as the client's bindings (REQUEST, RENEW...)."""
    return DHCP6OptIA_NA(iaid=iaid, T1=t1, T2=t2, ianaopts=[
        DHCP6OptIAAddress(addr=address, preflft=preferred, validlft=valid) for address in addresses])


def ia_pd(iaid: int, *prefixes: str, t1: int = 0, t2: int = 0, preferred: int = 0, valid: int = 0) -> Packet:
    """IA_PD with the given prefixes ("2001:db8:100::/56"); a prefix "::/56" asks for a length only."""
    options = []
    for prefix in prefixes:
        network = ipaddress.IPv6Network(prefix)
        options.append(DHCP6OptIAPrefix(prefix=str(network.network_address), plen=network.prefixlen,
                                        preflft=preferred, validlft=valid))
    return DHCP6OptIA_PD(iaid=iaid, T1=t1, T2=t2, iapdopt=options)


def raw_option(code: int, data: bytes, length: int | None = None) -> bytes:
    """One option as code, length, data; ``length`` overrides the length field to lie about the data."""
    return struct.pack("!HH", code, len(data) if length is None else length) + data


def relay_forward(relayed: bytes, link_address: str, peer_address: str, hop_count: int = 0,
                  interface_id: bytes | None = None) -> bytes:
    """RELAY-FORW (RFC 8415 §9.1) carrying ``relayed`` (a client message or another RELAY-FORW) byte for byte."""
    packet: Packet = DHCP6_RelayForward(hopcount=hop_count, linkaddr=link_address, peeraddr=peer_address)
    if interface_id is not None:
        packet = packet / DHCP6OptIfaceId(ifaceid=interface_id)
    return bytes(packet / DHCP6OptRelayMsg(message=Raw(relayed)))


# --- reading -------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Option:
    code: int
    data: bytes


def parse_options(area: bytes) -> list[Option]:
    """Every option of an options area in wire order; an option running past the area fails the test."""
    options, i = [], 0
    while i < len(area):
        assert i + 4 <= len(area), f"truncated option header at {i}: {area.hex()}"
        code, length = struct.unpack("!HH", area[i:i + 4])
        assert i + 4 + length <= len(area), f"option {code} of length {length} runs past the end: {area.hex()}"
        options.append(Option(code, area[i + 4:i + 4 + length]))
        i += 4 + length
    return options


class _Options:
    """Look-ups shared by messages and the options inside IAs."""
    options: list[Option]

    def all(self, code: int) -> list[bytes]:
        return [o.data for o in self.options if o.code == code]

    def get(self, code: int) -> bytes | None:
        found = self.all(code)
        assert len(found) <= 1, f"option {code} appears {len(found)} times"
        return found[0] if found else None

    def has(self, code: int) -> bool:
        return bool(self.all(code))

    def codes(self) -> list[int]:
        return [o.code for o in self.options]

    @property
    def status(self) -> tuple[int, str] | None:
        """The Status Code option as (code, message), None when absent (RFC 8415: absent means Success)."""
        raw = self.get(STATUS_CODE)
        if raw is None:
            return None
        assert len(raw) >= 2, f"status code option of {len(raw)} bytes"
        return struct.unpack("!H", raw[:2])[0], raw[2:].decode("utf-8")

    @property
    def status_code(self) -> int:
        """The status code, Success when the option is absent."""
        return self.status[0] if self.status else SUCCESS


@dataclass(frozen=True)
class IaAddress(_Options):
    address: str
    preferred: int
    valid: int
    options: list[Option]


@dataclass(frozen=True)
class IaPrefix(_Options):
    prefix: str  # "2001:db8:100::/56"
    preferred: int
    valid: int
    options: list[Option]

    @property
    def length(self) -> int:
        return int(self.prefix.split("/")[1])


@dataclass(frozen=True)
class Ia(_Options):
    """An IA_NA or IA_PD of an answer."""
    code: int
    iaid: int
    t1: int
    t2: int
    options: list[Option]

    @property
    def addresses(self) -> list[IaAddress]:
        found = []
        for raw in self.all(IAADDR):
            assert len(raw) >= 24, f"IAADDR of {len(raw)} bytes"
            preferred, valid = struct.unpack("!II", raw[16:24])
            found.append(IaAddress(str(ipaddress.IPv6Address(raw[:16])), preferred, valid, parse_options(raw[24:])))
        return found

    @property
    def prefixes(self) -> list[IaPrefix]:
        found = []
        for raw in self.all(IAPREFIX):
            assert len(raw) >= 25, f"IAPREFIX of {len(raw)} bytes"
            preferred, valid, length = struct.unpack("!IIB", raw[:9])
            network = ipaddress.IPv6Network((ipaddress.IPv6Address(raw[9:25]), length))  # host bits must be 0
            found.append(IaPrefix(str(network), preferred, valid, parse_options(raw[25:])))
        return found


@dataclass(frozen=True)
class Message(_Options):
    """A client/server message (RFC 8415 §8)."""
    msg_type: int
    txid: int
    options: list[Option]

    @property
    def server_duid(self) -> bytes | None:
        return self.get(SERVERID)

    @property
    def client_duid(self) -> bytes | None:
        return self.get(CLIENTID)

    @property
    def preference(self) -> int | None:
        raw = self.get(PREFERENCE)
        if raw is None:
            return None
        assert len(raw) == 1, f"preference option of {len(raw)} bytes"
        return raw[0]

    def _ias(self, code: int) -> list[Ia]:
        found = []
        for raw in self.all(code):
            assert len(raw) >= 12, f"IA option {code} of {len(raw)} bytes"
            iaid, t1, t2 = struct.unpack("!III", raw[:12])
            found.append(Ia(code, iaid, t1, t2, parse_options(raw[12:])))
        return found

    @property
    def ia_nas(self) -> list[Ia]:
        return self._ias(IA_NA)

    @property
    def ia_pds(self) -> list[Ia]:
        return self._ias(IA_PD)

    def ia_na(self, iaid: int) -> Ia:
        found = [ia for ia in self.ia_nas if ia.iaid == iaid]
        assert len(found) == 1, f"IA_NA {iaid:#x}: {len(found)} in {self}"
        return found[0]

    def ia_pd(self, iaid: int) -> Ia:
        found = [ia for ia in self.ia_pds if ia.iaid == iaid]
        assert len(found) == 1, f"IA_PD {iaid:#x}: {len(found)} in {self}"
        return found[0]

    def addresses(self, code: int) -> list[str]:
        """An option holding a list of IPv6 addresses (DNS servers, unicast)."""
        raw = self.get(code) or b""
        assert len(raw) % 16 == 0, f"option {code}: {len(raw)} bytes is no list of addresses"
        return [str(ipaddress.IPv6Address(raw[i:i + 16])) for i in range(0, len(raw), 16)]

    def seconds(self, code: int) -> int | None:
        raw = self.get(code)
        if raw is None:
            return None
        assert len(raw) == 4, f"option {code} of {len(raw)} bytes"
        return struct.unpack("!I", raw)[0]


@dataclass(frozen=True)
class RelayMessage(_Options):
    """A RELAY-FORW or RELAY-REPL (RFC 8415 §9)."""
    msg_type: int
    hop_count: int
    link_address: str
    peer_address: str
    options: list[Option]

    @property
    def relayed(self) -> Message | RelayMessage:
        raw = self.get(RELAY_MSG)
        assert raw is not None, "relay message without a Relay Message option"
        return parse(raw)

    @property
    def interface_id(self) -> bytes | None:
        return self.get(INTERFACE_ID)


def parse(data: bytes) -> Message | RelayMessage:
    assert len(data) >= 4, f"DHCPv6 message of {len(data)} bytes"
    if data[0] in (RELAY_FORW, RELAY_REPL):
        assert len(data) >= 34, f"relay message of {len(data)} bytes"
        return RelayMessage(data[0], data[1], str(ipaddress.IPv6Address(data[2:18])),
                            str(ipaddress.IPv6Address(data[18:34])), parse_options(data[34:]))
    return Message(data[0], int.from_bytes(data[1:4], "big"), parse_options(data[4:]))


def txid_of(data: bytes) -> int | None:
    """The transaction id of a client/server message, or of the message innermost in a relay message."""
    while len(data) >= 34 and data[0] in (RELAY_FORW, RELAY_REPL):
        try:
            relayed = [o for o in parse_options(data[34:]) if o.code == RELAY_MSG]
        except AssertionError:
            return None
        if not relayed:
            return None
        data = relayed[0].data
    return int.from_bytes(data[1:4], "big") if len(data) >= 4 else None


def in_network(address: str, network: str) -> bool:
    return ipaddress.IPv6Address(address) in ipaddress.IPv6Network(network)


def prefix_in(prefix: str, network: str) -> bool:
    return ipaddress.IPv6Network(prefix).subnet_of(ipaddress.IPv6Network(network))
