import csv, re, sys
from fractions import Fraction
ids = {(r["file"], r["line"]): r["record_id"] for r in csv.DictReader(open("sample-data/edge-cases.csv", encoding="utf-8"))}
out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(["record_id", "account", "band", "billed_quantity", "charge"])
section = False
# reads the output of `python3 sample-data/check.py > /tmp/check.out`; run from the project folder
for line in open("/tmp/check.out", encoding="utf-8"):
    if line.startswith("Edge cases:"):
        section = True
        continue
    if section and not line.strip():
        break
    if not section:
        continue
    m = re.match(r"\s+(\S+?):(\d+) .*?: (C\d+) .* band=(\S+) q=\S+ billed=(\S+) .* charge=(\S+)$", line)
    billed = Fraction(m.group(5))
    billed = str(billed.numerator // billed.denominator) if billed.denominator == 1 else format(float(billed), "g")
    out.writerow([ids[(m.group(1), m.group(2))], m.group(3), m.group(4), billed, m.group(6)])
