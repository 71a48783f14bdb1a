"""The test hosts of Takahe's system tests and demo: network namespaces, real DHCP clients, the packaged server.

Used by the pytest fixtures in conftest.py and by scripts/demo; everything here needs root.

Topology (one set per test, names carry the pytest process id so parallel runs do not clash)::

    tk-cli-<pid>                 tk-srv-<pid>                      tk-rly-<pid>
    cli0 (no address) <--veth--> srv0 198.18.0.1/24
                                 srv1 198.18.1.1/24 <--veth--> rly0 198.18.1.2/24
                                                               (route 198.18.0.0/24 via 198.18.1.1)

IPv6 on the same links: srv0 2001:db8:1::1/64, srv1 2001:db8:2::1/64, rly0 2001:db8:2::2/64 (route to
2001:db8:1::/64 via srv1), cli0 only its link-local address. Duplicate address detection is off in every
namespace, so link-local and added addresses are usable at once.

NETCONF from the test process: ncclient runs inside pytest, in the root namespace, which has no route to
the server. Rather than a fourth veth into the root namespace, ``netns_socket`` opens the TCP socket from
inside the server namespace (the calling thread briefly ``setns``-es into it; a socket keeps the namespace
it was created in) and hands it to ``manager.connect(sock=...)``. So the server listens exactly where a
real deployment would (``--netconf-address 198.18.0.1``) and nothing is reachable from the host.

Classes:
  ``Topology``: run/popen commands in a namespace, set the client MAC, run dhclient or
                udhcpc on cli0 and get back what they were given (DhcpLease); send one crafted
                request as a client on cli0 or as the relay agent, and get back the reply.
  ``Takahe``: add users, start/stop the packaged server in the server namespace, read its
              log, open NETCONF sessions. Servers still running at the end are killed.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import signal
import socket
import subprocess
import textwrap
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import ncclient.transport.ssh
from ncclient import manager

# ncclient polls its channel every TICK seconds; the default 0.1 s makes every RPC take ~100 ms.
ncclient.transport.ssh.TICK = 0.001

REPO_ROOT = Path(__file__).resolve().parents[2]
LAUNCHER = Path(os.environ.get("TAKAHE_LAUNCHER", REPO_ROOT / "server/target/takahe/bin/takahe"))

SERVER_ADDRESS = "198.18.0.1"         # srv0, the client-facing side of the server
SERVER_RELAY_ADDRESS = "198.18.1.1"   # srv1, the relay-facing side of the server
RELAY_ADDRESS = "198.18.1.2"          # rly0
SERVER_ADDRESS6 = "2001:db8:1::1"       # srv0
SERVER_RELAY_ADDRESS6 = "2001:db8:2::1" # srv1
RELAY_ADDRESS6 = "2001:db8:2::2"        # rly0
NETCONF_PORT = 8830
CLIENT_IF = "cli0"

_CLONE_NEWNET = 0x40000000
_libc = ctypes.CDLL(None, use_errno=True)


def client_mac(n: int) -> str:
    """The n-th test client's MAC: locally administered unicast, so it never collides with real hardware."""
    return "02:00:00:00:{:02x}:{:02x}".format(n >> 8 & 0xFF, n & 0xFF)


@dataclass(frozen=True)
class SniffedReply:
    """A reply as it reached cli0: the UDP payload and the addresses it was sent to and from."""
    data: bytes
    eth_dst: str
    ip_src: str
    ip_dst: str


@dataclass(frozen=True)
class RelayedReply:
    """A reply as the relay agent received it on port 67: the UDP payload and who sent it (address, port)."""
    data: bytes
    sender: tuple[str, int]


class DhcpClientFailed(Exception):
    """The client got no lease; the message holds its exit code and output."""


@dataclass(frozen=True)
class DhcpLease:
    """What a DHCP client was given, as its script saw it. ``env`` is the last successful script call's
    whole environment; ``events`` the reasons of every script call in order (e.g. PREINIT, BOUND)."""
    address: str
    subnet_mask: str | None
    routers: list[str]
    dns_servers: list[str]
    domain_name: str | None
    lease_time: int | None
    env: dict[str, str] = field(repr=False)
    events: list[str]


def _setns(fd: int) -> None:
    if _libc.setns(fd, _CLONE_NEWNET) != 0:
        err = ctypes.get_errno()
        raise OSError(err, "setns: " + os.strerror(err))


