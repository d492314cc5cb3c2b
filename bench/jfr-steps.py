#!/usr/bin/env python3
"""Where the CPU of one kind of bench step goes: the recording's CPU samples of the driver thread that fell inside
the bench's almenstyring.BenchStep events of that kind (StepCosts), by method on the stack (inclusive) and by top
frame (self). Without a kind, the kinds with the most samples.

    python3 bench/jfr-steps.py recording.jfr ["task meeting-cycle:Task_ProposeAgendaItem"] [rows]
"""
import bisect
import signal
import collections
import json
import subprocess
import sys
from datetime import datetime


def instant(text):
    # "2026-11-30T11:49:31.321535470Z" (or an offset): nanoseconds since the epoch
    date, _, rest = text.partition(".")
    digits = "".join(c for c in rest if c.isdigit())[:9].ljust(9, "0")
    seconds = datetime.fromisoformat(date + "+00:00").timestamp() if rest.endswith("Z") else \
        datetime.fromisoformat(date + rest[len("".join(c for c in rest if c.isdigit())):]).timestamp()
    return int(seconds) * 1_000_000_000 + int(digits)


def duration(text):
    # ISO-8601 duration "PT0.012345S"
    return int(round(float(text.strip("PTS")) * 1e9)) if text.startswith("PT") and text.endswith("S") else 0


def events(recording, name):
    out = subprocess.run(["jfr", "print", "--json", "--events", name, "--stack-depth", "512", recording],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)["recording"]["events"]


signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # piped into head: stop quietly
recording = sys.argv[1]
wanted = sys.argv[2] if len(sys.argv) > 2 else None
rows = int(sys.argv[3]) if len(sys.argv) > 3 else 40
steps = sorted((instant(e["values"]["startTime"]), instant(e["values"]["startTime"]) + duration(e["values"]["duration"]),
                e["values"]["kind"]) for e in events(recording, "almenstyring.BenchStep"))
starts = [s[0] for s in steps]
by_kind = collections.defaultdict(list)
for e in events(recording, "jdk.ExecutionSample"):
    v = e["values"]
    if v["sampledThread"]["javaName"] != "main":
        continue
    t = instant(v["startTime"])
    i = bisect.bisect_right(starts, t) - 1
    if i >= 0 and steps[i][0] <= t <= steps[i][1]:
        frames = [f["method"]["type"]["name"] + "." + f["method"]["name"] for f in v["stackTrace"]["frames"]]
        by_kind[steps[i][2]].append(frames)
if wanted is None:
    total = sum(len(s) for s in by_kind.values())
    print(f"{total} samples inside steps")
    for kind, samples in sorted(by_kind.items(), key=lambda k: -len(k[1]))[:rows]:
        print(f"{100 * len(samples) / total:5.1f} %  {len(samples):5d}  {kind}")
    sys.exit(0)
samples = by_kind[wanted]
print(f"{len(samples)} samples inside '{wanted}'")
inclusive = collections.Counter()
for frames in samples:
    for f in set(frames):
        inclusive[f] += 1
print("\non the stack (inclusive), the product's, Camunda's, H2's and the libraries' methods:")
for f, n in inclusive.most_common():
    if rows <= 0:
        break
    if f.startswith(("java.", "jdk.", "sun.", "dk.kk.almenstyring.bench", "org.springframework.aop", "org.camunda.bpm.engine.impl.interceptor")):
        continue
    print(f"{100 * n / len(samples):5.1f} %  {f}")
    rows -= 1
print("\ntop frames (self):")
for f, n in collections.Counter(s[0] for s in samples).most_common(15):
    print(f"{100 * n / len(samples):5.1f} %  {f}")
