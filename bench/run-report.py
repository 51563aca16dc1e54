#!/usr/bin/env python3
"""Writes the load benchmark's section of bench/results.md from what bench/run left in
target/bench/load: Gatling's HTML report (its statistics table), the startup times, the row
counts, the machine and the 50 MB upload. The rest of results.md (the JMH section) is kept."""

import argparse
import html
import pathlib
import re

# Issue 8, point 3: p95 with 16 concurrent users on the national data set, in ms.
BUDGETS = {
    "dashboard": 150,
    "area": 100,
    "answer": 50,
    "tasks": 100,
    "overview-kanwil": 300,
    "overview-national": 500,
}
TITLES = {
    "login": "log in (form POST; BCrypt)",
    "dashboard": "unit dashboard",
    "area": "self-assessment area page",
    "answer": "save one answer (with rescoring)",
    "tasks": "task board of a pokja",
    "overview-kanwil": "supervisor overview, Kanwil",
    "overview-national": "supervisor overview, national",
    "pdf": "readiness report PDF",
    "upload": "evidence upload, 5 MB",
}
UNIT_LEVEL = ["dashboard", "area", "answer", "tasks", "pdf"]
STARTUP_BUDGET = 20.0
RATIO_BUDGET = 1.5
JMH_HEADING = "## Scoring engine (JMH)"

ROW = re.compile(r'class="ellipsed-name">([^<]*)</span>(.*?)</tr>', re.S)
CELL = re.compile(r'<td class="value [a-z]+ col-(\d+)">([^<]*)</td>')


def stats(report_dir):
    """name -> {count, ok, ko, p50, p95, p99} from the report's statistics table."""
    text = (pathlib.Path(report_dir) / "index.html").read_text(encoding="utf-8")
    rows = {}
    for name, cells in ROW.findall(text):
        values = {int(col): value.replace(",", "") for col, value in CELL.findall(cells)}
        if 10 not in values:
            continue
        rows[html.unescape(name)] = {
            "count": int(values[2]),
            "ok": int(values[3]),
            "ko": int(values[4]),
            "p50": int(values[8]),
            "p95": int(values[10]),
            "p99": int(values[11]),
        }
    return rows


def read(path, default=None):
    p = pathlib.Path(path)
    return p.read_text(encoding="utf-8").strip() if p.exists() else default


def label(users):
    return f"{users} user" if users == 1 else f"{users} users"


# The measured phases of every scenario, as the simulation names them: (name, users shown,
# whether the 16-user budget applies).
PHASES = [
    ("1 user", "1", False),
    ("16 users", "16, no think time", True),
    ("16 users thinking", "16, 1-3 s think time", True),
]