@contextlib.contextmanager
def _in_netns(ns: str) -> Iterator[None]:
    """Moves the calling thread into namespace ``ns`` for the duration of the block."""
    with open("/proc/thread-self/ns/net") as home, open(f"/run/netns/{ns}") as target:
        _setns(target.fileno())
        try:
            yield
        finally:
            _setns(home.fileno())


def netns_socket(ns: str, host: str, port: int, timeout: float = 5.0) -> socket.socket:
    """A TCP socket connected from inside namespace ``ns``, usable from any thread of this process."""
    with _in_netns(ns):
        return socket.create_connection((host, port), timeout=timeout)


def netns_udp_socket(ns: str, address: str, port: int, timeout: float = 5.0) -> socket.socket:
    """A UDP socket bound to ``address:port`` inside namespace ``ns`` (e.g. a relay's port 67)."""
    with _in_netns(ns):
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((address, port))
    sock.settimeout(timeout)
    return sock


# A script for both clients: each call dumps the environment (NUL-separated, values may hold spaces) to
# its own file, named so that sorting gives call order. dhclient passes the reason in $reason, udhcpc as $1.
_DUMP_SCRIPT = """#!/bin/sh
export TK_REASON="${{reason:-$1}}"
env -0 > "{dir}/$(date +%s%N)-$$.env"
exit 0
"""

# Sends one BOOTREQUEST from cli0 and prints the first BOOTREPLY with its xid that reaches cli0 (port 68), or exits 3
# when none came within the wait. Without a source address it broadcasts from 0.0.0.0 at layer 2, from the chaddr
# MAC, as a client without an address does; with one it unicasts to the server from that address (configured on
# cli0) and port 68. The sniffer starts first and listens on the link, so it sees broadcast and unicast replies alike.
_CLIENT_EXCHANGE_SCRIPT = f"""
import json, socket, sys, time
from scapy.all import AsyncSniffer, Ether, IP, UDP, Raw, sendp, conf
conf.verb = 0
request, wait, source = bytes.fromhex(sys.argv[1]), float(sys.argv[2]), sys.argv[3]
mac = request[28:34].hex(":")
def is_reply(frame):
    data = bytes(frame[UDP].payload) if UDP in frame else b""
    return data[:1] == b"\\x02" and data[4:8] == request[4:8]
sniffer = AsyncSniffer(iface="{CLIENT_IF}", filter="udp and dst port 68", lfilter=is_reply, count=1, timeout=wait)
sniffer.start()
time.sleep(0.5)
if source == "-":
    sendp(Ether(src=mac, dst="ff:ff:ff:ff:ff:ff") / IP(src="0.0.0.0", dst="255.255.255.255")
          / UDP(sport=68, dport=67) / Raw(request), iface="{CLIENT_IF}")
else:
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind((source, 68))
    s.sendto(request, ("{SERVER_ADDRESS}", 67))
sniffer.join()
if not sniffer.results:
    sys.exit(3)
frame = sniffer.results[0]
print(json.dumps({{"data": bytes(frame[UDP].payload).hex(), "eth_dst": frame[Ether].dst, "ip_src": frame[IP].src,
                  "ip_dst": frame[IP].dst}}))
"""


