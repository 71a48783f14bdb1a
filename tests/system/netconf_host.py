"""The packaged server alone in a network namespace of its own, for NETCONF tests that need no DHCP clients.

Lighter than ``harness.Topology``: one namespace (``tk-nc-<pid>``, only ``lo``), NETCONF on its 127.0.0.1,
and a DHCP port no client uses. Sockets are opened from inside the namespace (``harness.netns_socket``), so
ncclient, paramiko and the benchmark run in the test process; external clients (yangcli) run through
``ip netns exec``. Used by the conformance and interop tests (one server per test module) and by
scripts/bench/netconf. Everything here needs root.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from pathlib import Path

from ncclient import manager

from harness import LAUNCHER, netns_socket
from raw_netconf import RawNetconf

ADDRESS = "127.0.0.1"
PORT = 8830
DHCP4_PORT = 10067  # nothing listens for DHCP here; keeps clear of a real server's port 67


class NetconfHost:
    """Start with ``start()``; ``stop()`` kills the server and deletes the namespace."""

    def __init__(self, tmp: Path, tag: str = "nc") -> None:
        self.ns = f"tk-{tag}-{os.getpid()}"
        self.tmp = tmp
        self.data_dir = tmp / "data"
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.log_path = tmp / "takahe.log"
        self.process: subprocess.Popen | None = None
        self.sessions: list[manager.Manager] = []

    # --- namespace and process -------------------------------------------------------------------------

    def start(self, *extra_args: str, timeout: float = 60) -> None:
        self._delete_namespace()
        _run("ip", "netns", "add", self.ns)
        _run("ip", "netns", "exec", self.ns, "ip", "link", "set", "lo", "up")
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(
                ["ip", "netns", "exec", self.ns, str(LAUNCHER), "--data-dir", str(self.data_dir),
                 "--netconf-address", ADDRESS, "--netconf-port", str(PORT), "--dhcp4-port", str(DHCP4_PORT),
                 *extra_args],
                stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + timeout
        while True:
            if self.process.poll() is not None:
                raise AssertionError(f"takahe exited with {self.process.returncode}:\n{self.log()[-4000:]}")
            try:
                self.socket(1.0).close()
                return
            except OSError:
                if time.monotonic() > deadline:
                    raise AssertionError(f"takahe not listening after {timeout} s:\n{self.log()[-4000:]}")
                time.sleep(0.05)

    def stop(self) -> None:
        for session in self.sessions:
            with contextlib.suppress(Exception):
                session.close_session()
        self.sessions.clear()
        if self.process is not None and self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(30)
        self._delete_namespace()

    def _delete_namespace(self) -> None:
        if self.ns in _run("ip", "netns", "list", check=False).stdout.split():
            for pid in _run("ip", "netns", "pids", self.ns, check=False).stdout.split():
                with contextlib.suppress(ProcessLookupError):
                    os.kill(int(pid), signal.SIGKILL)
            _run("ip", "netns", "del", self.ns, check=False)

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    # --- users and sessions ----------------------------------------------------------------------------

    def add_user(self, name: str, password: str | None = None, authorized_key: Path | None = None) -> None:
        args = [str(LAUNCHER), "add-user", name, "--data-dir", str(self.data_dir)]
        if password is not None:
            args.append("--password-stdin")
        if authorized_key is not None:
            args += ["--authorized-key", str(authorized_key)]
        subprocess.run(args, input=(password or "") + "\n", check=True, capture_output=True, text=True,
                       timeout=60)

    def socket(self, timeout: float = 10.0):
        return netns_socket(self.ns, ADDRESS, PORT, timeout)

    def connect(self, username: str, password: str, timeout: float = 30, **kwargs) -> manager.Manager:
        """An ncclient session; closed by ``stop()`` if the test leaves it open."""
        sock = self.socket(timeout)
        try:
            session = manager.connect(host=ADDRESS, port=PORT, sock=sock, username=username, password=password,
                                      hostkey_verify=False, look_for_keys=False, allow_agent=False,
                                      timeout=timeout, **kwargs)
        except BaseException:
            sock.close()
            raise
        self.sessions.append(session)
        return session

    def raw(self, username: str, password: str) -> RawNetconf:
        """A bare paramiko channel that has exchanged hellos (base:1.1, chunked framing)."""
        return RawNetconf(self.socket(), username, password)

    def exec(self, *args: str, timeout: float = 60, input: str | None = None) -> subprocess.CompletedProcess[str]:
        """Runs a command inside the namespace, where the server is reachable on 127.0.0.1."""
        return subprocess.run(["ip", "netns", "exec", self.ns, *args], capture_output=True, text=True,
                              timeout=timeout, input=input, check=False)


def _run(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), check=check, capture_output=True, text=True, timeout=30)
