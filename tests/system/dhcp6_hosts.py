"""The DHCPv6 ends of the test topology: a client on cli0 (UDP port 546) and a relay agent on rly0 (port 547).

Plain UDP sockets opened inside the client or relay namespace (harness's setns trick), used from the test process:
no scapy process per exchange, and a client always has its link-local address to send from and be answered on, so
nothing needs sniffing. The messages themselves are built and read by dhcp6_packets.

    with Endpoint.client(topology) as client:
        reply = client.exchange(pkt.message(pkt.SOLICIT, 0x1234, ...))   # to ff02::1:2 on cli0
"""

from __future__ import annotations

import socket
import time
from dataclasses import dataclass

import dhcp6_packets as pkt
from dhcp6_config import config
from harness import CLIENT_IF, Topology, _in_netns


@dataclass(frozen=True)
class Received:
    """A datagram as the client or relay got it: the payload, who sent it (address without zone, port) and the
    address it was sent to when the socket could tell (IPV6_RECVPKTINFO)."""
    data: bytes
    sender: str
    port: int
    destination: str | None

    @property
    def message(self) -> pkt.Message | pkt.RelayMessage:
        return pkt.parse(self.data)


def link_local(topology: Topology, ns: str, interface: str, timeout: float = 10) -> str:
    """The link-local address of ``interface`` in ``ns``, waiting for the kernel to configure it after link-up."""
    deadline = time.monotonic() + timeout
    while True:
        shown = topology.run(ns, "ip", "-6", "-o", "addr", "show", "dev", interface, "scope", "link").stdout
        for line in shown.splitlines():
            words = line.split()
            if "inet6" in words and "tentative" not in words:
                return words[words.index("inet6") + 1].split("/")[0]
        assert time.monotonic() < deadline, f"no link-local address on {interface} in {ns}: {shown}"
        time.sleep(0.1)


class Endpoint:
    """A UDP socket on ``port`` in namespace ``ns``, sending through ``interface`` (multicast and link-local
    destinations need it), bound to ``source`` or to every address."""

    def __init__(self, topology: Topology, ns: str, interface: str, port: int, source: str = "::") -> None:
        link_local(topology, ns, interface)
        with _in_netns(ns):
            self.ifindex = socket.if_nametoindex(interface)
            self.sock = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
        self.sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_RECVPKTINFO, 1)
        self.sock.bind((source, port, 0, 0))

    @classmethod
    def client(cls, topology: Topology, source: str = "::") -> Endpoint:
        return cls(topology, topology.client_ns, CLIENT_IF, pkt.CLIENT_PORT, source)

    @classmethod
    def relay(cls, topology: Topology) -> Endpoint:
        return cls(topology, topology.relay_ns, "rly0", pkt.SERVER_PORT)

    def __enter__(self) -> Endpoint:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.sock.close()

    def send(self, data: bytes, destination: str = pkt.ALL_DHCP_RELAY_AGENTS_AND_SERVERS,
             port: int = pkt.SERVER_PORT) -> None:
        scoped = destination.startswith(("ff02:", "fe80:"))
        self.sock.sendto(data, (destination, port, 0, self.ifindex if scoped else 0))

    def receive(self, wait: float, txid: int | None = None) -> Received | None:
        """The first datagram within ``wait`` seconds whose (innermost) transaction id is ``txid`` (any when None),
        or None. Others, e.g. late answers to an earlier test step, are skipped."""
        deadline = time.monotonic() + wait
        while (left := deadline - time.monotonic()) > 0:
            self.sock.settimeout(left)
            try:
                data, ancillary, _, sender = self.sock.recvmsg(65535, socket.CMSG_SPACE(20))
            except TimeoutError:
                return None
            if txid is not None and pkt.txid_of(data) != txid:
                continue
            destination = None
            for level, kind, value in ancillary:
                if level == socket.IPPROTO_IPV6 and kind == socket.IPV6_PKTINFO:
                    destination = socket.inet_ntop(socket.AF_INET6, value[:16])
            return Received(data, sender[0].split("%")[0], sender[1], destination)
        return None

    def exchange(self, request: bytes, wait: float = 3, destination: str = pkt.ALL_DHCP_RELAY_AGENTS_AND_SERVERS,
                 port: int = pkt.SERVER_PORT) -> Received | None:
        """Sends ``request`` and returns the first answer with its transaction id, or None."""
        self.send(request, destination, port)
        return self.receive(wait, pkt.txid_of(request))


