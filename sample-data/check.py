#!/usr/bin/env python3
"""Independent check of Meterbook's sample data (standard library only).

It reads only the CSV files of this folder (not generate.py) and:
  1. checks the structure: exact headers, UTF-8, \\n line ends, unique ids
     (apart from the deliberate duplicates), customer numbers unique after
     normalisation, every rate version has a slot 0 / tier 0 row per band,
     bands cover every minute of the week;
  2. rates everything with a small reference implementation of RATING.md
     (ledger defaults: zone Asia/Kuala_Lumpur = UTC+08:00 all year, 2 decimals,
     HALF_UP, threshold 1.00, tax 0, max-duration 14400), compares the
     exceptions it finds with expected-bad-lines.csv, and prints the expected
     import summaries, the edge-case charges and per-customer balances.

The reference figures are informative: the contract (RATING.md) rules.
Usage:  python3 sample-data/check.py [--quiet]
"""
import csv
import datetime as dt
import os
import re
import sys
from collections import defaultdict
from fractions import Fraction as F

HERE = os.path.dirname(os.path.abspath(__file__))
ZONE_OFFSET = dt.timedelta(hours=8)          # Asia/Kuala_Lumpur, no DST
MAX_DURATION = 14400
DEFAULT_THRESHOLD = F(1)
QUIET = "--quiet" in sys.argv
problems = []


def fail(msg):
    problems.append(msg)
    print("PROBLEM:", msg)


HEADERS = {
    "customers.csv": "account,name,plan,numbers,threshold,entity",
    "rates.csv": "plan,account,prefix,destination,band,effective_from,connect_fee,rate,per,increment,slot_from,tier_from,min_charge",
    "bands.csv": "band,days,start,end",
    "holidays.csv": "date,name,band",
    "recurring.csv": "account,description,amount,from,to",
    "cdrs-2026-01.csv": "call_id,account,caller,callee,start,duration",
    "cdrs-2026-02.csv": "call_id,account,caller,callee,start,duration",
    "events-2026.csv": "event_id,account,service,quantity,timestamp",
    "readings-2026.csv": "reading_id,meter,service,reading,timestamp",
}


def read(name):
    """[(line number of the record's first line, fields)] after the header."""
    raw = open(os.path.join(HERE, name), "rb").read()
    text = raw.decode("utf-8")                       # raises if not UTF-8
    if "\r" in text:
        fail(f"{name}: contains \\r")
    if not text.endswith("\n"):
        fail(f"{name}: last line not terminated")
    if text.startswith("\ufeff"):
        fail(f"{name}: has a BOM")
    lines = text.split("\n")
    if lines[0] != HEADERS[name]:
        fail(f"{name}: header {lines[0]!r}")
    out = []
    rdr = csv.reader(text.splitlines(keepends=True)[1:])
    start = 2
    for fields in rdr:
        out.append((start, fields))
        start = rdr.line_num + 2
    return out


def norm(s):
    for ch in " -()":
        s = s.replace(ch, "")
    if s.startswith("+"):
        return s[1:]
    if s.startswith("00"):
        return s[2:]
    if s.startswith("0"):
        return "60" + s[1:]
    return s


TS = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:\d{2})?$")


def parse_ts(s):
    """-> local naive datetime in the ledger zone, or None."""
    m = TS.match(s)
    if not m:
        return None
    y, mo, d, h, mi, sec, frac, off = m.groups()
    try:
        t = dt.datetime(int(y), int(mo), int(d), int(h), int(mi), int(sec or 0),
                        int((frac or "0")[:6].ljust(6, "0")))
    except ValueError:
        return None
    if off:
        if off == "Z":
            delta = dt.timedelta(0)
        else:
            sign = 1 if off[0] == "+" else -1
            delta = sign * dt.timedelta(hours=int(off[1:3]), minutes=int(off[4:6]))
        t = t - delta + ZONE_OFFSET
    return t


