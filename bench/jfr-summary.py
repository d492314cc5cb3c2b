#!/usr/bin/env python3
"""Summarises a JFR recording's CPU samples (jdk.ExecutionSample) of the bench's driver thread ("main"):
where the time goes by package of the top frame (self), and which of the product's packages and methods are on the
stack (inclusive: a sample counts once for each package/method found anywhere in its stack).

    python3 bench/jfr-summary.py recording.jfr [thread-name]
"""
import collections
import re
import subprocess
import sys

recording = sys.argv[1]
thread = sys.argv[2] if len(sys.argv) > 2 else "main"
text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "512", recording],
                      check=True, capture_output=True, text=True).stdout

FRAME = re.compile(r"^\s+([\w$.<>]+)\.([\w$<>]+)\(.*\)\s+line:")
samples = []
for event in text.split("jdk.ExecutionSample")[1:]:
    if f'sampledThread = "{thread}"' not in event:
        continue
    frames = [m.groups() for m in (FRAME.match(line) for line in event.splitlines()) if m]
    if frames:
        samples.append(frames)


def package(cls, depth):
    parts = cls.split(".")[:-1]
    return ".".join(parts[:depth]) or "(default)"


def product_package(cls):
    m = re.match(r"dk\.kk\.almenstyring\.(\w+)", cls)
    return m.group(1) if m and m.group(1) != "bench" else None


def top(counter, n, title):
    total = len(samples)
    print(f"\n{title}")
    for key, count in counter.most_common(n):
        print(f"  {100.0 * count / total:5.1f} %  {key}")


print(f"{len(samples)} CPU samples of thread '{thread}' in {recording}")
self_by_package = collections.Counter(package(s[0][0], 3) for s in samples)
top(self_by_package, 15, "self time by package of the top frame (3 levels)")

inclusive_product = collections.Counter()
inclusive_method = collections.Counter()
for s in samples:
    seen_packages, seen_methods = set(), set()
    for cls, method in s:
        p = product_package(cls)
        if p:
            seen_packages.add(p)
            seen_methods.add(f"{cls.removeprefix('dk.kk.almenstyring.')}.{method}")
    inclusive_product.update(seen_packages)
    inclusive_method.update(seen_methods)
top(inclusive_product, 15, "product packages on the stack (inclusive)")
top(inclusive_method, 25, "product methods on the stack (inclusive)")

# What the driver asked for (the bench's frame nearest the bottom that calls out of the bench) and, above it, the
# product frame nearest the top (not the engine guard, which wraps every command): who pays for the sample.
entry = collections.Counter()
nearest = collections.Counter()
for s in samples:
    bench_frames = [f"{c.removeprefix('dk.kk.almenstyring.bench.')}.{m}" for c, m in s if c.startswith("dk.kk.almenstyring.bench.")]
    entry[bench_frames[0] if bench_frames else "(outside the bench)"] += 1
    owner = next((f"{c.removeprefix('dk.kk.almenstyring.')}.{m}" for c, m in s
                  if product_package(c) and not c.endswith("EngineGuard")), "(engine only: no product frame above the guard)")
    nearest[owner] += 1
top(entry, 12, "what the driver was doing (bench frame nearest the top)")
top(nearest, 25, "product frame nearest the top (the product code paying for the sample)")

# Where the rest goes: the first frame above the engine's command execution that is not the engine itself
marker = collections.Counter()
for s in samples:
    names = [c + "." + m for c, m in s]
    if any(n.startswith("org.camunda.bpm.engine.impl.persistence") or "DbSqlSession" in n or "org.h2." in n for n in names):
        marker["database (H2, MyBatis, Camunda persistence) on the stack"] += 1
    if any(n.startswith("org.camunda.bpm.engine.impl.history") for n in names):
        marker["history event producers on the stack"] += 1
    if any(".mail." in n or "jakarta.mail" in n for n in names):
        marker["mail (product or Jakarta Mail) on the stack"] += 1
    if any("org.h2." in n for n in names):
        marker["H2 itself on the stack"] += 1
    if any("org.springframework.boot.logging" in n or "ch.qos.logback" in n for n in names):
        marker["logging on the stack"] += 1
    if any(n.endswith("Connection.commit") or n.endswith("doCommit") for n in names):
        marker["commit of a transaction (H2 writes its log)"] += 1
    if any("AuthorizationManager" in n for n in names):
        marker["the engine's authorization checks"] += 1
    if any("org.camunda.spin" in n or "org.camunda.bpm.engine.impl.variable.serializer" in n for n in names):
        marker["variable serialization (Spin JSON, serializers)"] += 1
    if any(n.endswith("DbEntityManager.validateId") for n in names):
        marker["DbEntityManager.validateId (formats every inserted entity as text)"] += 1
    if any("HistoryCleanup" in n for n in names):
        marker["the history cleanup job"] += 1
    if any(n.startswith("org.camunda.bpm.engine.impl.AbstractQuery") or ".TaskQueryImpl." in n or ".JobQueryImpl." in n
           for n in names):
        marker["queries through the engine's query API (the driver's, the product's)"] += 1
top(marker, 15, "cross-cutting (inclusive)")