class Topology:
    """The namespaces of one test and the clients that run in them."""

    def __init__(self, tmp: Path) -> None:
        pid = os.getpid()
        self.server_ns = f"tk-srv-{pid}"
        self.client_ns = f"tk-cli-{pid}"
        self.relay_ns = f"tk-rly-{pid}"
        self.namespaces = (self.server_ns, self.client_ns, self.relay_ns)
        self.tmp = tmp
        self._runs = 0

    # --- plumbing -------------------------------------------------------------------------------------

    def create(self) -> None:
        self.destroy()  # leftovers of a crashed run with the same pid
        for ns in self.namespaces:
            _ip("netns", "add", ns)
            self.run(ns, "ip", "link", "set", "lo", "up")
            # Before the veths exist, so that they inherit it from "default".
            self.run(ns, "sysctl", "-q", "-w", "net.ipv6.conf.all.accept_dad=0", "net.ipv6.conf.default.accept_dad=0")
        _ip("link", "add", "srv0", "netns", self.server_ns, "type", "veth",
            "peer", "name", CLIENT_IF, "netns", self.client_ns)
        _ip("link", "add", "srv1", "netns", self.server_ns, "type", "veth",
            "peer", "name", "rly0", "netns", self.relay_ns)
        self.run(self.server_ns, "ip", "addr", "add", f"{SERVER_ADDRESS}/24", "dev", "srv0")
        self.run(self.server_ns, "ip", "addr", "add", f"{SERVER_RELAY_ADDRESS}/24", "dev", "srv1")
        self.run(self.relay_ns, "ip", "addr", "add", f"{RELAY_ADDRESS}/24", "dev", "rly0")
        self.run(self.server_ns, "ip", "addr", "add", f"{SERVER_ADDRESS6}/64", "dev", "srv0", "nodad")
        self.run(self.server_ns, "ip", "addr", "add", f"{SERVER_RELAY_ADDRESS6}/64", "dev", "srv1", "nodad")
        self.run(self.relay_ns, "ip", "addr", "add", f"{RELAY_ADDRESS6}/64", "dev", "rly0", "nodad")
        for ns, link in ((self.server_ns, "srv0"), (self.server_ns, "srv1"),
                         (self.client_ns, CLIENT_IF), (self.relay_ns, "rly0")):
            self.run(ns, "ip", "link", "set", link, "up")
        # The relay forwards to the server's client-facing address, which it reaches through srv1.
        self.run(self.relay_ns, "ip", "route", "add", "198.18.0.0/24", "via", SERVER_RELAY_ADDRESS)
        self.run(self.relay_ns, "ip", "-6", "route", "add", "2001:db8:1::/64", "via", SERVER_RELAY_ADDRESS6)

    def destroy(self) -> None:
        """Kills whatever still runs in the namespaces, then deletes them (which deletes the veths)."""
        existing = _ip("netns", "list", check=False).stdout
        for ns in self.namespaces:
            if ns not in existing.split():
                continue
            pids = _ip("netns", "pids", ns, check=False).stdout.split()
            for pid in pids:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(int(pid), signal.SIGKILL)
            _ip("netns", "del", ns, check=False)

    def run(self, ns: str, *args: str, check: bool = True, timeout: float = 30,
            input: str | None = None) -> subprocess.CompletedProcess[str]:
        """Runs a command in namespace ``ns`` and waits for it; output is captured as text."""
        return subprocess.run(["ip", "netns", "exec", ns, *args], check=check, timeout=timeout,
                              input=input, capture_output=True, text=True)

    def popen(self, ns: str, *args: str, **kwargs) -> subprocess.Popen:
        """Starts a command in namespace ``ns`` in its own process group (so it can be signalled whole)."""
        return subprocess.Popen(["ip", "netns", "exec", ns, *args], start_new_session=True, **kwargs)

    def socket(self, ns: str, host: str, port: int, timeout: float = 5.0) -> socket.socket:
        return netns_socket(ns, host, port, timeout)

    def set_client_mac(self, mac: str) -> None:
        """Gives cli0 a new MAC (so successive clients differ) and leaves it up."""
        self.run(self.client_ns, "ip", "link", "set", CLIENT_IF, "down")
        self.run(self.client_ns, "ip", "link", "set", CLIENT_IF, "address", mac)
        self.run(self.client_ns, "ip", "link", "set", CLIENT_IF, "up")

    # --- DHCP clients -----------------------------------------------------------------------------------

    def _new_run_dir(self, name: str) -> Path:
        self._runs += 1
        run_dir = self.tmp / f"{name}-{self._runs}"
        (run_dir / "calls").mkdir(parents=True)
        script = run_dir / "dump-env.sh"
        script.write_text(_DUMP_SCRIPT.format(dir=run_dir / "calls"))
        script.chmod(0o755)
        return run_dir

    def dhclient(self, mac: str, timeout: int = 10, extra_config: str = "",
                 release: bool = False) -> DhcpLease:
        """One ISC dhclient exchange on cli0 with MAC ``mac``. ``extra_config`` goes into dhclient.conf
        (e.g. ``send dhcp-client-identifier "abc";`` or ``send host-name "h1";``). The client is stopped
        afterwards, with a DHCPRELEASE if ``release``. Raises DhcpClientFailed when no lease came."""
        self.set_client_mac(mac)
        run_dir = self._new_run_dir("dhclient")
        conf = run_dir / "dhclient.conf"
        conf.write_text(textwrap.dedent(f"""\
            timeout {timeout};
            retry {timeout};
            initial-interval 1;
            request subnet-mask, broadcast-address, routers, domain-name, domain-name-servers,
                    host-name, dhcp-lease-time;
            """) + extra_config + "\n")
        files = ["-sf", str(run_dir / "dump-env.sh"), "-cf", str(conf),
                 "-lf", str(run_dir / "dhclient.leases"), "-pf", str(run_dir / "dhclient.pid")]
        # -1: exit 2 if no lease within `timeout`; once bound, dhclient detaches and keeps running.
        done = self.run(self.client_ns, "dhclient", "-1", "-v", *files, CLIENT_IF,
                        check=False, timeout=timeout + 15)
        try:
            return _lease_from(run_dir / "calls", ("BOUND", "RENEW", "REBIND", "REBOOT"), _DHCLIENT_KEYS,
                               f"dhclient exited {done.returncode}:\n{done.stdout}{done.stderr}")
        finally:
            if release:
                self.run(self.client_ns, "dhclient", "-r", *files, CLIENT_IF, check=False, timeout=15)
            else:
                _kill_from_pidfile(run_dir / "dhclient.pid")

    def udhcpc(self, mac: str, timeout: int = 10, extra_args: tuple[str, ...] = (),
               release: bool = False) -> DhcpLease:
        """One busybox udhcpc exchange on cli0 with MAC ``mac``; ``extra_args`` e.g. ``("-x", "hostname:h1")``
        or ``("-O", "ntpsrv")``. It exits once bound, with a DHCPRELEASE if ``release``. Raises
        DhcpClientFailed when no lease came."""
        self.set_client_mac(mac)
        run_dir = self._new_run_dir("udhcpc")
        args = ["busybox", "udhcpc", "-i", CLIENT_IF, "-f", "-q", "-n", "-t", str(timeout), "-T", "1",
                "-s", str(run_dir / "dump-env.sh"), *extra_args]
        if release:
            args.append("-R")
        done = self.run(self.client_ns, *args, check=False, timeout=timeout + 15)
        return _lease_from(run_dir / "calls", ("bound", "renew"), _UDHCPC_KEYS,
                           f"udhcpc exited {done.returncode}:\n{done.stdout}{done.stderr}")

    # --- crafted requests (for what real clients cannot do) -------------------------------------------------

    def client_exchange(self, request: bytes, wait: float = 6, source: str | None = None) -> SniffedReply | None:
        """Sends ``request`` (a BOOTREQUEST) from cli0 as its client (python3-scapy in the client namespace):
        broadcast from 0.0.0.0, or unicast to the server from ``source`` (an address configured on cli0). The first
        reply with its xid that reaches cli0, or None when none came within ``wait`` seconds."""
        done = self.run(self.client_ns, "/usr/bin/python3", "-c", _CLIENT_EXCHANGE_SCRIPT, request.hex(), str(wait),
                        source or "-", timeout=wait + 20, check=False)
        if done.returncode == 3:
            return None
        assert done.returncode == 0, done.stderr
        seen = json.loads(done.stdout)
        return SniffedReply(bytes.fromhex(seen["data"]), seen["eth_dst"], seen["ip_src"], seen["ip_dst"])

    def relay_exchange(self, request: bytes, wait: float = 5) -> RelayedReply | None:
        """Sends ``request`` as the relay agent forwards it: from port 67 of the relay namespace to the server's
        relay-facing address. The first datagram back on port 67 (to any of the relay's addresses, so to whichever
        giaddr the request names), or None when none came within ``wait`` seconds."""
        with netns_udp_socket(self.relay_ns, "0.0.0.0", 67, timeout=wait) as sock:
            sock.sendto(request, (SERVER_RELAY_ADDRESS, 67))
            try:
                data, sender = sock.recvfrom(4096)
            except TimeoutError:
                return None
        return RelayedReply(data, sender)


