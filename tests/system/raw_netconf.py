"""A bare NETCONF-over-SSH session (paramiko), for sending what ncclient refuses to: malformed XML."""

from __future__ import annotations

import re
import socket

import paramiko

BASE_NS = "urn:ietf:params:xml:ns:netconf:base:1.0"
EOM = b"]]>]]>"


class RawNetconf:
    """Hello with base:1.1, then chunked framing (RFC 6242 section 4.2)."""

    def __init__(self, sock: socket.socket, username: str, password: str) -> None:
        self.transport = paramiko.Transport(sock)
        self.transport.connect(username=username, password=password)
        self.channel = self.transport.open_session()
        self.channel.settimeout(30)
        self.channel.invoke_subsystem("netconf")
        self._buffer = b""
        self.server_hello = self._read_until_eom()
        self.channel.sendall(
            f'<hello xmlns="{BASE_NS}"><capabilities><capability>urn:ietf:params:netconf:base:1.1'
            f'</capability></capabilities></hello>'.encode() + EOM)

    def _read_until_eom(self) -> str:
        while EOM not in self._buffer:
            self._buffer += self._recv()
        message, self._buffer = self._buffer.split(EOM, 1)
        return message.decode()

    def _recv(self) -> bytes:
        data = self.channel.recv(65536)
        if not data:
            raise EOFError("the server closed the NETCONF channel")
        return data

    def send(self, message: str) -> None:
        body = message.encode()
        self.channel.sendall(b"\n#%d\n" % len(body) + body + b"\n##\n")

    def receive(self) -> str:
        """One chunked message."""
        chunks = []
        while True:
            while not re.match(rb"\n#(\d+|#)\n", self._buffer):
                self._buffer += self._recv()
            header = re.match(rb"\n#(\d+|#)\n", self._buffer)
            self._buffer = self._buffer[header.end():]
            if header.group(1) == b"#":
                return b"".join(chunks).decode()
            size = int(header.group(1))
            while len(self._buffer) < size:
                self._buffer += self._recv()
            chunks.append(self._buffer[:size])
            self._buffer = self._buffer[size:]

    def rpc(self, message: str) -> str:
        self.send(message)
        return self.receive()

    def close(self) -> None:
        self.transport.close()
