#!/usr/bin/env python3
"""Prints the visible text of a page around a string (for labelling by hand): ctx.py DATA_DIR ID STRING [BEFORE] [AFTER]"""
import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from compile import visible  # noqa: E402
data, pid, s = sys.argv[1:4]
before, after = (int(sys.argv[4]) if len(sys.argv) > 4 else 200), (int(sys.argv[5]) if len(sys.argv) > 5 else 300)
t = visible(data, pid)
i = t.find(s)
print(f"{pid} @{i}/{len(t)}: …{t[max(0, i - before): i + after]}…" if i >= 0 else f"{pid}: not found")
