"""The watchdog: a child process that never ends is killed and fails its test instead of hanging."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from tests import _watchdog


def test_a_hung_child_is_killed_at_the_deadline(monkeypatch):
    monkeypatch.setattr(_watchdog, "CHILD_TIMEOUT", 0.5)
    start = time.monotonic()
    with pytest.raises(subprocess.TimeoutExpired):
        subprocess.run([sys.executable, "-c", "import time; time.sleep(60)"])
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    with pytest.raises(subprocess.TimeoutExpired):
        child.wait()
    assert child.returncode is not None  # killed and reaped, not left running
    assert time.monotonic() - start < 30


def test_a_timeout_given_by_the_test_is_kept(monkeypatch):
    monkeypatch.setattr(_watchdog, "CHILD_TIMEOUT", 0.1)
    done = subprocess.run([sys.executable, "-c", "import time; time.sleep(0.5)"], timeout=30)
    assert done.returncode == 0
