#!/usr/bin/env python3
"""Deterministic generator for Meterbook's sample data (Sinar Telekom Sdn Bhd).

Python 3.11, standard library only, fixed seed: running it again rewrites the
same bytes.  Usage:  python3 sample-data/generate.py   (from any directory)

The file formats are those of /work/shared/spec/RATING.md.  README.md in this
folder describes the scenario and lists the deliberate bad lines; check.py
checks the output independently and prints reference totals.
"""
import csv
import datetime as dt
import io
import math
import os
import random

SEED = 20260101
OUT = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(SEED)


def csv_line(fields, quote_all=False):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n",
                   quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
    w.writerow(fields)
    return buf.getvalue()


def write(name, header, rows):
    """rows: lists (CSV-encoded) or str (raw line, written as is + \\n)."""
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        f.write(csv_line(header))
        for r in rows:
            if isinstance(r, str):
                f.write(r.rstrip("\n") + "\n")
            else:
                f.write(csv_line(r))


# ---------------------------------------------------------------------------
# Number writing styles.  A number is held as its national significant number
# split into groups, e.g. ("3", "2141", "5000") or ("12", "345", "6789").
# ---------------------------------------------------------------------------

def norm(s):
    """The contract's normalisation (country code 60)."""
    for ch in " -()":
        s = s.replace(ch, "")
    if s.startswith("+"):
        return s[1:]
    if s.startswith("00"):
        return s[2:]
    if s.startswith("0"):
        return "60" + s[1:]
    return s


def my_styles(area, a, b):
    """Malaysian number (area code without trunk 0, two groups) in many styles."""
    return [
        f"0{area}-{a} {b}",
        f"0{area}{a}{b}",
        f"0{area} {a} {b}",
        f"0{area}-{a}{b}",
        f"({'0' + area}) {a} {b}",
        f"+60 {area}-{a} {b}",
        f"+60{area}{a}{b}",
        f"+60 {area} {a} {b}",
        f"0060 {area}-{a} {b}",
        f"0060{area}{a}{b}",
        f"60{area}{a}{b}",
    ]


def write_my(num, style_weights=None):
    area, a, b = num
    styles = my_styles(area, a, b)
    if style_weights is None:
        style_weights = [30, 14, 6, 8, 5, 12, 6, 5, 4, 3, 7]
    return rng.choices(styles, weights=style_weights)[0]


