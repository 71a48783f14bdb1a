"""Interop with yangcli (yuma123), a NETCONF client written without Takahe in mind.

yangcli logs in with an ECDSA key (libssh2), needs a terminal (run under ``script -qc``), and is driven in
batch mode by a script: read running, merge a new allocation range into candidate, commit, read it back.
yangcli finds the YANG modules named in our hello on its --modpath; only ours are given (it knows the ietf
base types itself).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Iterator

import pytest

from harness import REPO_ROOT
from netconf_host import ADDRESS, PORT, NetconfHost

YANG_DIR = REPO_ROOT / "yang/src/main/resources/META-INF/yang"


@pytest.fixture(scope="module")
def host(tmp_path_factory) -> Iterator[tuple[NetconfHost, Path]]:
    if os.geteuid() != 0:
        pytest.fail("system tests need root for network namespaces")
    if shutil.which("yangcli") is None:
        pytest.fail("yangcli is not installed; run scripts/install-deps")
    tmp = tmp_path_factory.mktemp("yangcli")
    key = tmp / "id_ecdsa"
    # PEM, because libssh2 (under yangcli) does not read the newer OpenSSH private key format.
    subprocess.run(["ssh-keygen", "-q", "-t", "ecdsa", "-b", "256", "-m", "PEM", "-N", "", "-f", str(key)],
                   check=True, timeout=30)
    server = NetconfHost(tmp, tag="yc")
    server.add_user("operator", authorized_key=key.with_suffix(".pub"))
    try:
        server.start()
        yield server, key
    finally:
        server.stop()


def run_yangcli(server: NetconfHost, key: Path, script_lines: list[str]) -> str:
    tmp = server.tmp
    modpath = tmp / "modules"
    modpath.mkdir(exist_ok=True)
    for module in YANG_DIR.glob("takahe-*.yang"):
        shutil.copy(module, modpath)
    script = tmp / "yangcli-script.txt"
    script.write_text("\n".join(script_lines) + "\n")
    command = (f"yangcli --server={ADDRESS} --ncport={PORT} --user=operator --private-key={key} "
               f"--public-key={key}.pub --modpath={modpath} --batch-mode --run-script={script} "
               f"--display-mode=xml --log-level=info")
    done = server.exec("script", "-qc", command, "/dev/null", timeout=120)
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    return output


def test_yangcli_connects_with_an_ecdsa_key_reads_edits_and_commits(host):
    server, key = host
    output = run_yangcli(server, key, [
        "sget-config source=running /dhcpv4-server/allocation-ranges",
        "merge /dhcpv4-server/allocation-ranges/allocation-range -- id=from-yangcli "
        "network-prefix=198.18.40.0/24 description=added-by-yangcli",
        "commit",
        "sget-config source=running /dhcpv4-server/allocation-ranges/allocation-range",
    ])
    replies = re.findall(r"RPC (Data|OK) Reply (\d+) for session", output)
    assert [kind for kind, _ in replies] == ["Data", "OK", "OK", "Data"], output
    assert "rpc-error" not in output, output
    # The first read shows the example range only; the last one shows the range yangcli merged.
    first, last = output.split("RPC Data Reply")[1], output.split("RPC Data Reply")[-1]
    assert "from-yangcli" not in first and "<id>lan</id>" in first, output
    assert "<id>from-yangcli</id>" in last and "<network-prefix>198.18.40.0/24</network-prefix>" in last, output
    assert "<description>added-by-yangcli</description>" in last, output
    log = server.log()
    assert "session 1 started for user operator" in log or "for user operator" in log, log
    assert "NETCONF_CONFIG_COMMITTED" in log, log