def num(s):
    try:
        if not re.fullmatch(r"-?\d+(\.\d+)?", s):
            return None
        return F(s)
    except ValueError:
        return None


def round_half_up(x, places=2):
    q = x * 10 ** places
    n = q.numerator // q.denominator
    if q - n >= F(1, 2):
        n += 1
    return F(n, 10 ** places)


def money(x):
    return f"{float(x):.2f}" if x is not None else ""


# ---------------------------------------------------------------------------
# Reference data
# ---------------------------------------------------------------------------
customers = {}
by_number = {}
for ln, f in read("customers.csv"):
    if len(f) != 6:
        fail(f"customers.csv:{ln}: {len(f)} fields")
        continue
    acc, name, plan, numbers, thr, ent = f
    if acc in customers:
        fail(f"customers.csv:{ln}: account {acc} twice")
    customers[acc] = dict(name=name, plan=plan, threshold=F(thr) if thr else DEFAULT_THRESHOLD,
                          entity=ent or "MAIN")
    for n in numbers.split(";"):
        k = norm(n.strip())
        if k in by_number:
            fail(f"customers.csv:{ln}: number {n} ({k}) also held by {by_number[k]}")
        by_number[k] = acc

DAYS = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]


def day_set(s):
    out = set()
    for part in s.split(";"):
        if "-" in part:
            a, b = DAYS.index(part.split("-")[0]), DAYS.index(part.split("-")[1])
            out.update(range(a, b + 1))
        else:
            out.add(DAYS.index(part))
    return out


bands = []
for ln, (band, days, start, end) in read("bands.csv"):
    st = dt.time.fromisoformat(start)
    en = dt.time.fromisoformat(end)
    bands.append((band, day_set(days), st, en))


def band_of_window(t):
    wd, tod = t.weekday(), t.time()
    for band, ds, st, en in bands:
        if st == en:
            if wd in ds:
                return band
        elif st < en:
            if wd in ds and st <= tod < en:
                return band
        else:
            if (wd in ds and tod >= st) or ((wd - 1) % 7 in ds and tod < en):
                return band
    return None


holidays = {}
for ln, (d, name, band) in read("holidays.csv"):
    holidays[dt.date.fromisoformat(d)] = band
    if dt.date.fromisoformat(d).year != 2026:
        fail(f"holidays.csv:{ln}: not 2026")


def band_of(t):
    return holidays.get(t.date()) or band_of_window(t)


# bands cover every minute of a week; non-peak weekday minutes are OFFPEAK
t = dt.datetime(2026, 1, 5)          # a Monday
for i in range(7 * 24 * 60):
    x = t + dt.timedelta(minutes=i)
    b = band_of_window(x)
    want = "PEAK" if x.weekday() < 5 and 8 <= x.hour < 18 else "OFFPEAK"
    if b != want:
        fail(f"bands: {x:%a %H:%M} is {b}, expected {want}")
        break

rates = defaultdict(lambda: defaultdict(list))   # (set, prefix) -> eff -> rows
for ln, f in read("rates.csv"):
    plan, acc, prefix, dest, band, eff, fee, rate, per, inc, slot, tier, minc = f
    row = dict(line=ln, band=band, fee=num(fee or "0"), rate=num(rate), per=num(per),
               inc=num(inc), slot=num(slot or "0"), tier=num(tier or "0"),
               min=num(minc or "0"), dest=dest)
    if None in (row["fee"], row["rate"], row["per"], row["inc"], row["slot"], row["tier"], row["min"]):
        fail(f"rates.csv:{ln}: bad number")
        continue
    if row["per"] <= 0 or row["inc"] <= 0 or row["rate"] < 0 or row["fee"] < 0 or row["min"] < 0:
        fail(f"rates.csv:{ln}: per/increment not > 0 or negative price")
    dt.date.fromisoformat(eff)
    if band != "*" and band not in {b[0] for b in bands}:
        fail(f"rates.csv:{ln}: unknown band {band}")
    if acc and acc not in customers:
        fail(f"rates.csv:{ln}: override for unknown customer {acc}")
    key = ("acct", acc) if acc else ("plan", plan)
    rates[(key, prefix)][dt.date.fromisoformat(eff)].append(row)
