"""The import-time warning when the documented SDK's distribution is installed too."""

import subprocess
import sys
from pathlib import Path

CODE = "import warnings; warnings.simplefilter('default'); import exsited, exsited.exsited.exsited_sdk"


def _run(extra: Path) -> str:
    env = {"PYTHONPATH": str(extra), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", CODE], cwd="/", env=env, capture_output=True, text=True, check=True)
    return done.stderr


def test_warns_once_naming_both(tmp_path: Path) -> None:
    info = tmp_path / "exsited-1.0.40.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: exsited\nVersion: 1.0.40\n")
    err = _run(tmp_path)
    assert err.count("RuntimeWarning") == 1, err
    assert "exsited-rs" in err and "'exsited' 1.0.40" in err and "pip uninstall exsited" in err


def test_silent_without_it(tmp_path: Path) -> None:
    assert "RuntimeWarning" not in _run(tmp_path)
