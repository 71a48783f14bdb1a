"""Real DHCPv6 clients from Debian on cli0: ISC dhclient -6 (address, prefix with -P, stateless with -S) and dhcpcd
(IPv6 only). Each records every call of its hook script (harness's dump script) so a test sees what it was given,
and releases on request:

    client = Dhclient6(topology, mac, "-P")
    given = client.obtain()            # the environment of the BOUND6 call
    client.release()                   # RELEASE sent, client stopped
"""

from __future__ import annotations

import subprocess
import textwrap
import time
from pathlib import Path

from client_daemons import _forget_dhcpcd_state
from dhcp6_hosts import link_local
from harness import CLIENT_IF, DhcpClientFailed, Topology, _kill_from_pidfile, _read_calls

BOUND = ("BOUND6", "RENEW6", "REBIND6", "REBOOT6", "INFORM6")


def duid_ll_hex(mac: str) -> str:
    """The DUID-LL (type 3, hardware type 1) a client builds from ``mac``, as ietf-dhcpv6-common writes it."""
    return "00030001" + mac.replace(":", "").lower()


class _Recorded:
    run_dir: Path
    kind: str

    def calls(self) -> list[dict[str, str]]:
        return _read_calls(self.run_dir / "calls")

    def events(self) -> list[str]:
        return [call.get("TK_REASON", "") for call in self.calls()]

    def log(self) -> str:
        path = self.run_dir / "output.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def bound_call(self) -> dict[str, str] | None:
        bound = [call for call in self.calls() if call.get("TK_REASON") in BOUND]
        return bound[-1] if bound else None


class Dhclient6(_Recorded):
    """ISC dhclient -6 with a DUID-LL from cli0's MAC; ``mode`` is "" (IA_NA), "-P" (IA_PD) or "-S" (stateless,
    INFORMATION-REQUEST)."""

    def __init__(self, topology: Topology, mac: str, mode: str = "") -> None:
        self.topology = topology
        self.kind = "dhclient6"
        self.mode = (mode,) if mode else ()
        topology.set_client_mac(mac)
        link_local(topology, topology.client_ns, CLIENT_IF)  # the new MAC's; dhclient -6 refuses to start without
        self.run_dir = topology._new_run_dir("dhclient6")
        conf = self.run_dir / "dhclient6.conf"
        conf.write_text(textwrap.dedent("""\
            timeout 20;
            initial-interval 1;
            request dhcp6.name-servers, dhcp6.domain-search;
            """))
        self.files = ("-sf", str(self.run_dir / "dump-env.sh"), "-cf", str(conf),
                      "-lf", str(self.run_dir / "dhclient6.leases"), "-pf", str(self.run_dir / "dhclient6.pid"))

    def obtain(self, timeout: int = 25) -> dict[str, str]:
        """Runs dhclient until it is bound (it then detaches and keeps running); the bound call's environment."""
        # -1: one attempt, exit 2 without an answer within the configured timeout.
        done = self.topology.run(self.topology.client_ns, "dhclient", "-6", *self.mode, "-D", "LL", "-1", "-v",
                                 *self.files, CLIENT_IF, check=False, timeout=timeout + 15)
        (self.run_dir / "output.log").write_text(done.stdout + done.stderr)
        bound = self.bound_call()
        if bound is None:
            raise DhcpClientFailed(f"dhclient -6 {' '.join(self.mode)}: nothing bound (script calls {self.events()}),"
                                   f" exit {done.returncode}:\n{done.stdout}{done.stderr}")
        return bound

    def release(self) -> str:
        """dhclient -r: the running client sends RELEASE and stops; its output."""
        done = self.topology.run(self.topology.client_ns, "dhclient", "-6", *self.mode, "-D", "LL", "-r", "-v",
                                 *self.files, CLIENT_IF, check=False, timeout=30)
        return done.stdout + done.stderr

    def stop(self) -> None:
        _kill_from_pidfile(self.run_dir / "dhclient6.pid")


class Dhcpcd6(_Recorded):
    """dhcpcd in the foreground, IPv6 only, asking for one IA_NA at once (no router advertisement to wait for)."""

    def __init__(self, topology: Topology, mac: str) -> None:
        self.topology = topology
        self.kind = "dhcpcd6"
        topology.set_client_mac(mac)
        link_local(topology, topology.client_ns, CLIENT_IF)
        self.run_dir = topology._new_run_dir("dhcpcd6")
        conf = self.run_dir / "dhcpcd.conf"
        conf.write_text(textwrap.dedent(f"""\
            noipv6rs
            option dhcp6_name_servers, dhcp6_domain_search
            interface {CLIENT_IF}
              ia_na 1
            """))
        _forget_dhcpcd_state()
        log = open(self.run_dir / "output.log", "wb")
        self.process = topology.popen(topology.client_ns, "dhcpcd", "-6", "-B", "-t", "20", "-f", str(conf),
                                      "-c", str(self.run_dir / "dump-env.sh"), CLIENT_IF,
                                      stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)

    def obtain(self, timeout: float = 25) -> dict[str, str]:
        deadline = time.monotonic() + timeout
        while (bound := self.bound_call()) is None:
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise DhcpClientFailed(f"dhcpcd -6: nothing bound (script calls {self.events()}); log:\n"
                                       + self.log()[-3000:])
            time.sleep(0.1)
        return bound

    def release(self) -> str:
        done = self.topology.run(self.topology.client_ns, "dhcpcd", "-6", "-k", CLIENT_IF, check=False, timeout=30)
        try:
            self.process.wait(15)
        except subprocess.TimeoutExpired:
            self.stop()
        return done.stdout + done.stderr

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)