def client_exchange(topology: Topology, request: bytes, wait: float = 3,
                    destination: str = pkt.ALL_DHCP_RELAY_AGENTS_AND_SERVERS, source: str = "::") -> Received | None:
    """One message from cli0's DHCPv6 client port and the answer, or None when none came within ``wait`` s."""
    with Endpoint.client(topology, source) as client:
        return client.exchange(request, wait, destination)


def relay_exchange(topology: Topology, request: bytes, wait: float = 3,
                   destination: str = pkt.ALL_DHCP_RELAY_AGENTS_AND_SERVERS) -> Received | None:
    """One message from the relay agent's port 547 on rly0 (to ff02::1:2 on that link, or to a server address such
    as SERVER_RELAY_ADDRESS6) and the answer, or None."""
    with Endpoint.relay(topology) as relay:
        return relay.exchange(request, wait, destination)



class Client6:
    """One DHCPv6 client on cli0, known to the server by its DUID (so several can share cli0): sends messages with
    its Client Identifier and a fresh transaction id, and checks what every answer must carry (RFC 8415 §18.3)."""

    def __init__(self, topology: Topology, n: int) -> None:
        self.topology = topology
        self.duid = pkt.duid_ll(n)
        self._txid = (n & 0xFFFF) << 8

    def next_txid(self) -> int:
        self._txid = (self._txid + 1) & 0xFFFFFF
        return self._txid

    def build(self, msg_type: int, *options, client_id: bool = True, txid: int | None = None) -> bytes:
        identity = [pkt.client_id(self.duid)] if client_id else []
        return pkt.message(msg_type, txid if txid is not None else self.next_txid(), *identity,
                           pkt.elapsed_time(), *options)

    def exchange(self, msg_type: int, *options, client_id: bool = True, wait: float = 3,
                 destination: str = pkt.ALL_DHCP_RELAY_AGENTS_AND_SERVERS, source: str = "::") -> Received | None:
        request = self.build(msg_type, *options, client_id=client_id)
        return client_exchange(self.topology, request, wait, destination, source)

    def send(self, msg_type: int, *options, **kwargs) -> pkt.Message | None:
        """The answer to one message, or None when none came."""
        got = self.exchange(msg_type, *options, **kwargs)
        return got.message if got else None

    def ask(self, msg_type: int, *options, expect: int, **kwargs) -> pkt.Message:
        """The answer to one message, which must come, be of type ``expect``, name a server and echo our DUID."""
        answer = self.send(msg_type, *options, **kwargs)
        assert answer is not None, f"no answer to message type {msg_type}"
        assert isinstance(answer, pkt.Message) and answer.msg_type == expect, answer
        assert answer.client_duid == self.duid, f"client id not echoed: {answer.client_duid!r}"
        assert answer.server_duid, "no server identifier"
        return answer

    def solicit(self, *ias, extra=()) -> pkt.Message:
        return self.ask(pkt.SOLICIT, *ias, *extra, expect=pkt.ADVERTISE)

    def request(self, advertise: pkt.Message, extra=()) -> pkt.Message:
        """REQUEST for what ``advertise`` offered, to the server that offered it: the REPLY."""
        return self.ask(pkt.REQUEST, pkt.server_id(advertise.server_duid), *held(advertise), *extra,
                        expect=pkt.REPLY)

    def bind(self, *ias, extra=()) -> pkt.Message:
        """SOLICIT, ADVERTISE, REQUEST, REPLY; the REPLY."""
        return self.request(self.solicit(*ias, extra=extra), extra=extra)


def held(answer: pkt.Message):
    """The IAs of an answer as the client sends them back (REQUEST, RENEW, REBIND, RELEASE, DECLINE)."""
    return ([pkt.ia_na(ia.iaid, *(a.address for a in ia.addresses)) for ia in answer.ia_nas]
            + [pkt.ia_pd(ia.iaid, *(p.prefix for p in ia.prefixes)) for ia in answer.ia_pds])


def start_v6(takahe, password: str, *config_parts: str, **start_args):
    """Adds the admin user, starts the server and commits ``config_parts`` (dhcp6_config snippets); the server and
    a NETCONF session."""
    takahe.add_user("admin", password)
    server = takahe.start(**start_args)
    nc = takahe.netconf(password)
    nc.edit_config(target="candidate", config=config(*config_parts))
    nc.commit()
    return server, nc
