"""Real DHCP clients left running on cli0, so a test sees them renew and release, not just obtain.

``harness.Topology.dhclient``/``udhcpc`` run one exchange and stop; ``start_client`` keeps the client in the
foreground as its own daemon would run, records every call of its hook script, and releases on request:

    client = start_client(topology, "dhcpcd", mac)
    bound = client.wait_for("BOUND")          # the env of the first call with that reason
    renewed = client.wait_for("RENEW", timeout=15)
    client.release()
"""

from __future__ import annotations

import signal
import subprocess
import textwrap
import time
from pathlib import Path

from harness import CLIENT_IF, DhcpClientFailed, Topology, _read_calls

# Each client's words for the same events, and where it puts the address and lease time.
_REASONS = {
    "dhclient": {"BOUND": ("BOUND",), "RENEW": ("RENEW",)},
    "udhcpc": {"BOUND": ("bound",), "RENEW": ("renew",)},
    "dhcpcd": {"BOUND": ("BOUND",), "RENEW": ("RENEW",)},
}
ADDRESS_KEY = {"dhclient": "new_ip_address", "udhcpc": "ip", "dhcpcd": "new_ip_address"}
LEASE_TIME_KEY = {"dhclient": "new_dhcp_lease_time", "udhcpc": "lease", "dhcpcd": "new_dhcp_lease_time"}
CLIENTS = tuple(_REASONS)

# Records each call as harness's script does, and also puts the address on the interface, as the clients'
# own scripts would: a renewing client unicasts from it (dhcpcd configures the interface itself).
_CONFIGURING_SCRIPT = """#!/bin/sh
export TK_REASON="${{reason:-$1}}"
env -0 > "{dir}/$(date +%s%N)-$$.env"
case "$TK_REASON" in
  BOUND|RENEW|REBIND|REBOOT) ip addr replace "$new_ip_address/$new_subnet_mask" dev "$interface" ;;
  bound|renew) ip addr replace "$ip/$subnet" dev "$interface" ;;
esac
exit 0
"""


class RunningClient:
    def __init__(self, topology: Topology, kind: str, run_dir: Path, process: subprocess.Popen,
                 release_command: tuple[str, ...] | None) -> None:
        self.topology = topology
        self.kind = kind
        self.run_dir = run_dir
        self.process = process
        self.release_command = release_command

    def calls(self) -> list[dict[str, str]]:
        return _read_calls(self.run_dir / "calls")

    def wait_for(self, event: str, timeout: float = 20, after: int = 0) -> dict[str, str]:
        """The environment of the first hook call for ``event`` (BOUND or RENEW) among calls[after:]."""
        reasons = _REASONS[self.kind][event]
        deadline = time.monotonic() + timeout
        while True:
            calls = self.calls()
            for call in calls[after:]:
                if call.get("TK_REASON") in reasons:
                    return call
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise DhcpClientFailed(f"{self.kind}: no {event} within {timeout} s; script calls "
                                       f"{[c.get('TK_REASON') for c in calls]}; log:\n{self.log()[-3000:]}")
            time.sleep(0.1)

    def address(self, call: dict[str, str]) -> str:
        return call.get(ADDRESS_KEY[self.kind], "")

    def lease_time(self, call: dict[str, str]) -> int:
        return int(call.get(LEASE_TIME_KEY[self.kind], "0"))

    def log(self) -> str:
        path = self.run_dir / "output.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def release(self, timeout: float = 15) -> None:
        """The client sends DHCPRELEASE and stops."""
        if self.release_command is not None:
            self.topology.run(self.topology.client_ns, *self.release_command, check=False, timeout=timeout)
        else:  # udhcpc: SIGUSR2 releases the lease, SIGTERM ends it
            self.process.send_signal(signal.SIGUSR2)
            time.sleep(0.5)
            self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.stop()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)


def start_client(topology: Topology, kind: str, mac: str) -> RunningClient:
    """Starts ``kind`` (dhclient, udhcpc or dhcpcd) in the foreground on cli0 with MAC ``mac``."""
    topology.run(topology.client_ns, "ip", "addr", "flush", "dev", CLIENT_IF)
    topology.set_client_mac(mac)
    run_dir = topology._new_run_dir(kind)
    script_path = run_dir / "configure.sh"
    script_path.write_text(_CONFIGURING_SCRIPT.format(dir=run_dir / "calls"))
    script_path.chmod(0o755)
    script = str(script_path)
    if kind == "dhclient":
        conf = run_dir / "dhclient.conf"
        conf.write_text(textwrap.dedent("""\
            timeout 20;
            initial-interval 1;
            request subnet-mask, routers, domain-name, domain-name-servers, dhcp-lease-time;
            """))
        files = ("-sf", script, "-cf", str(conf), "-lf", str(run_dir / "leases"), "-pf", str(run_dir / "pid"))
        command: tuple[str, ...] = ("dhclient", "-d", "-v", *files, CLIENT_IF)
        release: tuple[str, ...] | None = ("dhclient", "-r", *files, CLIENT_IF)
    elif kind == "udhcpc":
        command = ("busybox", "udhcpc", "-i", CLIENT_IF, "-f", "-t", "20", "-T", "1", "-s", script)
        release = None
    elif kind == "dhcpcd":
        conf = run_dir / "dhcpcd.conf"
        conf.write_text("option subnet_mask, routers, domain_name_servers, domain_name\n")
        # -4 only; -A no ARP probe and --noipv4ll, so the test waits for DHCP alone; -B stays in the foreground.
        # The state files are per interface in the host's /run and /var/lib: start each test from none.
        _forget_dhcpcd_state()
        command = ("dhcpcd", "-4", "-B", "-A", "--noipv4ll", "-t", "20", "-f", str(conf), "-c", script,
                   CLIENT_IF)
        release = ("dhcpcd", "-4", "-k", CLIENT_IF)
    else:
        raise ValueError(f"unknown client {kind}")
    log = open(run_dir / "output.log", "wb")
    process = topology.popen(topology.client_ns, *command, stdout=log, stderr=subprocess.STDOUT,
                             stdin=subprocess.DEVNULL)
    return RunningClient(topology, kind, run_dir, process, release)


def _forget_dhcpcd_state() -> None:
    for directory in (Path("/var/lib/dhcpcd"), Path("/run/dhcpcd")):
        for leftover in directory.glob(f"{CLIENT_IF}*") if directory.exists() else ():
            leftover.unlink(missing_ok=True)
