"""pytest fixtures for the system tests; the test hosts themselves are in harness.py.

Run as root: ``/usr/bin/python3 -m pytest tests/system``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterator

import pytest

from harness import Takahe, Topology


@pytest.fixture
def topology(tmp_path: Path) -> Iterator[Topology]:
    if os.geteuid() != 0:
        pytest.fail("system tests need root for network namespaces")
    topo = Topology(tmp_path)
    try:
        topo.create()
        yield topo
    finally:
        topo.destroy()


@pytest.fixture
def takahe(topology: Topology, tmp_path: Path) -> Iterator[Takahe]:
    launcher = Takahe(topology, tmp_path)
    try:
        yield launcher
    finally:
        launcher.cleanup()
