"""The floors rolegen is measured against: the least work that produces the same result.

    python benchmarks/floors.py parse ROLES_DIR
        parse every YAML file of a roles folder with yaml.CSafeLoader, nothing else
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml


def parse(roles: Path) -> list:
    """Every YAML file of ``roles`` (and its vocabulary) parsed with the C loader."""
    files = sorted(roles.glob("*.yml")) + sorted((roles / "vocabulary").glob("*.yml"))
    return [yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader) for path in files]


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "parse":
        parse(Path(argv[1]))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