def scenario_table(rows, duration, national):
    lines = [
        "| Scenario | Users | Budget (p95) | p50 ms | p95 ms | p99 ms | Throughput req/s | Requests (KO) | Result |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for key, title in TITLES.items():
        for phase, users, budgeted in PHASES:
            row = rows.get(f"{key} | {phase}")
            if row is None:
                continue
            budget = BUDGETS.get(key)
            shown = f"<= {budget} ms" if budget and budgeted else ""
            if row["ko"]:
                result = "FAIL (errors)"
            elif budget and budgeted:
                result = "pass" if row["p95"] <= budget else "FAIL"
                if not national:
                    result += " (demo data)"
            else:
                result = ""
            throughput = row["count"] / duration
            lines.append(
                f"| {title} | {users} | {shown} | {row['p50']} | {row['p95']} | {row['p99']} "
                f"| {throughput:.1f} | {row['count']} ({row['ko']}) | {result} |"
            )
    return "\n".join(lines)


def counts(name, out):
    text = read(out / f"{name}.counts")
    if not text or "|" not in text:
        return {}
    return {t: int(c) for t, c in (line.split("|") for line in text.splitlines() if "|" in line)}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--mode", required=True)
    parser.add_argument("--warmup", type=int, required=True)
    parser.add_argument("--duration", type=int, required=True)
    parser.add_argument("--results", required=True)
    args = parser.parse_args()
    out = pathlib.Path(args.out)

    machine = read(out / "machine.txt", "(unknown)")
    commit = re.search(r"commit: (\S+)", machine)
    when = re.search(r"date: (.+)", machine)
    s = []
    s.append("## Load benchmark (Gatling)\n")
    s.append(
        f"Measured {when.group(1) if when else '?'} at commit {commit.group(1) if commit else '?'} "
        f"with `bench/run{'' if args.mode == 'all' else ' ' + args.mode}`: the app jar on loopback, "
        f"the embedded PostgreSQL on the same machine, Gatling on the same machine too. Every "
        f"phase: log in, {args.warmup} s warm-up, {args.duration} s measured, closed model: "
        f"1 user, then 16 users without think time (each sends its next request the moment the "
        f"last is answered: 16 requests in flight all the time, a stress test), then 16 users who "
        f"each pause 1 to 3 s after every answer (16 people working at once, clicking on every "
        f"2 s on average). Throughput = measured requests / {args.duration} s. "
        f"Percentiles include failed requests. The HTML reports are under `target/gatling/`.\n"
    )
    if args.mode == "demo":
        s.append(
            "**Demo data only (smoke run)**: the budgets of issue 8 are for the national data set; "
            "the pass/fail marks below only show how far the demo numbers are from them.\n"
        )
    busy = re.search(r"load average at the start \(1, 5, 15 min\): ([0-9.]+)", machine)
    cores = re.search(r"nproc: (\d+)", machine)
    if busy and cores and float(busy.group(1)) > int(cores.group(1)):
        s.append(
            f"**The machine was busy** (load average {busy.group(1)} on {cores.group(1)} cores when the "
            "run started, other builds running): these numbers say that the benchmark works, not how "
            "fast the app is. Re-run on an otherwise idle machine before judging the budgets.\n"
        )
    s.append("### Machine\n")
    s.append("```\n" + machine + "\n```\n")

    national = counts("national", out)
    demo = counts("demo", out)
    if national or demo:
        s.append("### Data set (rows per table)\n")
        tables = sorted(set(national) | set(demo))
        header = "| Table |" + (" National |" if national else "") + (" Demo |" if demo else "")
        s.append(header)
        s.append("|---|" + ("---|" if national else "") + ("---|" if demo else ""))
        for t in tables:
            if national.get(t, 0) == 0 and demo.get(t, 0) == 0:
                continue
            line = f"| {t} |"
            if national:
                line += f" {national.get(t, 0):,} |"
            if demo:
                line += f" {demo.get(t, 0):,} |"
            s.append(line)
        s.append("")

    results = {}
    for name in ("national", "demo"):
        report = read(out / f"{name}.report")
        if report:
            results[name] = stats(report)
            s.append(f"### Scenarios, {name} data set\n")
            s.append(f"Report: `{report}/index.html`\n")
            s.append(scenario_table(results[name], args.duration, name == "national"))
            s.append("")

    same = read(out / "national-demo.report")
    if same and "demo" in results:
        rows = stats(same)
        s.append("### p50, national / demo: the same page (budget <= 1.5)\n")
        s.append(
            "The demo's programme 1 (user `kepala`), measured with 1 user in the national database "
            f"(report `{same}/index.html`) and in the demo database: one page, two database sizes, "
            "so the ratio shows whether a page's cost follows the page or the database.\n"
        )
        s.append("| Scenario | p50 national database ms | p50 demo database ms | Ratio | Result |")
        s.append("|---|---|---|---|---|")
        for key in UNIT_LEVEL:
            n = rows.get(f"{key} | {label(1)}")
            d = results["demo"].get(f"{key} | {label(1)}")
            if not n or not d:
                continue
            ratio = n["p50"] / max(d["p50"], 1)
            result = "pass" if ratio <= RATIO_BUDGET else "FAIL"
            s.append(f"| {TITLES[key]} | {n['p50']} | {d['p50']} | {ratio:.2f} | {result} |")
        s.append("")

    if "national" in results and "demo" in results:
        s.append("### p50, national programme / demo programme (for information)\n")
        s.append(
            "Different programmes: the national one is fully answered with 100 evidence records and 20 "
            "tasks, the demo one is not, so its pages have more to show.\n"
        )
        s.append("| Scenario | Users | p50 national ms | p50 demo ms | Ratio | Result |")
        s.append("|---|---|---|---|---|---|")
        for key in UNIT_LEVEL:
            for users in (1, 16):
                n = results["national"].get(f"{key} | {label(users)}")
                d = results["demo"].get(f"{key} | {label(users)}")
                if not n or not d:
                    continue
                ratio = n["p50"] / max(d["p50"], 1)
                s.append(f"| {TITLES[key]} | {users} | {n['p50']} | {d['p50']} | {ratio:.2f} | |")
        s.append("")

    s.append("### Startup and the 50 MB upload\n")
    s.append("| Check | Budget | Measured | Result |")
    s.append("|---|---|---|---|")
    for name, shown in (("national", "national data set"), ("demo", "demo data set, fresh directory")):
        startup = read(out / f"{name}.startup")
        if startup:
            secs = float(startup)
            result = "pass" if secs <= STARTUP_BUDGET else "FAIL"
            s.append(
                f"| health UP, {shown} (embedded DB; extracted jar with its CDS archive) | <= 20 s "
                f"| {secs:.1f} s | {result} |"
            )
    plain = read(out / "national-plain.startup")
    if plain:
        s.append(
            f"| health UP, national data set, `java -jar target/ruang-zi.jar` as packaged (for comparison) "
            f"| | {float(plain):.1f} s | |"
        )
    upload = read(out / "upload.result")
    if upload:
        size, code, seconds, alive = upload.split()
        ok = code == "201" and alive == "yes"
        s.append(
            f"| upload of {int(size) / 1048576:.1f} MB, app at -Xmx256m | HTTP 201, app alive "
            f"| HTTP {code} in {float(seconds):.1f} s, app alive: {alive} | {'pass' if ok else 'FAIL'} |"
        )
    s.append("")
    s.append("### Reproduce\n")
    s.append(
        "```sh\nbench/run            # national (generate it first, see bench/README.md), demo, 50 MB upload\n"
        "bench/run demo       # demo data only: a smoke run\n"
        "BENCH_WARMUP=3 BENCH_DURATION=10 bench/run demo   # shorter phases\n```\n"
    )
    load = "\n".join(s)

    results_file = pathlib.Path(args.results)
    existing = results_file.read_text(encoding="utf-8") if results_file.exists() else ""
    jmh = existing[existing.index(JMH_HEADING):] if JMH_HEADING in existing else ""
    results_file.write_text("# Benchmark results\n\n" + load + "\n" + jmh, encoding="utf-8")


if __name__ == "__main__":
    main()