for (key, prefix), versions in rates.items():
    for eff, rows in versions.items():
        for band in {r["band"] for r in rows}:
            if not any(r["band"] == band and r["slot"] == 0 and r["tier"] == 0 for r in rows):
                fail(f"rates: version {key} {prefix} {eff} band {band} has no slot 0 tier 0 row")
        seen = set()
        for r in rows:
            k = (r["band"], r["slot"], r["tier"])
            if k in seen:
                fail(f"rates.csv:{r['line']}: repeats band/slot/tier of its version")
            seen.add(k)
for acc, c in customers.items():
    if not any(k == ("plan", c["plan"]) for k, _ in rates):
        fail(f"plan {c['plan']} of {acc} has no rates")

recurring = defaultdict(list)
for ln, (acc, desc, amount, fr, to) in read("recurring.csv"):
    if acc not in customers:
        fail(f"recurring.csv:{ln}: unknown account")
    recurring[acc].append((F(amount), fr, to or "9999-12"))

# ---------------------------------------------------------------------------
# Usage records
# ---------------------------------------------------------------------------
records = {}          # id -> record dict (stored records, rated or zero)
exceptions = []       # (file, line, id, reason, detail)
summary = {}
id_content = {}


def lookup(cust, key, t):
    """-> (prefix, rows) or None."""
    c = customers[cust]
    for set_key in (("acct", cust), ("plan", c["plan"])):
        cands = [p for (k, p) in rates if k == set_key and (key.startswith(p) if p.isdigit() else key == p)]
        for p in sorted(cands, key=len, reverse=True):
            vs = [e for e in rates[(set_key, p)] if e <= t.date()]
            if not vs:
                continue
            rows = rates[(set_key, p)][max(vs)]
            b = band_of(t)
            chosen = [r for r in rows if r["band"] == b] or [r for r in rows if r["band"] == "*"]
            if chosen:
                return p, chosen, set_key
    return None


def add_record(fname, ln, rid, content, rec):
    if rid in id_content:
        if id_content[rid] == content:
            summary[fname]["duplicates"] += 1
            return
        exceptions.append((fname, ln, rid, "DUPLICATE_CONFLICT", ""))
        summary[fname]["exceptions"] += 1
        return
    id_content[rid] = content
    rec.update(file=fname, line=ln, id=rid)
    records[rid] = rec


def invalid(fname, ln, rid, detail):
    exceptions.append((fname, ln, rid, "INVALID_RECORD", detail))
    summary[fname]["exceptions"] += 1


for fname in ("cdrs-2026-01.csv", "cdrs-2026-02.csv"):
    summary[fname] = defaultdict(int)
    for ln, f in read(fname):
        if len(f) != 6:
            invalid(fname, ln, f[0] if f else "", f"{len(f)} fields")
            continue
        cid, acc, caller, callee, start, dur = f
        t = parse_ts(start)
        q = num(dur)
        if not cid:
            invalid(fname, ln, cid, "call_id empty"); continue
        if not callee:
            invalid(fname, ln, cid, "callee empty"); continue
        if t is None:
            invalid(fname, ln, cid, "start"); continue
        if q is None:
            invalid(fname, ln, cid, "duration not a number"); continue
        if q < 0:
            invalid(fname, ln, cid, "duration negative"); continue
        add_record(fname, ln, cid, tuple(f[1:]),
                   dict(kind="call", account=acc, who=norm(caller) if caller else "",
                        key=norm(callee), t=t, q=q))

