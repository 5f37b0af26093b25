"""Writes every file derived from the API description in api/.

    python3 codegen/generate.py          # rewrite the generated files (`make generate`)
    python3 codegen/generate.py --check  # fail when one is stale (`make check-generated`)
"""

import subprocess
import sys
from pathlib import Path
from typing import Dict

sys.path.insert(0, str(Path(__file__).resolve().parent))

import php_methods  # noqa: E402
import python_dtos  # noqa: E402
import python_package  # noqa: E402
import python_raw  # noqa: E402
import python_resources  # noqa: E402
import rust_core  # noqa: E402
import sandbox_routes  # noqa: E402
import test_table  # noqa: E402
from api import ROOT, DescriptionError, load  # noqa: E402


def outputs() -> Dict[Path, str]:
    api = load()
    files: Dict[Path, str] = {ROOT / "core/src/ops/table.rs": rust_core.render(api)}
    files.update(python_dtos.render_all(api))
    files.update(python_resources.render_all(api))
    files.update(python_raw.render_all(api))
    files.update(python_package.render_all(api))
    files.update(php_methods.render_all(api))
    files.update(sandbox_routes.render_all(api))
    files.update(test_table.render_all(api))
    return files


def rustfmt(text: str) -> str:
    """Generated Rust is laid out by rustfmt, so that `cargo fmt` leaves it alone."""
    config = str(ROOT / "rustfmt.toml")
    run = subprocess.run(
        ["rustfmt", "--edition", "2021", "--config-path", config, "--emit", "stdout"],
        input=text, capture_output=True, text=True, check=True,
    )
    return run.stdout


def main(argv: list) -> int:
    check = "--check" in argv
    try:
        files = outputs()
    except DescriptionError as e:
        print(f"api/ description error: {e}", file=sys.stderr)
        return 2
    stale = []
    for path, text in sorted(files.items()):
        if path.suffix == ".rs":
            text = rustfmt(text)
        current = path.read_text() if path.exists() else None
        if current == text:
            continue
        if check:
            stale.append(str(path.relative_to(ROOT)))
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        print(f"wrote {path.relative_to(ROOT)}")
    if stale:
        print("generated files are stale (api/ changed, or they were edited); run `make generate`:", file=sys.stderr)
        print("  " + "\n  ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
