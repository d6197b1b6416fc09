"""Puts a report between its markers in docs/benchmarks.md, or appends it under a heading.

    python3 bench/write_block.py "bench/run.sh" report.md "## Latest run of bench/run.sh"
"""
import re
import sys

name, report_path, heading = sys.argv[1:4]
report = open(report_path).read()
path = "docs/benchmarks.md"
text = open(path).read()
start, end = f"<!-- {name}: start -->", f"<!-- {name}: end -->"
block = start + "\n" + report + end
if start in text:
    text = re.sub(re.escape(start) + ".*?" + re.escape(end), lambda m: block, text, flags=re.S)
else:
    text = text.rstrip("\n") + f"\n\n{heading}\n\n" + block + "\n"
open(path, "w").write(text)
