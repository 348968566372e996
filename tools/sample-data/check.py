#!/usr/bin/env python3
"""Read the generated sample files back and check them (encodings, sums, anchors, levels).

Run from the repository root after generate.py:

    python3 tools/sample-data/check.py          # checks, prints a short summary, exit 1 on failure
    python3 tools/sample-data/check.py --rates  # also prints crime rates per 100 000 per year

Standard library only. It reads the files as a user's tool would (it does not import generate.py),
so it also checks that each file's bytes are what data-samples/README.md says.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "data-samples"
FAILURES: list[str] = []

# file -> (encoding, BOM?, separator, CRLF?)
FORMATS = {
    "population-2017-2025.csv": ("utf-8", False, ";", False),
    "survey-stockholm-2017.csv": ("cp1252", False, ";", True),
    "survey-stockholm-2020.csv": ("utf-8", False, ",", False),
    "survey-stockholm-2023.csv": ("utf-8", False, ";", False),
    "survey-polisen-2020-2024.csv": ("utf-8", True, ";", True),
    "crime-2018-2020.csv": ("utf-8", False, ";", False),
    "crime-2021-2023.csv": ("utf-8", True, ",", False),
    "crime-2024-2025.csv": ("cp1252", False, ";", True),
    "measurements-2019-2025.csv": ("utf-8", False, ",", False),
}

HEADER_ALIASES = {
    "område": "area", "områdestyp": "area_kind", "år": "year", "fråga": "question", "svarande": "respondents",
    "positiva": "positive", "andel": "share", "undersökning": "survey", "kategori": "category", "antal": "count",
    "befolkning": "population", "värde": "value", "indikator": "indicator",
}

# Area name -> id for the names used in the files (area_kind disambiguates the shared names).
NAME_TO_ID = {
    ("Rinkeby-Kista", "district"): "sdo-rinkeby-kista", ("Spånga-Tensta", "district"): "sdo-spanga-tensta",
    ("Järva", "district"): "sdo-jarva", ("Hässelby-Vällingby", "district"): "sdo-hasselby-vallingby",
    ("Bromma", "district"): "sdo-bromma", ("Kungsholmen", "district"): "sdo-kungsholmen",
    ("Norrmalm", "district"): "sdo-norrmalm", ("Östermalm", "district"): "sdo-ostermalm",
    ("Norra innerstaden", "district"): "sdo-norra-innerstaden", ("Södermalm", "district"): "sdo-sodermalm",
    ("Enskede-Årsta-Vantör", "district"): "sdo-enskede-arsta-vantor", ("Skarpnäck", "district"): "sdo-skarpnack",
    ("Farsta", "district"): "sdo-farsta", ("Älvsjö", "district"): "sdo-alvsjo",
    ("Hägersten-Liljeholmen", "district"): "sdo-hagersten-liljeholmen",
    ("Hägersten-Älvsjö", "district"): "sdo-hagersten-alvsjo", ("Skärholmen", "district"): "sdo-skarholmen",
    ("Stockholms stad", "municipality"): "kommun-0180", ("Lidingö", "municipality"): "kommun-0186",
    ("Ekerö", "municipality"): "kommun-0125", ("Polisregion Stockholm", "police-region"): "pr-stockholm",
    ("Norrmalm", "local-police-area"): "lpo-norrmalm", ("Södermalm", "local-police-area"): "lpo-sodermalm",
    ("Järva", "local-police-area"): "lpo-jarva", ("Vällingby", "local-police-area"): "lpo-vallingby",
    ("Globen", "local-police-area"): "lpo-globen", ("Farsta", "local-police-area"): "lpo-farsta",
    ("Skärholmen", "local-police-area"): "lpo-skarholmen",
}
MERGED = {"sdo-hagersten-alvsjo": ["sdo-hagersten-liljeholmen", "sdo-alvsjo"],
          "sdo-jarva": ["sdo-rinkeby-kista", "sdo-spanga-tensta"],
          "sdo-norra-innerstaden": ["sdo-norrmalm", "sdo-ostermalm"]}


# BRÅ's spellings of the districts, as the crime files write them.
NAME_TO_ID.update({("Stadsdelsområde " + name.replace("-", " - ") + " (Sthlm)", kind): area
                   for (name, kind), area in list(NAME_TO_ID.items()) if kind == "district"})


def check(cond: bool, msg: str) -> None:
    if not cond:
        FAILURES.append(msg)


def num(cell: str, sep: str) -> float | None:
    if cell in ("..", ".", "XX", ""):
        return None
    c = cell.replace(" ", "").replace("\u00a0", "")
    if sep == ";":
        c = c.replace(",", ".")
    return float(c)


def read(name: str) -> list[dict[str, str]]:
    enc, bom, sep, crlf = FORMATS[name]
    raw = (ROOT / name).read_bytes()
    check(raw.startswith(b"\xef\xbb\xbf") == bom, f"{name}: BOM expected={bom}")
    if enc == "cp1252":
        try:
            raw.decode("utf-8")
            FAILURES.append(f"{name}: decodes as UTF-8 but should be Windows-1252 with non-ASCII letters")
        except UnicodeDecodeError:
            pass
    text = raw.decode("utf-8-sig" if enc == "utf-8" else enc, errors="strict")
    check(("\r\n" in text) == crlf, f"{name}: CRLF expected={crlf}")
    check(text.endswith("\r\n" if crlf else "\n"), f"{name}: no final newline")
    lines = text.replace("\r\n", "\n").rstrip("\n").split("\n")
    header = [HEADER_ALIASES.get(h.lower(), h.lower()) for h in lines[0].split(sep)]
    rows = []
    for i, line in enumerate(lines[1:], start=2):
        cells = line.split(sep)
        check(len(cells) == len(header), f"{name}:{i}: {len(cells)} cells, header has {len(header)}")
        row = dict(zip(header, cells))
        row["_sep"] = sep
        row["_line"] = str(i)
        rows.append(row)
    return rows


def area_id(row: dict[str, str]) -> str:
    a = row["area"]
    if a.startswith(("sdo-", "kommun-", "lpo-", "po-", "pr-")):
        return a
    return NAME_TO_ID[(a, row["area_kind"])]


def geo_city_year_end(y: int) -> set[str]:
    base = {"sdo-rinkeby-kista", "sdo-spanga-tensta", "sdo-hasselby-vallingby", "sdo-bromma", "sdo-kungsholmen",
            "sdo-norrmalm", "sdo-ostermalm", "sdo-sodermalm", "sdo-enskede-arsta-vantor", "sdo-skarpnack",
            "sdo-farsta", "sdo-alvsjo", "sdo-hagersten-liljeholmen", "sdo-skarholmen"}
    if y >= 2020:
        base = (base - {"sdo-alvsjo", "sdo-hagersten-liljeholmen"}) | {"sdo-hagersten-alvsjo"}
    if y >= 2023:
        base = (base - {"sdo-rinkeby-kista", "sdo-spanga-tensta", "sdo-norrmalm", "sdo-ostermalm"}) \
            | {"sdo-jarva", "sdo-norra-innerstaden"}
    return base


def geo_bra(y: int) -> set[str]:
    return geo_city_year_end(y - 1) if y in (2020, 2023) else geo_city_year_end(y)


def check_population() -> dict[tuple[str, int], int]:
    pop: dict[tuple[str, int], int] = {}
    for r in read("population-2017-2025.csv"):
        pop[(r["area"], int(r["year"]))] = int(num(r["population"], ";"))
    for y in range(2017, 2026):
        sdos = {a for (a, yy) in pop if yy == y and a.startswith("sdo-")}
        check(sdos == geo_city_year_end(y) | geo_bra(y), f"population {y}: districts {sorted(sdos)}")
        city = pop[("kommun-0180", y)]
        check(city == sum(pop[(a, y)] for a in geo_city_year_end(y)), f"population {y}: city != sum (year-end)")
        check(city == sum(pop[(a, y)] for a in geo_bra(y)), f"population {y}: city != sum (BRÅ)")
        check(940_000 <= city <= 995_000, f"population {y}: city {city}")
        for m, ps in MERGED.items():
            if (m, y) in pop and all((p, y) in pop for p in ps):
                check(pop[(m, y)] == sum(pop[(p, y)] for p in ps), f"population {y}: {m} != sum of parts")
        check(46_000 <= pop[("kommun-0186", y)] <= 50_000, f"Lidingö {y}")
        check(27_000 <= pop[("kommun-0125", y)] <= 31_000, f"Ekerö {y}")
        lpo = sum(v for (a, yy), v in pop.items() if yy == y and a.startswith("lpo-"))
        outside = pop[("kommun-0186", y)] + pop[("kommun-0125", y)]
        check(abs(lpo - city - outside) <= 3, f"population {y}: LPO sum {lpo} != city + Lidingö + Ekerö")
    print("population: city", {y: pop[("kommun-0180", y)] for y in (2017, 2020, 2023, 2025)})
    return pop


def check_city_survey(pop: dict[tuple[str, int], int]) -> None:
    anchors = {(2017, "otrygg-ute-sen-kvall", "kommun-0180"): 10, (2020, "otrygg-ute-sen-kvall", "kommun-0180"): 10,
               (2017, "orolig-brott-ofta", "kommun-0180"): 11, (2020, "orolig-brott-ofta", "kommun-0180"): 9,
               (2017, "orolig-brott-ofta", "sdo-rinkeby-kista"): 21, (2020, "orolig-brott-ofta", "sdo-rinkeby-kista"): 11,
               (2017, "orolig-brott-ofta", "sdo-spanga-tensta"): 26, (2020, "orolig-brott-ofta", "sdo-spanga-tensta"): 13,
               (2017, "orolig-brott-ofta", "sdo-farsta"): 12, (2020, "orolig-brott-ofta", "sdo-farsta"): 12}
    totals = {2017: 17_669, 2020: 17_857}
    small = 0
    for name in ("survey-stockholm-2017.csv", "survey-stockholm-2020.csv", "survey-stockholm-2023.csv"):
        rows = read(name)
        cells: dict[tuple[int, str], dict[str, tuple[float, float]]] = defaultdict(dict)
        for r in rows:
            check(r["survey"] == "stockholm-trygghetsmatning", f"{name}:{r['_line']}: survey")
            n = num(r["respondents"], r["_sep"])
            share = 100 * num(r["positive"], r["_sep"]) / n if "positive" in r else num(r["share"], r["_sep"])
            check(0 <= share <= 100, f"{name}:{r['_line']}: share {share}")
            cells[(int(r["year"]), r["question"])][area_id(r)] = (n, share)
        for (y, q), byarea in cells.items():
            city_n, city_share = byarea.pop("kommun-0180")
            expected = {"sdo-rinkeby-kista", "sdo-spanga-tensta", "sdo-hasselby-vallingby", "sdo-bromma",
                        "sdo-kungsholmen", "sdo-norrmalm", "sdo-ostermalm", "sdo-sodermalm", "sdo-enskede-arsta-vantor",
                        "sdo-skarpnack", "sdo-farsta", "sdo-skarholmen"}
            expected |= {"sdo-alvsjo", "sdo-hagersten-liljeholmen"} if y < 2023 else {"sdo-hagersten-alvsjo"}
            check(set(byarea) == expected, f"{name} {q}: districts {sorted(byarea)}")
            check(city_n == sum(n for n, _ in byarea.values()), f"{name} {q}: city respondents != sum")
            if q == "otrygg-ute-sen-kvall" and y in totals:
                check(city_n == totals[y], f"{name}: city respondents {city_n} != {totals[y]}")
            weighted = sum(pop[(a, y)] * s for a, (_, s) in byarea.items()) / sum(pop[(a, y)] for a in byarea)
            tol = 0.06 if name.endswith("2023.csv") else 0.01
            check(abs(weighted - city_share) <= tol, f"{name} {q}: city {city_share:.2f} vs weighted {weighted:.2f}")
            for a, (n, s) in byarea.items():
                if n < 30:
                    small += 1
                else:
                    check(600 <= n <= 1900, f"{name} {q} {a}: respondents {n}")
            for (ay, aq, aa), v in anchors.items():
                if (ay, aq) == (y, q):
                    s = city_share if aa == "kommun-0180" else byarea[aa][1]
                    check(round(s) == v, f"anchor {ay} {aq} {aa}: {s:.2f} does not round to {v}")
            print(f"city survey {y} {q:22s} city {city_share:5.2f} % (n={city_n})  "
                  f"districts {min(s for _, s in byarea.values()):4.1f}–{max(s for _, s in byarea.values()):4.1f}")
    check(small == 1, f"city survey: {small} cells under 30 respondents, expected 1")


def check_police_survey() -> None:
    rows = read("survey-polisen-2020-2024.csv")
    by: dict[tuple[str, int], dict[str, tuple[float, float]]] = defaultdict(dict)
    for r in rows:
        by[(r["question"], int(r["year"]))][area_id(r)] = (num(r["respondents"], ";"), num(r["share"], ";"))
    for (q, y), d in sorted(by.items()):
        lpos = {a: v for a, v in d.items() if a.startswith("lpo-")}
        check(len(lpos) == 7, f"police {q} {y}: {len(lpos)} LPOs")
        for a, (n, s) in lpos.items():
            check(1200 <= n <= 4300, f"police {q} {y} {a}: n={n}")
        print(f"police {q:20s} {y}: Järva {d['lpo-jarva'][1]:.1f}  city {d['kommun-0180'][1]:.1f}  "
              f"region {d['pr-stockholm'][1]:.1f}  LPO n {min(n for n, _ in lpos.values()):.0f}–{max(n for n, _ in lpos.values()):.0f}")
    check(round(by[("trygg-ute-sen-kvall", 2020)]["lpo-jarva"][1]) == 56, "police anchor Järva 2020")
    check(round(by[("undviker-platser", 2021)]["lpo-jarva"][1]) == 49, "police anchor Järva undviker 2021")
    check(round(by[("trygg-ute-sen-kvall", 2021)]["pr-stockholm"][1]) == 68, "police anchor region 2021")
    check(round(by[("trygg-ute-sen-kvall", 2023)]["pr-stockholm"][1]) == 71, "police anchor region 2023")


RANGES = {"brott-mot-person": (1500, 5000), "misshandel": (450, 1800), "ran": (15, 300),
          "skadegorelse": (1000, 4000), "narkotikabrott": (200, 3200), "vapenbrott": (8, 180)}


def check_crime(pop: dict[tuple[str, int], int], show_rates: bool) -> None:
    counts: dict[tuple[str, str, str], float | None] = {}
    for name in ("crime-2018-2020.csv", "crime-2021-2023.csv", "crime-2024-2025.csv"):
        for r in read(name):
            y = int(r["period"][:4])
            st = r["status"]
            check(st in (("preliminary", "preliminär") if y == 2025 else ("final", "slutlig")),
                  f"{name}:{r['_line']}: status {st}")
            v = num(r["count"], r["_sep"])
            check(v is None or (v >= 0 and v == int(v)), f"{name}:{r['_line']}: count {r['count']}")
            key = (area_id(r), r["period"], r["category"])
            check(key not in counts, f"{name}:{r['_line']}: duplicate {key}")
            counts[key] = v
    missing = [k for k, v in counts.items() if v is None]
    check(len(missing) >= 2, "crime: fewer than two '..' cells")
    annual: dict[tuple[str, int, str], float] = defaultdict(float)
    for y in range(2018, 2026):
        for m in range(1, 13):
            p = f"{y}-{m:02d}"
            areas = {a for (a, pp, _) in counts if pp == p and a.startswith("sdo-")}
            check(areas == geo_bra(y), f"crime {p}: districts {sorted(areas)}")
            for c in RANGES:
                city = counts[("kommun-0180", p, c)]
                parts = [counts[(a, p, c)] for a in areas]
                if None not in parts:
                    check(city == sum(parts), f"crime {p} {c}: city {city} != sum {sum(parts)}")
                else:
                    check(city >= sum(v for v in parts if v is not None), f"crime {p} {c}: city below known sum")
            for a in areas | {"kommun-0180", "kommun-0186", "kommun-0125"}:
                bmp, mh = counts[(a, p, "brott-mot-person")], counts[(a, p, "misshandel")]
                check(mh <= bmp, f"crime {a} {p}: misshandel {mh} > brott-mot-person {bmp}")
                for c in RANGES:
                    annual[(a, y, c)] += counts[(a, p, c)] or 0
    bad = []
    for (a, y, c), n in annual.items():
        rate = n / pop[(a, y)] * 100_000
        lo, hi = RANGES[c]
        if a == "sdo-norrmalm" and c in ("brott-mot-person", "misshandel"):
            lo, hi = lo * 2, hi * 3
        if a in ("sdo-norra-innerstaden", "kommun-0180") and c in ("brott-mot-person", "misshandel"):
            hi *= 1.6
        if a in ("kommun-0186", "kommun-0125"):  # small suburban kommuner: the district ranges do not apply
            lo = 0
        if not lo <= rate <= hi:
            bad.append(f"{a} {y} {c}: {rate:.0f}")
    check(not bad, "crime rates out of range: " + "; ".join(bad[:10]))
    share = sum(annual[k] for k in annual if k[2] == "misshandel") / sum(annual[k] for k in annual if k[2] == "brott-mot-person")
    print(f"crime: {len(counts)} cells, {len(missing)} '..', misshandel/brott-mot-person {share:.2f}")
    if show_rates:
        for c in RANGES:
            print(f"\n{c} per 100 000 per year")
            areas = sorted({a for (a, _, cc) in annual if cc == c})
            for a in areas:
                vals = [f"{annual[(a, y, c)] / pop[(a, y)] * 1e5:6.0f}" if (a, y, c) in annual else "      "
                        for y in range(2018, 2026)]
                print(f"  {a:28s}" + "".join(vals))


def check_measurements() -> None:
    rows = read("measurements-2019-2025.csv")
    by: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    for r in rows:
        by[(r["indicator"], r["period"])][area_id(r)] = int(r["value"])
    under5 = 0
    for (ind, per), d in sorted(by.items()):
        districts = {a: v for a, v in d.items() if a.startswith("sdo-")}
        if ind == "orosanmalningar-extremism":
            check(not districts, "orosanmalningar-extremism is city-level only")
            continue
        check(set(districts) == geo_city_year_end(int(per)), f"measurement {ind} {per}: districts")
        total = sum(districts.values())
        if ind == "utbildade-otillaten-paverkan":
            check(d["kommun-0180"] > total, f"measurement {ind} {per}: city should exceed districts")
        else:
            check(d["kommun-0180"] == total, f"measurement {ind} {per}: city {d['kommun-0180']} != {total}")
        if ind == "avhoppare-i-program":
            under5 += sum(1 for v in districts.values() if v < 5)
            check(all(0 <= v <= 18 for v in districts.values()), f"avhoppare {per}: {districts}")
        if ind == "trygghetsvandringar":
            check(all(2 <= v <= 30 for v in districts.values()), f"vandringar {per}: {districts}")
    check(under5 >= 5, f"avhoppare: only {under5} cells under 5")
    print("measurements: avhoppare city", {p: d["kommun-0180"] for (i, p), d in sorted(by.items()) if i == "avhoppare-i-program"},
          f"cells < 5: {under5}")


def main() -> int:
    pop = check_population()
    check_city_survey(pop)
    check_police_survey()
    check_crime(pop, "--rates" in sys.argv)
    check_measurements()
    if FAILURES:
        print(f"\n{len(FAILURES)} check(s) failed:")
        for f in FAILURES:
            print("  " + f)
        return 1
    print("\nall checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