def digits(n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


# ---------------------------------------------------------------------------
# Customers
# ---------------------------------------------------------------------------
# (account, name, plan, [numbers as (area, group1, group2)], threshold, entity,
#  monthly call volume weight, profile)
CUSTOMERS = [
    ("C1001", "Kedai Runcit Siti Aminah", "BIZ", [("3", "6187", "2231"), ("12", "334", "5120")], "", "", 260, "shop"),
    ("C1002", "Tan & Lim Trading Sdn Bhd", "BIZ", [("3", "7782", "1400"), ("3", "7782", "1401"), ("3", "7782", "1402"), ("16", "221", "8790")], "", "", 2100, "trader"),
    ("C1003", "Muthu Logistics Sdn Bhd", "BIZ", [("3", "3165", "8800"), ("3", "3165", "8801"), ("3", "3165", "8802"), ("17", "650", "4411"), ("19", "284", "7302")], "", "", 2600, "logistics"),
    ("C1004", 'Restoran Nasi Kandar "Pelita Emas"', "BIZ", [("4", "226", "7781"), ("4", "226", "7782")], "", "", 700, "shop"),
    ("C1005", "Klinik Dr. Rajan & Rakan-Rakan", "BIZ", [("3", "5621", "3300"), ("3", "5621", "3301"), ("12", "918", "4467")], "", "", 900, "office"),
    ("C1006", "Syarikat Perniagaan Ah Kow, Klang", "BIZ", [("3", "3371", "2468"), ("16", "338", "1029")], "", "", 450, "trader"),
    ("C1007", "Gemilang Properties Sdn Bhd", "BIZ", [("3", "2141", "5000"), ("3", "2141", "5001"), ("3", "2141", "5002"), ("12", "207", "6618"), ("17", "883", "2050")], "", "", 2400, "sales"),
    ("C1008", "Nurul Huda binti Abdullah", "HOME", [("3", "4256", "9031"), ("13", "442", "7165")], "", "", 70, "home"),
    ("C1009", "Lee Mei Ling", "HOME", [("3", "9130", "4477")], "", "", 0, "home"),
    ("C1010", "Bengkel Kereta Ahmad Zaki", "BIZ", [("3", "6092", "1188"), ("19", "331", "0476")], "", "", 380, "shop"),
    ("C1011", "Sri Murugan Textiles", "BIZ", [("3", "2693", "7720"), ("3", "2693", "7721"), ("12", "745", "3390")], "", "", 750, "indiatrade"),
    ("C1012", "Chong Hardware Trading", "BIZ", [("5", "254", "1190"), ("5", "254", "1191"), ("12", "570", "8824")], "", "", 820, "trader"),
    ("C1013", "Pusat Tuisyen Cemerlang", "BIZ", [("3", "8922", "6655"), ("11", "2345", "7781")], "", "", 300, "office"),
    ("C1014", "Lim Brothers Enterprise (林兄弟企业)", "BIZ", [("7", "331", "2288"), ("7", "331", "2289"), ("16", "702", "5543")], "", "", 1500, "chinatrade"),
    ("C1015", "Farah Izzati Catering", "BIZ", [("13", "618", "2240"), ("3", "6157", "0912")], "", "", 420, "shop"),
    ("C1016", "Raj & Sons Spice Merchants", "BIZ", [("4", "261", "5570"), ("4", "261", "5571"), ("12", "488", "1906")], "", "", 1100, "indiatrade"),
    ("C1017", "Syarikat Jaya Bina Sdn Bhd", "BIZ", [("3", "8025", "4100"), ("3", "8025", "4101"), ("13", "275", "6083"), ("19", "620", "1147")], "", "", 1900, "sales"),
    ("C1018", "Hotel Bayu Indah Melaka", "BIZ", [("6", "282", "9100"), ("6", "282", "9101"), ("6", "282", "9102"), ("6", "282", "9103")], "", "", 2300, "hotel"),
    ("C1019", "Kumar a/l Subramaniam", "HOME", [("3", "7845", "2013"), ("17", "296", "4452")], "", "", 90, "homeidd"),
    ("C1020", "Ong Siew Lan", "HOME", [("3", "7725", "6140")], "5.00", "", 0, "home"),
    ("C1021", "Kopitiam Heng Heng", "BIZ", [("5", "806", "3321"), ("16", "559", "2017")], "", "", 240, "shop"),
    ("C1022", "Mutiara Travel & Tours", "BIZ", [("3", "2078", "1500"), ("3", "2078", "1501"), ("18", "369", "2204")], "", "", 1300, "travel"),
    ("C1023", "Kota Kinabalu Marine Supplies", "BIZ", [("88", "251", "730"), ("88", "251", "731"), ("19", "810", "5526")], "", "EAST", 950, "east"),
    ("C1024", "Kuching Borneo Crafts", "BIZ", [("82", "417", "266"), ("13", "842", "9105")], "", "EAST", 520, "east"),
    ("C1025", "Farmasi Sihat Sentosa", "BIZ", [("3", "6211", "4580"), ("3", "6211", "4581")], "", "", 600, "office"),
    ("C1026", "Teoh Kim Seng", "HOME", [("4", "657", "3318"), ("12", "433", "0871")], "", "", 60, "homeidd"),
    ("C1027", "Ahmad Faizal bin Ismail", "HOME", [("9", "747", "2190"), ("19", "903", "3368")], "", "", 55, "home"),
    ("C1028", "Pelangi Printing Services", "BIZ", [("3", "5882", "1760"), ("3", "5882", "1761"), ("11", "1098", "3345")], "", "", 680, "office"),
    ("C1029", "Pangsapuri Mawar Management Corporation", "POWER", "MTR", "", "", 0, "power"),
    ("C1030", "Selvi Beauty Saloon (செல்வி அழகு நிலையம்)", "BIZ", [("3", "7960", "2284"), ("14", "626", "7719")], "", "", 230, "shop"),
]
METERS = ["MTR-0001", "MTR-0002"]
UNDER_THRESHOLD = "C1009"
THRESHOLD_5 = "C1020"
OVERRIDE = "C1007"
RECURRING = "C1003"
EDGE = "C1012"          # edge-case calls are made by this ordinary BIZ customer

cust_by_acc = {c[0]: c for c in CUSTOMERS}


def customers_rows():
    rows = []
    for acc, name, plan, nums, thr, ent, _w, _p in CUSTOMERS:
        if nums == "MTR":
            written = ";".join(METERS)
        else:
            # each customer's own list is written in a mix of real-world styles
            written = ";".join(rng.choice(my_styles(*n)[:10]) for n in nums)
        rows.append([acc, name, plan, written, thr, ent])
    return rows


# ---------------------------------------------------------------------------
# Bands, holidays
# ---------------------------------------------------------------------------
BANDS = [
    ["PEAK", "MON-FRI", "08:00", "18:00"],
    ["OFFPEAK", "MON-FRI", "18:00", "08:00"],
    ["OFFPEAK", "SAT;SUN", "00:00", "00:00"],
    # The MON-FRI overnight window starts on Monday evening, so Monday
    # 00:00-08:00 (the end of Sunday night) would match no row: cover it.
    ["OFFPEAK", "MON", "00:00", "08:00"],
]

HOLIDAYS = [
    ("2026-01-01", "New Year's Day"),
    ("2026-02-01", "Thaipusam"),
    ("2026-02-17", "Chinese New Year"),
    ("2026-02-18", "Chinese New Year (second day)"),
    ("2026-03-21", "Hari Raya Aidilfitri"),
    ("2026-03-22", "Hari Raya Aidilfitri (second day)"),
    ("2026-05-01", "Labour Day"),
    ("2026-05-27", "Hari Raya Haji"),
    ("2026-05-31", "Wesak Day"),
    ("2026-06-01", "Birthday of SPB Yang di-Pertuan Agong"),
    ("2026-06-16", "Awal Muharram"),
    ("2026-08-25", "Maulidur Rasul"),
    ("2026-08-31", "Hari Kebangsaan (Merdeka)"),
    ("2026-09-16", "Malaysia Day"),
    ("2026-11-08", "Deepavali"),
    ("2026-12-25", "Christmas Day"),
]
HOLIDAY_DATES = {dt.date.fromisoformat(d) for d, _ in HOLIDAYS}

# ---------------------------------------------------------------------------
# Rates
# ---------------------------------------------------------------------------
MOBILE = [
    ("6010", "Mobile (Digi)"), ("6011", "Mobile (various)"),
    ("6012", "Mobile (Maxis)"), ("6013", "Mobile (Celcom)"),
    ("6014", "Mobile (various)"), ("6015", "Mobile (IP and various)"),
    ("6016", "Mobile (Digi)"), ("6017", "Mobile (Maxis)"),
    ("6018", "Mobile (U Mobile)"), ("6019", "Mobile (Celcom)"),
]
FIXED = [
    ("603", "Fixed Klang Valley"), ("604", "Fixed Penang, Kedah & Perlis"),
    ("605", "Fixed Perak"), ("606", "Fixed Melaka & Negeri Sembilan"),
    ("607", "Fixed Johor"), ("608", "Fixed Sabah & Sarawak"),
    ("609", "Fixed Kelantan, Terengganu & Pahang"),
]
# prefix, destination, BIZ rate/min, HOME rate/min, BIZ min_charge
IDD = [
    ("65", "Singapore", "0.30", "0.36", "0.50"),
    ("44", "United Kingdom", "0.60", "0.72", ""),
    ("447", "United Kingdom (mobile)", "1.20", "1.40", ""),
    ("61", "Australia", "0.55", "0.66", ""),
    ("86", "China", "0.35", "0.42", ""),
    ("91", "India", "0.45", "0.54", ""),
    ("62", "Indonesia", "0.50", "0.60", ""),
    ("1", "USA & Canada", "0.30", "0.36", ""),
]
D0 = "2026-01-01"
MID = "2026-01-16"


def rates_rows():
    rows = []

    def r(plan, acc, prefix, dest, band, eff, fee, rate, per, inc, slot, tier, minc):
        rows.append([plan, acc, prefix, dest, band, eff, fee, rate, per, inc, slot, tier, minc])

    def mobile(plan, acc, prefix, dest, eff, peak, off):
        for band, rate in (("PEAK", peak), ("OFFPEAK", off)):
            r(plan, acc, prefix, dest, band, eff, "", rate, "60", "30", "0", "0", "")
            r(plan, acc, prefix, dest, band, eff, "", rate, "60", "6", "30", "0", "")

    for plan, mp, mo, f3p, f3o, fp, fo in (
            ("BIZ", "0.15", "0.10", "0.08", "0.05", "0.10", "0.06"),
            ("HOME", "0.18", "0.12", "0.10", "0.06", "0.12", "0.08")):
        for prefix, dest in MOBILE:
            if prefix == "6015":
                mobile(plan, "", prefix, dest, D0,
                       f"{float(mp) + 0.03:.2f}", f"{float(mo) + 0.02:.2f}")
            else:
                mobile(plan, "", prefix, dest, D0, mp, mo)
        if plan == "BIZ":
            # mid-month price cut on Maxis mobile: a full second version
            mobile(plan, "", "6012", "Mobile (Maxis)", MID, "0.12", "0.08")
        for prefix, dest in FIXED:
            peak, off = (f3p, f3o) if prefix == "603" else (fp, fo)
            for band, rate in (("PEAK", peak), ("OFFPEAK", off)):
                r(plan, "", prefix, dest, band, D0, "", rate, "60", "60", "0", "0", "")
        for band in ("PEAK", "OFFPEAK"):
            r(plan, "", "601800", "Toll-free 1-800", band, D0, "", "0", "60", "60", "0", "0", "")
        for prefix, dest, biz, home, minc in IDD:
            if plan == "BIZ":
                r(plan, "", prefix, dest, "*", D0, "0.05", biz, "60", "60", "0", "0", minc)
            else:
                r(plan, "", prefix, dest, "*", D0, "", home, "60", "60", "0", "0", "")
        if plan == "BIZ":
            r(plan, "", "SMS", "SMS (bulk, per message)", "*", D0, "", "0.05", "1", "1", "0", "0", "")
            r(plan, "", "DATA_GB", "Mobile data (per GB)", "*", D0, "", "2.00", "1", "0.001", "0", "0", "")
    # per-customer override rows (corporate deal on Maxis mobile)
    for prefix, dest in (("6012", "Mobile (Maxis) - corporate deal"),
                         ("6017", "Mobile (Maxis) - corporate deal")):
        mobile("BIZ", OVERRIDE, prefix, dest, D0, "0.09", "0.06")
    # electricity, graduated blocks (RM per kWh, cumulative kWh in the month)
    for tier, rate in (("0", "0.218"), ("200", "0.334"), ("300", "0.516"),
                       ("600", "0.546"), ("900", "0.571")):
        r("POWER", "", "KWH", "Electricity (domestic block tariff)", "*", D0,
          "", rate, "1", "1", "0", tier, "")
    return rows


RECURRING_ROWS = [
    [RECURRING, "Business line rental", "30.00", "2026-01", ""],
    [RECURRING, "PABX lease (6 months)", "45.00", "2026-01", "2026-06"],
    [RECURRING, "Additional line rental", "15.00", "2026-02", ""],
]

# ---------------------------------------------------------------------------
# Callees
# ---------------------------------------------------------------------------
MOBILE_CODES = ["10", "11", "12", "13", "14", "16", "17", "18", "19", "15"]
MOBILE_W = [12, 8, 20, 16, 5, 10, 14, 8, 12, 0.5]
FIXED_AREAS = ["3", "4", "5", "6", "7", "82", "88", "9"]


def new_mobile():
    code = rng.choices(MOBILE_CODES, weights=MOBILE_W)[0]
    if code == "11":
        return (code, digits(4), digits(4))
    first = rng.choice("23456789")   # never 018-00..., which would look toll-free
    return (code, first + digits(2), digits(4))


def new_fixed(area):
    if area == "3":
        return (area, rng.choice("23456789") + digits(3), digits(4))
    if area in ("82", "88"):
        return (area, rng.choice("2345678") + digits(2), digits(3))
    return (area, rng.choice("2345678") + digits(2), digits(4))


def intl(kind):
    """Returns the written international callee."""
    lead = rng.choices(["+", "00"], weights=[7, 3])[0]
    sp = rng.random() < 0.8
    j = " " if sp else ""
    if kind == "SG":
        n = rng.choice("689") + digits(3), digits(4)
        return f"{lead}65{j}{n[0]}{j}{n[1]}"
    if kind == "UK":
        return f"{lead}44{j}20{j}{rng.choice('78')}{digits(3)}{j}{digits(4)}"
    if kind == "UKM":
        return f"{lead}44{j}7{rng.choice('4579')}{digits(2)}{j}{digits(6)}"
    if kind == "AU":
        return f"{lead}61{j}{rng.choice('2378')}{j}{digits(4)}{j}{digits(4)}"
    if kind == "CN":
        if rng.random() < 0.5:
            return f"{lead}86{j}1{rng.choice('3589')}{digits(1)}{j}{digits(4)}{j}{digits(4)}"
        return f"{lead}86{j}{rng.choice(['10', '20', '21', '592'])}{j}{digits(4)}{j}{digits(4)}"
    if kind == "IN":
        if rng.random() < 0.6:
            return f"{lead}91{j}{rng.choice('6789')}{digits(4)}{j}{digits(5)}"
        return f"{lead}91{j}{rng.choice(['44', '22', '11', '80'])}{j}{digits(4)}{j}{digits(4)}"
    if kind == "ID":
        return f"{lead}62{j}{rng.choice(['21', '61', '811', '812'])}{j}{digits(4)}{j}{digits(4)}"
    if kind == "US":
        area = rng.choice(["212", "415", "604", "416", "312", "646"])
        if lead == "+" and sp:
            return f"+1 ({area}) {rng.choice('2345678')}{digits(2)}-{digits(4)}"
        return f"{lead}1{j}{area}{j}{rng.choice('2345678')}{digits(2)}{j}{digits(4)}"
    raise ValueError(kind)


def tollfree():
    a, b = rng.choice(["88", "22", "80", "18"]), digits(4)
    return rng.choice([f"01800-{a}-{b}", f"01800 {a} {b}", f"01800{a}{b}"])


# callee category weights per profile:
# mob, fix3 (Klang Valley), fixother, tollfree, SG, UK, UKM, AU, CN, IN, ID, US
CATS = ["mob", "fix3", "fixo", "tf", "SG", "UK", "UKM", "AU", "CN", "IN", "ID", "US"]
PROFILES = {
    "shop":       [55, 25, 12, 3, 2, 0, 0, 0, 1, 1, 1, 0],
    "trader":     [42, 28, 18, 2, 4, 0.5, 0.2, 0.5, 3, 0.5, 1, 0.5],
    "logistics":  [45, 22, 20, 2, 4, 0.5, 0.2, 0.5, 1, 4, 1.5, 0.5],
    "office":     [48, 30, 14, 3, 2, 0.5, 0.2, 0.5, 0.5, 0.5, 0.5, 0.5],
    "sales":      [60, 24, 10, 2, 2, 0.5, 0.3, 0.5, 0.3, 0.2, 0.2, 0.3],
    "hotel":      [35, 25, 22, 3, 5, 2, 1, 2, 2, 1, 1, 2],
    "indiatrade": [40, 22, 18, 2, 3, 0.5, 0.2, 0.3, 0.5, 12, 1, 0.5],
    "chinatrade": [38, 14, 24, 2, 8, 0.3, 0.1, 0.5, 12, 0.3, 0.5, 0.3],
    "travel":     [38, 20, 12, 2, 8, 4, 2, 5, 3, 2, 3, 3],
    "east":       [48, 6, 40, 2, 1, 0, 0, 0.5, 1, 0, 1.5, 0],
    "home":       [65, 22, 10, 1, 1, 0, 0, 0, 0, 0, 0, 0],
    "homeidd":    [55, 18, 10, 1, 3, 0.5, 0.5, 1, 1, 6, 0.5, 0.5],
}


def fresh_callee(acc, cat):
    c = cust_by_acc[acc]
    if cat == "mob":
        return write_my(new_mobile())
    if cat == "fix3":
        return write_my(new_fixed("3"))
    if cat == "fixo":
        home_area = c[3][0][0] if c[3] != "MTR" else "3"
        areas = [a for a in FIXED_AREAS if a != "3"]
        w = [6 if a == home_area else 1 for a in areas]
        if c[7] == "east":
            w = [12 if a in ("82", "88") else 1 for a in areas]
        return write_my(new_fixed(rng.choices(areas, weights=w)[0]))
    if cat == "tf":
        return tollfree()
    return intl(cat)


address_books = {}


def callee_for(acc):
    """70 % of calls go to a customer's regular contacts, 30 % to new numbers."""
    prof = PROFILES[cust_by_acc[acc][7]]
    book = address_books.setdefault(acc, [])
    if book and rng.random() < 0.7:
        return rng.choice(book)
    cat = rng.choices(CATS, weights=prof)[0]
    callee = fresh_callee(acc, cat)
    if len(book) < 60:
        book.append((callee, cat))
    return callee, cat


# ---------------------------------------------------------------------------
# Times and durations
# ---------------------------------------------------------------------------
BIZ_WD = [0.1, 0.05, 0.05, 0.05, 0.05, 0.1, 0.2, 0.6, 3, 8, 10, 10, 6, 6, 9, 9, 8, 6, 2.5, 1.5, 1, 0.7, 0.4, 0.2]
BIZ_WE = [0.05, 0.05, 0.02, 0.02, 0.02, 0.05, 0.1, 0.3, 1, 2.5, 3, 3, 2.5, 2.5, 2.5, 2.5, 2, 1.5, 1, 0.8, 0.6, 0.4, 0.2, 0.1]
HOTEL = [0.6, 0.4, 0.3, 0.2, 0.2, 0.3, 0.8, 2, 4, 6, 7, 7, 6, 6, 6, 6, 6, 5, 4, 4, 3.5, 3, 2, 1]
HOME_WD = [0.1, 0.05, 0.02, 0.02, 0.02, 0.05, 0.3, 1, 1.5, 1.5, 1.5, 1.5, 2, 1.5, 1.5, 1.5, 1.5, 2, 3, 4, 4.5, 4, 2.5, 1]
HOME_WE = [0.2, 0.1, 0.05, 0.02, 0.02, 0.05, 0.2, 0.8, 2, 3, 3.5, 3.5, 3, 3, 3, 3, 3, 3, 3, 3.5, 3.5, 3, 2, 0.8]


def day_weight(d, prof):
    holiday = d in HOLIDAY_DATES
    wd = d.weekday()
    if prof in ("home", "homeidd"):
        w = 1.3 if wd >= 5 or holiday else 1.0
    elif prof == "hotel":
        w = 1.2 if wd >= 4 or holiday else 1.0
    else:
        w = 1.0 if wd < 5 else (0.35 if wd == 5 else 0.15)
        if holiday:
            w = 0.12
    # Chinese New Year week is quiet for Chinese-run businesses
    if dt.date(2026, 2, 16) <= d <= dt.date(2026, 2, 20) and prof in ("trader", "chinatrade"):
        w *= 0.2
    return w


def hour_weights(d, prof):
    weekend = d.weekday() >= 5 or d in HOLIDAY_DATES
    if prof == "hotel":
        return HOTEL
    if prof in ("home", "homeidd"):
        return HOME_WE if weekend else HOME_WD
    return BIZ_WE if weekend else BIZ_WD


def random_start(days, prof):
    d = rng.choices(days, weights=[day_weight(x, prof) for x in days])[0]
    h = rng.choices(range(24), weights=hour_weights(d, prof))[0]
    return dt.datetime(d.year, d.month, d.day, h, rng.randrange(60), rng.randrange(60))


def random_duration(cat):
    u = rng.random()
    if u < 0.05:
        return 0                                # unanswered
    if u < 0.054:
        return rng.randint(1200, 2400)          # long calls, up to 40 min
    mu = math.log(130 if cat in CATS[4:] else 75)
    return max(1, min(2400, int(rng.lognormvariate(mu, 1.05))))


def month_days(y, m):
    d = dt.date(y, m, 1)
    out = []
    while d.month == m:
        out.append(d)
        d += dt.timedelta(days=1)
    return out


def caller_for(acc):
    nums = cust_by_acc[acc][3]
    # the first number (main line) is used most
    w = [3] + [1] * (len(nums) - 1)
    return write_my(rng.choices(nums, weights=w)[0])


# ---------------------------------------------------------------------------
# Hand-made calls: the under-threshold customer, the threshold-5.00 customer
# and documented edge cases.  tag -> (account, caller, callee, start, dur, note)
# ---------------------------------------------------------------------------
def fixed_calls(month):
    c = cust_by_acc
    L = []

    def add(tag, acc, callee, start, dur, account_col="", caller=None):
        L.append(dict(tag=tag, acc=acc, account=account_col,
                      caller=caller if caller is not None else write_my(c[acc][3][0]),
                      callee=callee, start=dt.datetime.fromisoformat(start), dur=dur))

    if month == 1:
        # C1009: two short calls in January (0.10 + 0.06)
        add("C1009-1", "C1009", "03-7781 2290", "2026-01-12 10:15:20", 40)
        add("C1009-2", "C1009", "012-667 0412", "2026-01-24 20:05:11", 25)
        # C1020 (threshold 5.00): six calls worth 3.45 in January
        add("C1020-1", "C1020", "012-390 7781", "2026-01-03 10:12:40", 245)
        add("C1020-2", "C1020", "(03) 7726 1180", "2026-01-06 19:40:05", 610)
        add("C1020-3", "C1020", "016-558 2093", "2026-01-11 14:25:31", 380)
        add("C1020-4", "C1020", "03-7726 1180", "2026-01-15 12:03:10", 95)
        add("C1020-5", "C1020", "04-229 8817", "2026-01-18 20:51:00", 900)
        add("C1020-6", "C1020", "+60 19-440 2716", "2026-01-27 09:30:22", 42)
        # edge cases, all by C1012 (BIZ, no overrides)
        add("holiday-peak-hour", EDGE, "03-2161 8800", "2026-01-01 10:30:00", 120)
        add("monday-07:59:59", EDGE, "013-552 7140", "2026-01-05 07:59:59", 60)
        add("monday-08:00:00", EDGE, "013-552 7140", "2026-01-05 08:00:00", 60)
        add("friday-17:59:59", EDGE, "013-552 7140", "2026-01-09 17:59:59", 60)
        add("friday-18:00:00", EDGE, "013-552 7140", "2026-01-09 18:00:00", 60)
        add("saturday-03:00", EDGE, "013-552 7140", "2026-01-10 03:00:00", 60)
        add("6012-old-version", EDGE, "012-880 3344", "2026-01-15 23:59:59", 61)
        add("6012-new-version", EDGE, "012-880 3344", "2026-01-16 00:00:00", 61)
        add("mobile-30/6-31s", EDGE, "017-229 0051", "2026-01-20 11:00:00", 31)
        add("mobile-30/6-5s", EDGE, "017-229 0051", "2026-01-20 11:05:00", 5)
        add("fixed-60/60-61s", EDGE, "05-254 9911", "2026-01-20 11:10:00", 61)
        add("toll-free", EDGE, "01800-88-2020", "2026-01-20 11:20:00", 300)
        add("sg-min-charge", EDGE, "+65 6221 4040", "2026-01-21 15:00:00", 45)
        add("uk-mobile-longest-prefix", EDGE, "+44 7700 900123", "2026-01-21 15:10:00", 90)
        add("uk-fixed", EDGE, "0044 20 7946 0123", "2026-01-21 15:20:00", 90)
        add("exactly-max-duration", EDGE, "03-2161 8800", "2026-01-22 09:00:00", 14400)
        add("override-6012", OVERRIDE, "012-880 3344", "2026-01-20 10:00:00", 61)
        add("override-6017-offpeak", OVERRIDE, "017-229 0051", "2026-01-20 19:00:00", 61)
        add("override-falls-back-to-plan-6013", OVERRIDE, "013-552 7140", "2026-01-20 10:10:00", 61)
        add("account-filled-caller-empty", EDGE, "03-2161 8800", "2026-01-23 14:00:00", 60,
            account_col=EDGE, caller="")
    else:
        # C1009: three short calls in February (0.10 + 0.12 + 0.08)
        add("C1009-3", "C1009", "03-7781 2290", "2026-02-03 11:42:05", 55)
        add("C1009-4", "C1009", "019-224 6610", "2026-02-14 21:30:40", 58)
        add("C1009-5", "C1009", "03-2287 4410", "2026-02-21 16:02:19", 50)
        # C1020: four calls worth 4.40 in February
        add("C1020-7", "C1020", "0123907781", "2026-02-07 11:20:00", 300)
        add("C1020-8", "C1020", "04-229 8817", "2026-02-10 20:15:45", 1200)
        add("C1020-9", "C1020", "+60 4-229 8817", "2026-02-17 10:05:00", 1500)
        add("C1020-10", "C1020", "03-7726 1180", "2026-02-24 13:45:10", 70)
        add("holiday-thaipusam-sunday", EDGE, "03-2161 8800", "2026-02-01 11:00:00", 120)
        add("holiday-cny-peak-hour", EDGE, "013-552 7140", "2026-02-17 11:00:00", 60)
        add("monday-00:30", EDGE, "013-552 7140", "2026-02-02 00:30:00", 60)
        add("sunday-23:59:59", EDGE, "013-552 7140", "2026-02-08 23:59:59", 60)
        add("6012-new-version-feb", EDGE, "012-880 3344", "2026-02-10 10:00:00", 61)
    return L


# ---------------------------------------------------------------------------
# CDR months
# ---------------------------------------------------------------------------
TARGET_PER_MONTH = 25000


def month_cdrs(month):
    days = month_days(2026, month)
    calls = fixed_calls(month)
    pool = [c for c in CUSTOMERS if c[6] > 0]
    weights = [c[6] for c in pool]
    n = TARGET_PER_MONTH - len(calls) - 8
    for _ in range(n):
        c = rng.choices(pool, weights=weights)[0]
        acc = c[0]
        callee, cat = callee_for(acc)
        account_col = acc if rng.random() < 0.04 else ""
        calls.append(dict(tag="", acc=acc, account=account_col, caller=caller_for(acc),
                          callee=callee, start=random_start(days, c[7]), dur=random_duration(cat)))
    calls.sort(key=lambda x: (x["start"], x["acc"], x["callee"]))
    for i, c in enumerate(calls, 1):
        c["id"] = f"SNR-2026-{month:02d}-{i:06d}"
    return calls


def row_of(c):
    return [c["id"], c["account"], c["caller"], c["callee"],
            c["start"].strftime("%Y-%m-%d %H:%M:%S"), str(c["dur"])]


JAN_TEXT = {}


def build_cdr_file(month, calls, jan_calls=None):
    """Renders calls, applies deliberate faults. Returns (lines, notes)."""
    lines = []
    for c in calls:
        quote_all = rng.random() < 0.005        # some exporters quote everything
        lines.append(csv_line(row_of(c), quote_all=quote_all))
        if month == 1:
            JAN_TEXT[c["id"]] = lines[-1]
    ids = {c["id"]: i for i, c in enumerate(calls)}
    bad = []                                     # (line index, kind, expected)

    def pick(near_frac, pred=lambda c: True):
        """An ordinary answered call near a fraction of the file."""
        i = int(len(calls) * near_frac)
        while not (calls[i]["tag"] == "" and calls[i]["dur"] > 0 and calls[i]["acc"] not in
                   (UNDER_THRESHOLD, THRESHOLD_5) and pred(calls[i]) and "bad" not in calls[i]):
            i += 1
        calls[i]["bad"] = True
        return i

    def replace(i, fields, kind, expected):
        lines[i] = csv_line(fields)
        bad.append([i, kind, expected, calls[i]["id"]])

    if month == 1:
        i = pick(0.08)
        f = row_of(calls[i]); f[5] = "abc"
        replace(i, f, "non-numeric duration `abc`", "INVALID_RECORD (field duration: not a number)")
        i = pick(0.21)
        f = row_of(calls[i]); f[4] = "2026-13-45 10:00"
        replace(i, f, "impossible timestamp `2026-13-45 10:00`", "INVALID_RECORD (field start: not a valid timestamp)")
        i = pick(0.33)
        f = row_of(calls[i])[:5]                  # duration column missing: 5 fields
        lines[i] = ",".join(f) + "\n"
        bad.append([i, "missing field (5 fields, no duration)", "INVALID_RECORD (wrong number of fields)", calls[i]["id"]])
        i = pick(0.46)
        f = row_of(calls[i]); f[1] = ""; f[2] = "+60 3-7955 1212"
        replace(i, f, "caller +60 3-7955 1212 belongs to no customer, account empty", "UNKNOWN_ACCOUNT")
        i = pick(0.58)
        f = row_of(calls[i]); f[3] = "+999 1234 5678"
        replace(i, f, "callee +999 1234 5678 (normalised 99912345678) matches no prefix", "NO_RATE")
        i = pick(0.70)
        f = row_of(calls[i]); f[5] = "15000"
        replace(i, f, "duration 15000 s > max-duration 14400", "OUT_OF_POLICY")
        # exact duplicate: the same line again, 40 lines later (re-sent batch)
        i = pick(0.52)
        dup = (i + 40, lines[i], "exact duplicate of line {orig} (same id, same content)",
               "skipped and counted as a duplicate", calls[i]["id"], i)
        # conflicting duplicate: same id, different duration, 300 lines later
        j = pick(0.85)
        f = row_of(calls[j]); f[5] = str(calls[j]["dur"] + 17)
        con = (j + 300, csv_line(f), "same call id as line {orig}, duration changed",
               "DUPLICATE_CONFLICT (line {orig} stays)", calls[j]["id"], j)
        inserts = [dup, con]
    else:
        i = pick(0.07)
        f = row_of(calls[i]); f[5] = "-45"
        replace(i, f, "negative duration `-45`", "INVALID_RECORD (field duration: negative)")
        i = pick(0.19)
        f = row_of(calls[i]); f[4] = "2026-02-30 09:15:00"
        replace(i, f, "non-existent date `2026-02-30 09:15:00`", "INVALID_RECORD (field start: not a valid timestamp)")
        i = pick(0.31)
        f = row_of(calls[i])
        lines[i] = ",".join(f[:3]) + "," + f[3] + ", ext 12," + ",".join(f[4:]) + "\n"
        bad.append([i, "unquoted comma in callee (`..., ext 12`): 7 fields", "INVALID_RECORD (wrong number of fields)", calls[i]["id"]])
        i = pick(0.44)
        f = row_of(calls[i]); f[1] = ""; f[2] = ""
        replace(i, f, "account and caller both empty", "UNKNOWN_ACCOUNT")
        i = pick(0.56)
        f = row_of(calls[i]); f[1] = "C9999"
        replace(i, f, "account C9999 is not a customer (the caller would match one; account wins)", "UNKNOWN_ACCOUNT")
        i = pick(0.63)
        f = row_of(calls[i]); f[3] = "00882 1650 0123"
        replace(i, f, "callee 00882 1650 0123 (international networks, normalised 88216500123) matches no prefix", "NO_RATE")
        i = pick(0.77)
        f = row_of(calls[i]); f[5] = "20000"
        replace(i, f, "duration 20000 s > max-duration 14400", "OUT_OF_POLICY")
        j = pick(0.88)
        f = row_of(calls[j]); f[5] = str(calls[j]["dur"] + 60)
        con = (j + 250, csv_line(f), "same call id as line {orig}, duration changed",
               "DUPLICATE_CONFLICT (line {orig} stays)", calls[j]["id"], j)
        inserts = [con]
    # apply insertions from the bottom up, then compute final line numbers
    final = [dict(text=t, orig=k) for k, t in enumerate(lines)]
    for pos, text, kind, expected, cid, orig in sorted(inserts, key=lambda x: -x[0]):
        final.insert(pos, dict(text=text, dup_of=orig, kind=kind, expected=expected, id=cid))
    if month == 2:
        # a January call exported again at the top of the February file
        lc = next(c for c in reversed(jan_calls) if c["dur"] > 0 and "bad" not in c and not c["tag"])
        final.insert(0, dict(text=JAN_TEXT[lc["id"]], dup_of=None, kind=
                     "exact copy of a January call ({}) from cdrs-2026-01.csv".format(lc["id"]),
                     expected="skipped and counted as a duplicate when January was imported first", id=lc["id"]))
    lineno_of_orig = {}
    for n, x in enumerate(final, start=2):
        if "orig" in x:
            lineno_of_orig[x["orig"]] = n
    notes = []
    for i, kind, expected, cid in bad:
        notes.append((lineno_of_orig[i], cid, kind, expected))
    for n, x in enumerate(final, start=2):
        if "kind" in x:
            o = lineno_of_orig.get(x["dup_of"], "")
            notes.append((n, x["id"], x["kind"].format(orig=o), x["expected"].format(orig=o)))
    notes.sort()
    edge = []
    for c in calls:
        if c["tag"]:
            edge.append((lineno_of_orig[ids[c["id"]]], c["id"], c["tag"]))
    return [x["text"] for x in final], notes, edge


# ---------------------------------------------------------------------------
# Readings and events
# ---------------------------------------------------------------------------
def readings():
    rows = []
    bad = None
    regs = {"MTR-0001": 48211, "MTR-0002": 130577}
    mean = {"MTR-0001": 13.0, "MTR-0002": 19.5}
    last = {}
    seq = 0
    d = dt.date(2025, 12, 31)
    while d <= dt.date(2026, 2, 28):
        for m in METERS:
            if d > dt.date(2025, 12, 31):
                use = mean[m] * (0.85 if d.weekday() >= 5 else 1.0) + rng.uniform(-3.5, 3.5)
                regs[m] += max(8, min(26, round(use)))
            value = regs[m]
            seq += 1
            rid = f"RD-2026-{seq:05d}"
            if m == "MTR-0002" and d == dt.date(2026, 1, 20):
                # typo on the manual reading: two adjacent digits swapped, giving
                # a value below the previous (accepted) reading
                s = str(value)
                k = next(k for k in range(len(s) - 1)
                         if int(s[:k] + s[k + 1] + s[k] + s[k + 2:]) < last[m])
                value = int(s[:k] + s[k + 1] + s[k] + s[k + 2:])
                bad = (len(rows) + 2, rid, last[m], value, regs[m])
            else:
                last[m] = value
            # the baseline is read at the very start of January, so that no December cycle exists
            stamp = "2026-01-01T00:00:00" if d == dt.date(2025, 12, 31) else f"{d.isoformat()}T23:00:00"
            rows.append([rid, m, "KWH", str(value), stamp])
        d += dt.timedelta(days=1)
    return rows, bad


EVENT_PLAN = [  # account, service, events per month
    ("C1013", "SMS", 55),
    ("C1025", "SMS", 70),
    ("C1022", "SMS", 25),
    ("C1022", "DATA_GB", 0),   # daily, see below
]


def events():
    evs = []
    for month in (1, 2):
        days = month_days(2026, month)
        for acc, svc, n in EVENT_PLAN:
            if svc == "SMS":
                for _ in range(n):
                    t = random_start(days, "office")
                    qty = rng.choice([1, 1, 1, 2, 3]) if acc == "C1025" else rng.randint(8, 160)
                    evs.append([acc, svc, str(qty), t])
            else:
                for d in days:
                    for dev in range(2):   # two company mobile broadband routers
                        t = dt.datetime(d.year, d.month, d.day, 23, 50 + dev * 5, 0)
                        gb = rng.uniform(0.15, 3.2) * (0.5 if d.weekday() >= 5 else 1)
                        evs.append([acc, svc, f"{gb:.3f}", t])
    # one event stamped in UTC that is in February local time
    evs.append(["C1022", "DATA_GB", "0.512", "UTC"])
    evs.sort(key=lambda e: (dt.datetime(2026, 2, 1, 1, 30) if e[3] == "UTC" else e[3], e[0], e[1]))
    rows = []
    utc_line = None
    for k, (acc, svc, q, t) in enumerate(evs, 1):
        if t == "UTC":
            ts = "2026-01-31T17:30:00Z"
            utc_line = k + 1
        else:
            ts = t.strftime("%Y-%m-%dT%H:%M:%S") + "+08:00"
        rows.append([f"EV-2026-{k:06d}", acc, svc, q, ts])
    return rows, utc_line


# ---------------------------------------------------------------------------
# Small examples of the two switch formats (no header row, as the switches
# write them): C1007's office PABX runs Asterisk, the hotel (C1018) FreeSWITCH.
# A separate generator keeps the main files unchanged by these.
# ---------------------------------------------------------------------------
KL = dt.timezone(dt.timedelta(hours=8))


def switch_calls(r, acc, calls):
    out = []
    for start, callee_digits, ring, billsec in calls:
        t = dt.datetime.fromisoformat(start)
        ans = t + dt.timedelta(seconds=ring) if billsec > 0 else None
        end = (ans or t) + dt.timedelta(seconds=billsec if ans else ring)
        out.append((t, ans, end, callee_digits, ring, billsec))
    return out


def asterisk_rows():
    r = random.Random(SEED + 1)
    calls = switch_calls(r, "C1007", [
        ("2026-02-03 09:14:07", "0122076618", 6, 0),          # busy/no answer
        ("2026-02-03 09:15:31", "0123881042", 9, 187),
        ("2026-02-03 11:02:55", "0327302211", 4, 64),
        ("2026-02-04 15:40:12", "0174470319", 12, 45),
        ("2026-02-05 10:21:48", "006562234455", 15, 320),
        ("2026-02-05 18:30:00", "0199012233", 7, 0),
        ("2026-02-06 08:05:19", "0173320908", 5, 610),
        ("2026-02-09 14:12:33", "1800881234", 3, 95),         # written the way PABX users dial it
    ])
    ext = ["201", "202", "205", "210"]
    rows = []
    for k, (t, ans, end, dst, ring, billsec) in enumerate(calls):
        src = r.choice(["0321415000", "0321415001", "0321415002"])
        e = r.choice(ext)
        chan = f"PJSIP/{e}-{r.getrandbits(32):08x}"
        dchan = f"PJSIP/sinar-trunk-{r.getrandbits(32):08x}"
        epoch = int(t.replace(tzinfo=KL).timestamp())
        disp = "ANSWERED" if billsec else r.choice(["NO ANSWER", "BUSY"])
        rows.append(["C1007" if k % 3 == 0 else "", src, dst, "from-internal",
                     f'"Gemilang Properties" <{src}>', chan, dchan if billsec else "",
                     "Dial", f"PJSIP/{dst}@sinar-trunk,60,tT",
                     t.strftime("%Y-%m-%d %H:%M:%S"),
                     ans.strftime("%Y-%m-%d %H:%M:%S") if ans else "",
                     end.strftime("%Y-%m-%d %H:%M:%S"),
                     ring + billsec, billsec, disp, "DOCUMENTATION",
                     f"{epoch}.{4000 + k * 7}", ""])
    lines = []
    for row in rows:   # cdr_csv quotes strings, not the numeric fields
        lines.append(",".join(str(x) if isinstance(x, int) else '"' + x.replace('"', '""') + '"'
                              for x in row))
    return lines, rows


def freeswitch_rows():
    import uuid
    r = random.Random(SEED + 2)
    calls = switch_calls(r, "C1018", [
        ("2026-02-02 07:45:10", "062812345", 5, 42),
        ("2026-02-02 13:20:44", "0133327788", 8, 0),
        ("2026-02-03 21:05:02", "+6591234567", 11, 262),
        ("2026-02-04 16:48:39", "0060123456321", 6, 75),
        ("2026-02-07 10:10:10", "00441612345678", 14, 530),
        ("2026-02-10 19:31:27", "0389112200", 4, 118),
        ("2026-02-12 12:00:05", "01800222333", 3, 31),
        ("2026-02-14 22:47:51", "0192210094", 9, 0),
    ])
    lines, rows = [], []
    for k, (t, ans, end, dst, ring, billsec) in enumerate(calls):
        cid = r.choice(["062829100", "062829101", "062829103"])
        a = str(uuid.UUID(int=r.getrandbits(128), version=4))
        b = str(uuid.UUID(int=r.getrandbits(128), version=4)) if billsec else ""
        cause = "NORMAL_CLEARING" if billsec else r.choice(["NO_ANSWER", "USER_BUSY"])
        row = ["Hotel Bayu Indah", cid, dst, "default", t.strftime("%Y-%m-%d %H:%M:%S"),
               ans.strftime("%Y-%m-%d %H:%M:%S") if ans else "", end.strftime("%Y-%m-%d %H:%M:%S"),
               str(ring + billsec), str(billsec), cause, a, b, "C1018" if k % 4 == 1 else "",
               "PCMA", "PCMA"]
        rows.append(row)
        lines.append(",".join('"' + x + '"' for x in row))
    return lines, rows


def write_raw(name, lines):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
        for line in lines:
            f.write(line + "\n")


# ---------------------------------------------------------------------------
def main():
    write("customers.csv", ["account", "name", "plan", "numbers", "threshold", "entity"], customers_rows())
    write("bands.csv", ["band", "days", "start", "end"], BANDS)
    write("holidays.csv", ["date", "name", "band"], [[d, n, "OFFPEAK"] for d, n in HOLIDAYS])
    write("rates.csv", ["plan", "account", "prefix", "destination", "band", "effective_from",
                        "connect_fee", "rate", "per", "increment", "slot_from", "tier_from",
                        "min_charge"], rates_rows())
    write("recurring.csv", ["account", "description", "amount", "from", "to"], RECURRING_ROWS)
    hdr = ["call_id", "account", "caller", "callee", "start", "duration"]
    jan = month_cdrs(1)
    jan_lines, jan_notes, jan_edge = build_cdr_file(1, jan)
    feb = month_cdrs(2)
    feb_lines, feb_notes, feb_edge = build_cdr_file(2, feb, jan_calls=jan)
    write("cdrs-2026-01.csv", hdr, jan_lines)
    write("cdrs-2026-02.csv", hdr, feb_lines)
    rd, rd_bad = readings()
    write("readings-2026.csv", ["reading_id", "meter", "service", "reading", "timestamp"], rd)
    ev, utc_line = events()
    write("events-2026.csv", ["event_id", "account", "service", "quantity", "timestamp"], ev)
    write_raw("asterisk-Master-2026-02.csv", asterisk_rows()[0])
    write_raw("freeswitch-2026-02.csv", freeswitch_rows()[0])
    # a machine-readable list of the deliberate lines, used by check.py and README
    with open(os.path.join(OUT, "expected-bad-lines.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "line", "record_id", "what", "expected"])
        for name, notes in (("cdrs-2026-01.csv", jan_notes), ("cdrs-2026-02.csv", feb_notes)):
            for n, cid, kind, exp in notes:
                w.writerow([name, n, cid, kind, exp])
        n, rid, prev, val, true = rd_bad
        w.writerow(["readings-2026.csv", n, rid,
                    f"MTR-0002 reading {val} is lower than the previous accepted reading {prev} "
                    f"(two digits swapped; true value {true})",
                    "INVALID_RECORD (field reading: lower than the previous reading)"])
    with open(os.path.join(OUT, "edge-cases.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["file", "line", "record_id", "case"])
        for name, edge in (("cdrs-2026-01.csv", jan_edge), ("cdrs-2026-02.csv", feb_edge)):
            for n, cid, tag in sorted(edge):
                w.writerow([name, n, cid, tag])
        w.writerow(["events-2026.csv", utc_line, ev[utc_line - 2][0],
                    "timestamp 2026-01-31T17:30:00Z is 2026-02-01 01:30 local: February cycle"])
    print("written to", OUT)


if __name__ == "__main__":
    main()
