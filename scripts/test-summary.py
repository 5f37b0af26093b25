"""Reads the log of `make test` and prints one closing line with the totals of every suite
(cargo test, pytest, PHPUnit, the fault suite): `N passed, N failed`."""

import re
import sys

passed = failed = 0
for line in open(sys.argv[1], errors="replace"):
    m = re.search(r"test result: \w+\. (\d+) passed; (\d+) failed", line)
    if m:
        passed += int(m.group(1))
        failed += int(m.group(2))
        continue
    m = re.match(r"^=*\s*(\d+) passed(?:, (\d+) failed)?(?:, \d+ \w+)* in [\d.]+s", line.strip())
    if m:
        passed += int(m.group(1))
        failed += int(m.group(2) or 0)
        continue
    m = re.match(r"^(?:=+ )?(\d+) failed(?:, (\d+) passed)?", line.strip())
    if m and " in " in line:
        failed += int(m.group(1))
        passed += int(m.group(2) or 0)
        continue
    m = re.match(r"^OK \((\d+) tests?, \d+ assertions?\)", line.strip())
    if m:
        passed += int(m.group(1))
        continue
    m = re.match(r"^Tests: (\d+), Assertions: \d+(?:, Errors: (\d+))?(?:, Failures: (\d+))?", line.strip())
    if m:
        bad = int(m.group(2) or 0) + int(m.group(3) or 0)
        passed += int(m.group(1)) - bad
        failed += bad
        continue
    m = re.search(r"^\s+(\w+)\s+(\d+) cases,\s+(\d+) as expected, (\d+) failing", line)
    if m:
        passed += int(m.group(3))
        failed += int(m.group(4))
print(f"{passed} passed, {failed} failed")
