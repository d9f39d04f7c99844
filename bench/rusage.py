#!/usr/bin/env python3
"""bench/rusage.py CMD...: run CMD (stdout to CMD's own stdout) and print
"user sys wall maxrss_kib" to stderr, from wait4's rusage: microsecond
CPU times where /usr/bin/time rounds to 10 ms."""
import os, sys, time

t0 = time.monotonic()
pid = os.fork()
if pid == 0:
    try:
        os.execvp(sys.argv[1], sys.argv[1:])
    finally:
        os._exit(127)
_, status, ru = os.wait4(pid, 0)
wall = time.monotonic() - t0
print(f"{ru.ru_utime:.4f} {ru.ru_stime:.4f} {wall:.4f} {ru.ru_maxrss}", file=sys.stderr)
sys.exit(os.waitstatus_to_exitcode(status))