fname = "events-2026.csv"
summary[fname] = defaultdict(int)
for ln, f in read(fname):
    if len(f) != 5:
        invalid(fname, ln, f[0] if f else "", f"{len(f)} fields"); continue
    eid, acc, svc, qty, ts = f
    t, q = parse_ts(ts), num(qty)
    if not eid or not acc or not svc or t is None or q is None or q < 0:
        invalid(fname, ln, eid, "field"); continue
    add_record(fname, ln, eid, tuple(f[1:]), dict(kind="event", account=acc, who="", key=svc, t=t, q=q))

fname = "readings-2026.csv"
summary[fname] = defaultdict(int)
by_meter = defaultdict(list)
for ln, f in read(fname):
    if len(f) != 5:
        invalid(fname, ln, f[0] if f else "", f"{len(f)} fields"); continue
    rid, meter, svc, reading, ts = f
    t, v = parse_ts(ts), num(reading)
    if not rid or not meter or not svc or t is None or v is None or v < 0:
        invalid(fname, ln, rid, "field"); continue
    by_meter[norm(meter)].append((t, rid, ln, v, svc, f))
for meter, rs in by_meter.items():
    last = None
    for t, rid, ln, v, svc, f in sorted(rs, key=lambda x: (x[0], x[1])):
        if last is not None and v < last:
            invalid(fname, ln, rid, f"reading {v} lower than previous {last}")
            continue
        q = F(0) if last is None else v - last
        last = v
        add_record(fname, ln, rid, tuple(f[1:]), dict(kind="reading", account="", who=meter, key=svc, t=t, q=q))

# switch formats (no header row)
SWITCH = ("asterisk-Master-2026-02.csv", "freeswitch-2026-02.csv")
for fname, nf in zip(SWITCH, (18, 15)):
    summary[fname] = defaultdict(int)
    text = open(os.path.join(HERE, fname), encoding="utf-8").read()
    if "\r" in text or not text.endswith("\n"):
        fail(f"{fname}: line ends")
    rdr = csv.reader(text.splitlines(keepends=True))
    ln = 1
    for f in rdr:
        if len(f) != nf:
            invalid(fname, ln, "", f"{len(f)} fields")
        elif nf == 18:
            acc, src, dst, start, billsec, rid = f[0], f[1], f[2], f[9], f[13], f[16]
            t, q = parse_ts(start), num(billsec)
            add_record(fname, ln, rid, tuple(f), dict(kind="call", account=acc, who=norm(src) if src else "",
                                                      key=norm(dst), t=t, q=q))
        else:
            src, dst, start, billsec, rid, acc = f[1], f[2], f[4], f[8], f[10], f[12]
            t, q = parse_ts(start), num(billsec)
            add_record(fname, ln, rid, tuple(f), dict(kind="call", account=acc, who=norm(src) if src else "",
                                                      key=norm(dst), t=t, q=q))
        ln = rdr.line_num + 1