# Where each client puts address, mask, routers, DNS servers, domain and lease time.
_DHCLIENT_KEYS = ("new_ip_address", "new_subnet_mask", "new_routers", "new_domain_name_servers",
                  "new_domain_name", "new_dhcp_lease_time")
_UDHCPC_KEYS = ("ip", "subnet", "router", "dns", "domain", "lease")


def _ip(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["ip", *args], check=check, capture_output=True, text=True, timeout=30)


def _read_calls(calls_dir: Path) -> list[dict[str, str]]:
    calls = []
    for dump in sorted(calls_dir.iterdir()):
        env = {}
        for entry in dump.read_bytes().decode("utf-8", "replace").split("\0"):
            key, sep, value = entry.partition("=")
            if sep:
                env[key] = value
        calls.append(env)
    return calls


def _lease_from(calls_dir: Path, success: tuple[str, ...], keys: tuple[str, ...], output: str) -> DhcpLease:
    calls = _read_calls(calls_dir)
    events = [call.get("TK_REASON", "") for call in calls]
    bound = [call for call in calls if call.get("TK_REASON") in success]
    if not bound:
        raise DhcpClientFailed(f"no lease (script calls: {events}); {output}")
    env = bound[-1]
    address, mask, routers, dns, domain, lease = (env.get(key) for key in keys)
    return DhcpLease(address=address or "", subnet_mask=mask, routers=(routers or "").split(),
                     dns_servers=(dns or "").split(), domain_name=domain,
                     lease_time=int(lease) if lease else None, env=env, events=events)