# rate, cycle by cycle, in (start, id) order
counters = defaultdict(F)
for rec in sorted(records.values(), key=lambda r: (r["t"], r["id"])):
    fname = rec["file"]
    rec["cycle"] = rec["t"].strftime("%Y-%m")
    rec["charge"] = None
    rec["band"] = band_of(rec["t"])
    acc = rec["account"]
    cust = None
    if acc:
        cust = acc if acc in customers else None
    elif rec["who"]:
        cust = by_number.get(rec["who"])
    rec["customer"] = cust
    if rec["q"] == 0:
        summary[fname]["imported"] += 1
        continue
    if cust is None:
        exceptions.append((fname, rec["line"], rec["id"], "UNKNOWN_ACCOUNT", acc or rec["who"]))
        summary[fname]["exceptions"] += 1
        continue
    found = lookup(cust, rec["key"], rec["t"])
    if not found:
        exceptions.append((fname, rec["line"], rec["id"], "NO_RATE", rec["key"]))
        summary[fname]["exceptions"] += 1
        continue
    prefix, rows, set_key = found
    if rec["kind"] == "call" and rec["q"] > MAX_DURATION:
        exceptions.append((fname, rec["line"], rec["id"], "OUT_OF_POLICY", f"duration {rec['q']}"))
        summary[fname]["exceptions"] += 1
        continue
    C = counters[(cust, rec["cycle"], prefix)]
    q, p, cost, first = rec["q"], F(0), F(0), None
    while p < q:
        ok = [r for r in rows if r["slot"] <= p and r["tier"] <= C + p]
        r = max(ok, key=lambda r: (r["slot"], r["tier"]))
        if first is None:
            first = r
        # the row stays the same until the next slot or tier boundary
        bounds = [q] + [x["slot"] for x in rows if x["slot"] > p] + \
                 [x["tier"] - C for x in rows if x["tier"] > C + p]
        target = min(bounds)
        n = -((p - target) // r["inc"])          # ceil((target - p) / inc)
        n = max(n, 1)
        p += n * r["inc"]
        cost += n * r["inc"] * r["rate"] / r["per"]
    counters[(cust, rec["cycle"], prefix)] = C + p
    charge = max(first["fee"] + cost, first["min"])
    rec.update(charge=round_half_up(charge), billed=p, prefix=prefix, rateset=set_key,
               exact=first["fee"] + cost)
    summary[fname]["imported"] += 1

# ---------------------------------------------------------------------------
# Compare with the documented deliberate lines
# ---------------------------------------------------------------------------
expected = {}
with open(os.path.join(HERE, "expected-bad-lines.csv"), encoding="utf-8") as fh:
    for row in csv.DictReader(fh):
        expected[(row["file"], int(row["line"]))] = row
found = {(e[0], e[1]): e for e in exceptions}
for k, row in expected.items():
    exp = row["expected"].split(" ")[0]
    if exp == "skipped":
        continue
    if k not in found:
        fail(f"expected {exp} at {k} but no exception found")
    elif found[k][3] != exp:
        fail(f"{k}: expected {exp}, found {found[k][3]}")
for k, e in found.items():
    if k not in expected:
        fail(f"unexpected exception {e}")
dups = sum(s["duplicates"] for s in summary.values())
want_dups = sum(1 for r in expected.values() if r["expected"].startswith("skipped"))
if dups != want_dups:
    fail(f"{dups} plain duplicates, expected {want_dups}")

# every customer has usage in both months
for cyc in ("2026-01", "2026-02"):
    used = {r["customer"] for r in records.values() if r["cycle"] == cyc and r["q"] > 0 and r["customer"]}
    for acc in customers:
        if acc not in used:
            fail(f"{acc} has no usage in {cyc}")

size = sum(os.path.getsize(os.path.join(HERE, n)) for n in os.listdir(HERE))
if size > 6 * 1024 * 1024:
    fail(f"sample-data is {size} bytes")

# ---------------------------------------------------------------------------
# Balances
# ---------------------------------------------------------------------------
usage = defaultdict(F)
for r in records.values():
    if r.get("charge") is not None and r["file"] not in SWITCH:
        usage[(r["customer"], r["cycle"])] += r["charge"]
balances = {}
carry = defaultdict(F)
invoice_seq = defaultdict(int)
invoices = []
for cyc in ("2025-12", "2026-01", "2026-02"):
    for acc in sorted(customers):
        c = customers[acc]
        rec_amt = sum((a for a, fr, to in recurring[acc] if fr <= cyc <= to), F(0))
        bf = carry[acc]
        sub = bf + usage[(acc, cyc)] + rec_amt
        invoiced = not (rec_amt == 0 and (sub < c["threshold"] or sub == 0))
        if invoiced:
            invoice_seq[c["entity"]] += 1
            invoices.append((f"{c['entity']}-{invoice_seq[c['entity']]:06d}", acc, cyc, sub))
            carry[acc] = F(0)
        else:
            carry[acc] = sub
        balances[(acc, cyc)] = (bf, usage[(acc, cyc)], rec_amt, sub, invoiced, carry[acc])

under = [a for a in customers if not balances[(a, "2026-01")][4] and not balances[(a, "2026-02")][4]]

# the scenario's special customers
if len(under) != 1 or balances[(under[0], "2026-02")][3] >= 1:
    fail(f"expected exactly one customer carried forward all along under 1.00, got {under}")
own = [a for a, c in customers.items() if c["threshold"] != DEFAULT_THRESHOLD]
for a in own:
    jan, feb = balances[(a, "2026-01")], balances[(a, "2026-02")]
    if not (DEFAULT_THRESHOLD <= jan[3] < customers[a]["threshold"] and not jan[4] and feb[4]):
        fail(f"{a}: its own threshold should hold January back and invoice February")
if {r["rateset"][1] for r in records.values() if r.get("rateset", ("",))[0] == "acct"} != {"C1007"}:
    fail("override rows not used (only) by C1007")
v2 = [r for r in records.values() if r.get("prefix") == "6012" and r.get("rateset") == ("plan", "BIZ")]
if not (any(r["t"].date() < dt.date(2026, 1, 16) for r in v2) and any(r["t"].date() >= dt.date(2026, 1, 16) for r in v2)):
    fail("6012 calls on both sides of the 2026-01-16 change expected")
if not any(r.get("billed", 0) > 900 for r in records.values()) and \
        not any(c > 900 for (cu, cy, p), c in counters.items() if p == "KWH"):
    fail("KWH never reaches its top block")

# ---------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------
if not QUIET:
    print("Import summaries (files imported in this order: cdrs-2026-01, cdrs-2026-02, events, readings, asterisk, freeswitch):")
    for fname, s in summary.items():
        print(f"  {fname}: imported {s['imported']}, duplicates {s['duplicates']}, exceptions {s['exceptions']}")
    print("\nExceptions:")
    for e in sorted(exceptions):
        print("  " + ",".join(str(x) for x in e))
    print("\nEdge cases:")
    with open(os.path.join(HERE, "edge-cases.csv"), encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            r = records[row["record_id"]]
            print(f"  {row['file']}:{row['line']} {row['case']}: {r['customer']} {r['key']} "
                  f"{r['t']} band={r['band']} q={r['q']} billed={r.get('billed')} "
                  f"rates={r.get('rateset')} prefix={r.get('prefix')} charge={money(r.get('charge'))}")
    print("\nSwitch-format examples (not included in the balances below):")
    for r in sorted((r for r in records.values() if r["file"] in SWITCH), key=lambda r: (r["file"], r["line"])):
        print(f"  {r['file']}:{r['line']} {r['id']} {r['customer']} {r['key']} {r['t']} band={r['band']} "
              f"q={r['q']} billed={r.get('billed')} prefix={r.get('prefix')} charge={money(r.get('charge'))}")
    print("\nBalances (account, period, brought_forward, usage, recurring, subtotal, invoiced, carried_forward):")
    for cyc in ("2026-01", "2026-02"):
        for acc in sorted(customers):
            bf, us, rc, sub, inv, cf = balances[(acc, cyc)]
            print(f"  {acc},{cyc},{money(bf)},{money(us)},{money(rc)},{money(sub)},{str(inv).lower()},{money(cf)}")
    print("\nInvoices:")
    for no, acc, cyc, sub in invoices:
        print(f"  {no} {acc} {cyc} {money(sub)}")
    print("\nCustomers never invoiced in Jan/Feb:", under)
    for (cu, cy, p), c in sorted(counters.items()):
        if p == "KWH":
            print(f"kWh billed for {cu} in {cy}: {c}")
    print("Size of sample-data:", size, "bytes")
print("\nOK" if not problems else f"\n{len(problems)} PROBLEM(S)")
sys.exit(1 if problems else 0)