def _kill_from_pidfile(pidfile: Path) -> None:
    with contextlib.suppress(FileNotFoundError, ValueError, ProcessLookupError):
        os.kill(int(pidfile.read_text().strip()), signal.SIGKILL)


class TakaheServer:
    """One run of the packaged server in the server namespace; output goes to ``log_path``."""

    def __init__(self, topology: Topology, process: subprocess.Popen, log_path: Path,
                 netconf_address: str, netconf_port: int) -> None:
        self.topology = topology
        self.process = process
        self.log_path = log_path
        self.netconf_address = netconf_address
        self.netconf_port = netconf_port

    @property
    def running(self) -> bool:
        return self.process.poll() is None

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def wait_ready(self, timeout: float = 60) -> None:
        """Waits until the NETCONF port accepts TCP connections; fails early if the server exits."""
        deadline = time.monotonic() + timeout
        while True:
            if not self.running:
                raise AssertionError(f"takahe exited with {self.process.returncode} before listening:\n"
                                     + self.log()[-4000:])
            try:
                netns_socket(self.topology.server_ns, self.netconf_address, self.netconf_port, 1.0).close()
                return
            except OSError:
                if time.monotonic() > deadline:
                    raise AssertionError(f"takahe not listening on {self.netconf_address}:{self.netconf_port}"
                                         f" after {timeout} s:\n" + self.log()[-4000:])
                time.sleep(0.1)

    def stop(self, sig: signal.Signals = signal.SIGTERM, timeout: float = 30) -> int:
        """Signals the server's whole process group and returns its exit code. SIGKILL simulates a crash."""
        if self.running:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, sig)
        return self.process.wait(timeout)

    def kill(self) -> int:
        return self.stop(signal.SIGKILL)


class Takahe:
    """Starts the packaged server (``server/target/takahe``, or $TAKAHE_LAUNCHER) in the server namespace."""

    def __init__(self, topology: Topology, tmp: Path) -> None:
        self.topology = topology
        self.tmp = tmp
        self.data_dir = tmp / "data"
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.servers: list[TakaheServer] = []
        self.sessions: list[manager.Manager] = []

    def add_user(self, name: str, password: str, data_dir: Path | None = None) -> None:
        subprocess.run([str(LAUNCHER), "add-user", name, "--password-stdin",
                        "--data-dir", str(data_dir or self.data_dir)],
                       input=password + "\n", check=True, capture_output=True, text=True, timeout=60)

    def start(self, *extra_args: str, data_dir: Path | None = None, netconf_address: str = SERVER_ADDRESS,
              netconf_port: int = NETCONF_PORT, wait: bool = True) -> TakaheServer:
        log_path = self.tmp / f"takahe-{len(self.servers) + 1}.log"
        with open(log_path, "wb") as log:
            process = self.topology.popen(
                self.topology.server_ns, str(LAUNCHER), "--data-dir", str(data_dir or self.data_dir),
                "--netconf-address", netconf_address, "--netconf-port", str(netconf_port), *extra_args,
                stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)
        server = TakaheServer(self.topology, process, log_path, netconf_address, netconf_port)
        self.servers.append(server)
        if wait:
            server.wait_ready()
        return server

    def netconf(self, password: str, username: str = "admin", host: str = SERVER_ADDRESS,
                port: int = NETCONF_PORT, timeout: float = 30) -> manager.Manager:
        """A NETCONF session over SSH, connected from inside the server namespace; closed at teardown."""
        sock = netns_socket(self.topology.server_ns, host, port, timeout)
        try:
            session = manager.connect(host=host, port=port, sock=sock, username=username, password=password,
                                      hostkey_verify=False, look_for_keys=False, allow_agent=False,
                                      timeout=timeout)
        except BaseException:
            sock.close()
            raise
        self.sessions.append(session)
        return session

    def cleanup(self) -> None:
        for session in self.sessions:
            with contextlib.suppress(Exception):
                session.close_session()
        for server in self.servers:
            with contextlib.suppress(Exception):
                server.kill()
