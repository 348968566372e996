#!/usr/bin/env python3
"""Generate the SYNTHETIC sample input files in data-samples/.

Run from the repository root:

    python3 tools/sample-data/generate.py

Python 3.11+, standard library only. The output is deterministic: every random draw comes from
random.Random seeded with SEED plus a fixed stream name (string seeds are hashed with SHA-512 by
`random`, so PYTHONHASHSEED does not matter), and files are written as exact bytes. Running it
twice gives the same bytes; `python3 tools/sample-data/check.py` checks the result.

The numbers are made up but shaped like the real ones: district populations follow the city's
published figures and BRÅ back-calculated populations, and a few survey cells equal published
values (see data-samples/README.md, "Anchors"). Everything else is synthetic. Area names, ids,
survey ids, question ids, crime categories and measurement keys are the catalogue's (BRIEF.md).

What is written (see data-samples/README.md for the full description):
  survey-stockholm-2017.csv   survey (counts)  Windows-1252, ';', Swedish headers, CRLF
  survey-stockholm-2020.csv   survey (counts)  UTF-8, ',', English headers
  survey-stockholm-2023.csv   survey (shares)  UTF-8, ';', decimal comma
  survey-polisen-2020-2024.csv survey (shares) UTF-8 with BOM, ';', decimal comma, CRLF
  crime-2018-2020.csv         crime            UTF-8, ';'
  crime-2021-2023.csv         crime            UTF-8 with BOM, ','
  crime-2024-2025.csv         crime            Windows-1252, ';', Swedish headers, CRLF
  population-2017-2025.csv    population       UTF-8, ';', catalogue ids, space thousands
  measurements-2019-2025.csv  measurement      UTF-8, ','
  bad/*.csv                   deliberately broken files for the ingestion tests
"""

from __future__ import annotations

import math
import random
import sys
from pathlib import Path

SEED = 20191015  # the agreement's presentation month, as a date; any fixed number would do

REPO_ROOT = Path(__file__).resolve().parents[2]
OUT = REPO_ROOT / "data-samples"

# --------------------------------------------------------------------------------------------
# Areas (ids and names exactly as in BRIEF.md / the catalogue)
# --------------------------------------------------------------------------------------------

NAMES = {
    "sdo-rinkeby-kista": "Rinkeby-Kista",
    "sdo-spanga-tensta": "Spånga-Tensta",
    "sdo-jarva": "Järva",
    "sdo-hasselby-vallingby": "Hässelby-Vällingby",
    "sdo-bromma": "Bromma",
    "sdo-kungsholmen": "Kungsholmen",
    "sdo-norrmalm": "Norrmalm",
    "sdo-ostermalm": "Östermalm",
    "sdo-norra-innerstaden": "Norra innerstaden",
    "sdo-sodermalm": "Södermalm",
    "sdo-enskede-arsta-vantor": "Enskede-Årsta-Vantör",
    "sdo-skarpnack": "Skarpnäck",
    "sdo-farsta": "Farsta",
    "sdo-alvsjo": "Älvsjö",
    "sdo-hagersten-liljeholmen": "Hägersten-Liljeholmen",
    "sdo-hagersten-alvsjo": "Hägersten-Älvsjö",
    "sdo-skarholmen": "Skärholmen",
    "kommun-0180": "Stockholms stad",
    "kommun-0186": "Lidingö",
    "kommun-0125": "Ekerö",
    "pr-stockholm": "Polisregion Stockholm",
    "lpo-norrmalm": "Norrmalm",
    "lpo-sodermalm": "Södermalm",
    "lpo-jarva": "Järva",
    "lpo-vallingby": "Vällingby",
    "lpo-globen": "Globen",
    "lpo-farsta": "Farsta",
    "lpo-skarholmen": "Skärholmen",
}

KIND_DISTRICT = "district"
KIND_MUNICIPALITY = "municipality"
KIND_LPO = "local-police-area"
KIND_REGION = "police-region"

# The 14 "atomic" districts of 2019, in the city's order. Later districts are sums of them.
ATOMS = [
    "sdo-rinkeby-kista", "sdo-spanga-tensta", "sdo-hasselby-vallingby", "sdo-bromma",
    "sdo-kungsholmen", "sdo-norrmalm", "sdo-ostermalm", "sdo-sodermalm",
    "sdo-enskede-arsta-vantor", "sdo-skarpnack", "sdo-farsta", "sdo-alvsjo",
    "sdo-hagersten-liljeholmen", "sdo-skarholmen",
]

# Merged districts and their predecessors.
MERGED = {
    "sdo-hagersten-alvsjo": ["sdo-hagersten-liljeholmen", "sdo-alvsjo"],
    "sdo-jarva": ["sdo-rinkeby-kista", "sdo-spanga-tensta"],
    "sdo-norra-innerstaden": ["sdo-norrmalm", "sdo-ostermalm"],
}


def parts(area: str) -> list[str]:
    """The atomic districts an area consists of."""
    return MERGED.get(area, [area])


GEO_14 = list(ATOMS)
GEO_13 = [a for a in ATOMS if a not in ("sdo-alvsjo", "sdo-hagersten-liljeholmen")]
GEO_13.insert(GEO_13.index("sdo-skarholmen"), "sdo-hagersten-alvsjo")
GEO_11 = []
for _a in GEO_13:
    if _a == "sdo-rinkeby-kista":
        GEO_11.append("sdo-jarva")
    elif _a == "sdo-norrmalm":
        GEO_11.append("sdo-norra-innerstaden")
    elif _a in ("sdo-spanga-tensta", "sdo-ostermalm"):
        continue
    else:
        GEO_11.append(_a)


def geo_city_year_end(year: int) -> list[str]:
    """The city's districts on 31 December of the year (mergers 2020-07-01 and 2023-07-01)."""
    if year <= 2019:
        return GEO_14
    if year <= 2022:
        return GEO_13
    return GEO_11


def geo_bra(year: int) -> list[str]:
    """BRÅ's district units in a year (BRÅ switches on the next 1 January)."""
    if year <= 2020:
        return GEO_14
    if year <= 2023:
        return GEO_13
    return GEO_11


# Local police areas: (atom, weight) lists. Enskede-Årsta-Vantör is split between Globen
# (Enskede, Årsta) and Farsta (Vantör); Hägersten-Älvsjö between Skärholmen (the former
# Hägersten-Liljeholmen) and Globen (the former Älvsjö). Lidingö and Ekerö are outside the city.
VANTOR_SHARE = 0.42  # synthetic share of Enskede-Årsta-Vantör's residents living in Vantör
LPO_PARTS = {
    "lpo-norrmalm": [("sdo-norrmalm", 1.0), ("sdo-ostermalm", 1.0), ("sdo-kungsholmen", 1.0),
                     ("kommun-0186", 1.0)],
    "lpo-sodermalm": [("sdo-sodermalm", 1.0)],
    "lpo-jarva": [("sdo-rinkeby-kista", 1.0), ("sdo-spanga-tensta", 1.0)],
    "lpo-vallingby": [("sdo-hasselby-vallingby", 1.0), ("sdo-bromma", 1.0), ("kommun-0125", 1.0)],
    "lpo-globen": [("sdo-enskede-arsta-vantor", 1.0 - VANTOR_SHARE), ("sdo-skarpnack", 1.0),
                   ("sdo-alvsjo", 1.0)],
    "lpo-farsta": [("sdo-farsta", 1.0), ("sdo-enskede-arsta-vantor", VANTOR_SHARE)],
    "lpo-skarholmen": [("sdo-skarholmen", 1.0), ("sdo-hagersten-liljeholmen", 1.0)],
}
LPOS = list(LPO_PARTS)


def rng_for(stream: str) -> random.Random:
    """An independent, reproducible random stream."""
    return random.Random(f"{SEED}:{stream}")


# --------------------------------------------------------------------------------------------
# Formatting and writing
# --------------------------------------------------------------------------------------------

def int_sv(n: int, sep: str = " ") -> str:
    """Swedish integer: space (or NBSP) as thousands separator, from 1 000 upwards."""
    s = str(abs(n))
    groups = []
    while len(s) > 3:
        groups.insert(0, s[-3:])
        s = s[:-3]
    groups.insert(0, s)
    return ("-" if n < 0 else "") + sep.join(groups)


def dec_sv(x: float, digits: int = 1) -> str:
    """Swedish decimal: comma as decimal mark."""
    return f"{x:.{digits}f}".replace(".", ",")


def write_csv(name: str, header: list[str], rows: list[list[str]], sep: str, encoding: str,
              newline: str = "\n") -> None:
    """Write exact bytes: encoding 'utf-8', 'utf-8-sig' (BOM) or 'cp1252'."""
    lines = [sep.join(header)] + [sep.join(r) for r in rows]
    for line in lines:
        for cell in line.split(sep):
            assert '"' not in cell, cell
    text = newline.join(lines) + newline
    path = OUT / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    print(f"wrote {path.relative_to(REPO_ROOT)} ({len(rows)} rows, {encoding}, sep {sep!r})")


# --------------------------------------------------------------------------------------------
# Population (31 December)
# --------------------------------------------------------------------------------------------

YEARS_POP = list(range(2017, 2026))

# 2020-2023: BRÅ back-calculated district populations from domain.md §1.3 (≈, ±1 %). Where the
# table has no value (Östermalm and Södermalm 2020-2022) the value is synthetic. Hägersten-Älvsjö
# (≈124 000 in 2021) is split into its former parts with a synthetic Älvsjö share.
ALVSJO_SHARE = 0.235
_ANCHOR_2020_2023 = {
    "sdo-rinkeby-kista": [51300, 51400, 52200, 52500],
    "sdo-spanga-tensta": [38700, 38500, 39300, 39500],
    "sdo-hasselby-vallingby": [76300, 76100, 76900, 76900],
    "sdo-bromma": [80900, 81200, 82100, 82400],
    "sdo-kungsholmen": [71300, 71400, 70800, 70800],
    "sdo-norrmalm": [73500, 73700, 73900, 73900],
    "sdo-ostermalm": [80300, 80200, 80400, 80500],
    "sdo-sodermalm": [130300, 129700, 129900, 130000],
    "sdo-enskede-arsta-vantor": [103100, 103400, 103600, 103800],
    "sdo-skarpnack": [46500, 46400, 46200, 46400],
    "sdo-farsta": [59700, 59800, 61400, 61800],
    "sdo-alvsjo": [round(v * ALVSJO_SHARE) for v in (123700, 124000, 125200, 125800)],
    "sdo-hagersten-liljeholmen": [round(v * (1 - ALVSJO_SHARE)) for v in (123700, 124000, 125200, 125800)],
    "sdo-skarholmen": [37400, 37000, 37000, 37200],
}
# Yearly growth used to go back from 2020 to 2017 (synthetic, in the direction of the city's
# 2011 figures and its 2021 prognosis: fast growth in Bromma, Hägersten-Liljeholmen, Älvsjö,
# Farsta and Hässelby-Vällingby, little in the inner city) and forward from 2023 to 2025.
_GROWTH_BACK = {
    "sdo-rinkeby-kista": 0.006, "sdo-spanga-tensta": 0.007, "sdo-hasselby-vallingby": 0.010,
    "sdo-bromma": 0.013, "sdo-kungsholmen": 0.005, "sdo-norrmalm": 0.003, "sdo-ostermalm": 0.004,
    "sdo-sodermalm": 0.004, "sdo-enskede-arsta-vantor": 0.010, "sdo-skarpnack": 0.007,
    "sdo-farsta": 0.012, "sdo-alvsjo": 0.016, "sdo-hagersten-liljeholmen": 0.015,
    "sdo-skarholmen": 0.004,
}
_GROWTH_FWD = {a: g * 0.45 for a, g in _GROWTH_BACK.items()}
_GROWTH_FWD["sdo-kungsholmen"] = 0.001
_GROWTH_FWD["sdo-skarholmen"] = 0.002

# Lidingö and Ekerö (synthetic, near their real size: ≈48 000 and ≈29 000).
_OTHER_KOMMUN = {"kommun-0186": (47_300, 0.0025), "kommun-0125": (27_900, 0.0070)}


def build_population() -> dict[str, dict[int, int]]:
    rng = rng_for("population")
    pop: dict[str, dict[int, int]] = {}
    for a in ATOMS:
        anchor = _ANCHOR_2020_2023[a]
        series = {}
        for y in YEARS_POP:
            if 2020 <= y <= 2023:
                base = anchor[y - 2020]
            elif y < 2020:
                base = anchor[0] / (1 + _GROWTH_BACK[a]) ** (2020 - y)
            else:
                base = anchor[3] * (1 + _GROWTH_FWD[a]) ** (y - 2023)
            series[y] = int(round(base + rng.uniform(-160, 160)))
        pop[a] = series
    for k, (base, g) in _OTHER_KOMMUN.items():
        pop[k] = {y: int(round(base * (1 + g) ** (y - 2017) + rng.uniform(-60, 60))) for y in YEARS_POP}
    for m, ps in MERGED.items():
        pop[m] = {y: sum(pop[p][y] for p in ps) for y in YEARS_POP}
    pop["kommun-0180"] = {y: sum(pop[a][y] for a in ATOMS) for y in YEARS_POP}
    for lpo, lparts in LPO_PARTS.items():
        pop[lpo] = {y: int(round(sum(pop[a][y] * w for a, w in lparts))) for y in YEARS_POP}
    return pop


def population_rows(pop: dict[str, dict[int, int]]) -> list[list[str]]:
    """Districts for every year in which the city or BRÅ uses them, then municipalities, LPOs."""
    rows = []
    for y in YEARS_POP:
        areas = list(geo_city_year_end(y))
        for a in geo_bra(y):
            if a not in areas:
                areas.append(a)
        # city order: follow the 14-district order with merged units at their first part
        order = {a: i for i, a in enumerate(ATOMS)}
        areas.sort(key=lambda a: (order[parts(a)[0]], len(parts(a))))
        for a in areas:
            rows.append([a, str(y), int_sv(pop[a][y])])
        for a in ("kommun-0180", "kommun-0186", "kommun-0125"):
            rows.append([a, str(y), int_sv(pop[a][y])])
        for a in LPOS:
            rows.append([a, str(y), int_sv(pop[a][y])])
    return rows


# --------------------------------------------------------------------------------------------
# The city's survey (stockholm-trygghetsmatning): 2017, 2020, 2023
# --------------------------------------------------------------------------------------------

CITY_SURVEY = "stockholm-trygghetsmatning"
CITY_QUESTIONS = ["otrygg-ute-sen-kvall", "orolig-brott-ofta", "avstatt-aktivitet", "utsatt-brott-person"]

# Total answers (sum over districts = the city row's respondents for otrygg-ute-sen-kvall).
CITY_SURVEY_TOTAL = {2017: 17_669, 2020: 17_857, 2023: 15_012}  # 2017/2020 real, 2023 ≈ "omkring 15 000"

# City-level target shares (percent). Published values (domain.md §4.1): otrygg-ute-sen-kvall 10
# (2017, 2020); orolig-brott-ofta 11 (2017), 9 (2020). The exact targets below round to them.
# Everything else is synthetic.
CITY_TARGET = {
    2017: {"otrygg-ute-sen-kvall": 10.2, "orolig-brott-ofta": 10.9, "avstatt-aktivitet": 14.1, "utsatt-brott-person": 11.3},
    2020: {"otrygg-ute-sen-kvall": 9.8, "orolig-brott-ofta": 9.2, "avstatt-aktivitet": 12.6, "utsatt-brott-person": 10.4},
    2023: {"otrygg-ute-sen-kvall": 9.1, "orolig-brott-ofta": 8.4, "avstatt-aktivitet": 11.8, "utsatt-brott-person": 10.1},
}
# Published district values (domain.md §4.1) used exactly (share rounds to them).
DISTRICT_ANCHOR = {
    (2017, "orolig-brott-ofta", "sdo-rinkeby-kista"): 21.1,
    (2017, "orolig-brott-ofta", "sdo-spanga-tensta"): 25.8,
    (2017, "orolig-brott-ofta", "sdo-farsta"): 12.2,
    (2020, "orolig-brott-ofta", "sdo-rinkeby-kista"): 10.9,
    (2020, "orolig-brott-ofta", "sdo-spanga-tensta"): 13.1,
    (2020, "orolig-brott-ofta", "sdo-farsta"): 11.8,
}

# Relative level of each atomic district against the city (synthetic, 2017 pattern).
_REL = {
    # district:            otrygg, orolig, avstatt, utsatt
    "sdo-rinkeby-kista":      (2.05, 1.90, 1.55, 1.30),
    "sdo-spanga-tensta":      (2.25, 2.30, 1.65, 1.25),
    "sdo-hasselby-vallingby": (1.15, 1.10, 1.10, 1.00),
    "sdo-bromma":             (0.55, 0.62, 0.70, 0.75),
    "sdo-kungsholmen":        (0.62, 0.66, 0.75, 0.98),
    "sdo-norrmalm":           (0.78, 0.80, 0.85, 1.42),
    "sdo-ostermalm":          (0.50, 0.58, 0.66, 0.90),
    "sdo-sodermalm":          (0.80, 0.78, 0.85, 1.15),
    "sdo-enskede-arsta-vantor": (1.10, 1.05, 1.05, 1.00),
    "sdo-skarpnack":          (0.95, 0.95, 1.00, 1.02),
    "sdo-farsta":             (1.30, 1.10, 1.20, 1.05),
    "sdo-alvsjo":             (0.72, 0.75, 0.80, 0.80),
    "sdo-hagersten-liljeholmen": (0.74, 0.75, 0.82, 0.90),
    "sdo-skarholmen":         (1.70, 1.60, 1.45, 1.20),
}
# Changes of the pattern over time (synthetic; 2020: insecurity rose somewhat in Farsta,
# Enskede-Årsta-Vantör and Hässelby-Vällingby (Dagens Samhälle), fell in the Järva districts).
_REL_CHANGE = {
    2020: {"otrygg-ute-sen-kvall": {"sdo-rinkeby-kista": 0.80, "sdo-spanga-tensta": 0.78, "sdo-farsta": 1.15,
                                    "sdo-enskede-arsta-vantor": 1.12, "sdo-hasselby-vallingby": 1.12}},
    2023: {"otrygg-ute-sen-kvall": {"sdo-rinkeby-kista": 0.72, "sdo-spanga-tensta": 0.70, "sdo-farsta": 1.12,
                                    "sdo-skarholmen": 1.05},
           "orolig-brott-ofta": {"sdo-rinkeby-kista": 0.60, "sdo-spanga-tensta": 0.58, "sdo-farsta": 1.10}},
}
# Relative response (Järva and Skärholmen answer less often).
_RESPONSE = {
    "sdo-rinkeby-kista": 0.74, "sdo-spanga-tensta": 0.78, "sdo-hasselby-vallingby": 1.0, "sdo-bromma": 1.1,
    "sdo-kungsholmen": 1.05, "sdo-norrmalm": 0.98, "sdo-ostermalm": 1.08, "sdo-sodermalm": 1.02,
    "sdo-enskede-arsta-vantor": 1.0, "sdo-skarpnack": 1.0, "sdo-farsta": 0.95, "sdo-alvsjo": 1.05,
    "sdo-hagersten-liljeholmen": 1.05, "sdo-skarholmen": 0.80,
}
_ITEM_NONRESPONSE = {"otrygg-ute-sen-kvall": 0.0, "orolig-brott-ofta": 0.012, "avstatt-aktivitet": 0.021,
                     "utsatt-brott-person": 0.016}
# Deliberately small cell (synthetic) so that min_respondents suppression shows.
SMALL_CELL = (2023, "utsatt-brott-person", "sdo-skarholmen", 27, 4)


def _weighted_rel(area: str, qi: int, pop_year: dict[str, int]) -> float:
    ps = parts(area)
    return sum(_REL[p][qi] * pop_year[p] for p in ps) / sum(pop_year[p] for p in ps)


def build_city_survey(year: int, pop: dict[str, dict[int, int]]) -> list[dict]:
    """Rows: dict(area, question, respondents, positive (float share*n), share)."""
    rng = rng_for(f"city-survey-{year}")
    areas = GEO_14 if year < 2023 else GEO_13
    popy = {a: pop[a][year] for a in list(ATOMS) + list(MERGED)}
    # respondents per district: ∝ population^0.45 × response, summing to the total
    w = {a: popy[a] ** 0.45 * (sum(_RESPONSE[p] * popy[p] for p in parts(a)) / popy[a]) for a in areas}
    total = CITY_SURVEY_TOTAL[year]
    n_tot = {a: int(round(total * w[a] / sum(w.values()))) for a in areas}
    biggest = max(areas, key=lambda a: n_tot[a])
    n_tot[biggest] += total - sum(n_tot.values())
    weight = {a: popy[a] / sum(popy[b] for b in areas) for a in areas}

    out = []
    for qi, q in enumerate(CITY_QUESTIONS):
        n = {}
        for a in areas:
            nr = _ITEM_NONRESPONSE[q]
            n[a] = n_tot[a] - int(round(n_tot[a] * nr * rng.uniform(0.5, 1.5)))
        rel = {a: _weighted_rel(a, qi, popy) * rng.uniform(0.93, 1.07) for a in areas}
        for a, f in _REL_CHANGE.get(year, {}).get(q, {}).items():
            if a in rel:
                rel[a] *= f
        z = {a: rng.gauss(0.0, 1.0) for a in areas}
        fixed = {a: DISTRICT_ANCHOR[(year, q, a)] for a in areas if (year, q, a) in DISTRICT_ANCHOR}

        def shares(scale: float) -> dict[str, float]:
            s = {}
            for a in areas:
                if a in fixed:
                    s[a] = fixed[a]
                    continue
                p = min(0.95, max(0.002, scale * rel[a] / 100.0))
                p_hat = p + z[a] * math.sqrt(p * (1 - p) / n[a])
                s[a] = 100.0 * max(0.0, p_hat)
            return s

        def counts(scale: float) -> dict[str, int]:
            s = shares(scale)
            return {a: int(round(s[a] / 100.0 * n[a])) for a in areas}

        def city(scale: float) -> float:
            c = counts(scale)
            return sum(weight[a] * 100.0 * c[a] / n[a] for a in areas)

        target = CITY_TARGET[year][q]
        lo, hi = 1.0, 40.0
        for _ in range(60):
            mid = (lo + hi) / 2
            if city(mid) < target:
                lo = mid
            else:
                hi = mid
        scale = (lo + hi) / 2
        pos = counts(scale)
        if (year, q) == SMALL_CELL[:2]:
            a = SMALL_CELL[2]
            n[a], pos[a] = SMALL_CELL[3], SMALL_CELL[4]
        for a in areas:
            out.append({"area": a, "question": q, "respondents": n[a], "positive": pos[a],
                        "share": 100.0 * pos[a] / n[a]})
        city_share = sum(weight[a] * 100.0 * pos[a] / n[a] for a in areas)
        city_n = sum(n[a] for a in areas)
        out.append({"area": "kommun-0180", "question": q, "respondents": city_n,
                    "positive": int(round(city_share / 100.0 * city_n)), "share": city_share})
    return out


def city_survey_files(pop: dict[str, dict[int, int]]) -> None:
    # 2017: Windows-1252, ';', Swedish headers, counts, CRLF (as saved by Excel on Windows)
    rows = []
    for r in build_city_survey(2017, pop):
        kind = KIND_MUNICIPALITY if r["area"].startswith("kommun") else KIND_DISTRICT
        rows.append([NAMES[r["area"]], kind, "2017", r["question"], int_sv(r["respondents"]),
                     int_sv(r["positive"]), CITY_SURVEY])
    write_csv("survey-stockholm-2017.csv",
              ["område", "områdestyp", "år", "fråga", "svarande", "positiva", "undersökning"],
              rows, ";", "cp1252", "\r\n")

    # 2020: UTF-8, ',', English headers, counts
    rows = []
    for r in build_city_survey(2020, pop):
        kind = KIND_MUNICIPALITY if r["area"].startswith("kommun") else KIND_DISTRICT
        rows.append([CITY_SURVEY, NAMES[r["area"]], kind, "2020", r["question"], str(r["respondents"]),
                     str(r["positive"])])
    write_csv("survey-stockholm-2020.csv",
              ["survey", "area", "area_kind", "year", "question", "respondents", "positive"],
              rows, ",", "utf-8")

    # 2023: UTF-8, ';', share in percent with decimal comma
    rows = []
    for r in build_city_survey(2023, pop):
        kind = KIND_MUNICIPALITY if r["area"].startswith("kommun") else KIND_DISTRICT
        rows.append([CITY_SURVEY, NAMES[r["area"]], kind, "2023", r["question"], int_sv(r["respondents"]),
                     dec_sv(r["share"], 1)])
    write_csv("survey-stockholm-2023.csv",
              ["survey", "area", "area_kind", "year", "question", "respondents", "share"],
              rows, ";", "utf-8")


# --------------------------------------------------------------------------------------------
# The police's survey (polisen-trygghetsmatning): 2020, 2021, 2023, 2024
# --------------------------------------------------------------------------------------------

POLICE_SURVEY = "polisen-trygghetsmatning"
POLICE_YEARS = [2020, 2021, 2023, 2024]
# (share, exact?) per LPO and year; exact = published value (domain.md §4.2), else synthetic.
POLICE_LEVEL = {
    "trygg-ute-sen-kvall": {
        "lpo-norrmalm":   [74, 73, 75, 75],
        "lpo-sodermalm":  [72, 71, 73, 72],
        "lpo-jarva":      [56.2, 59, 64, 65],   # 2020 published 56 %; 2022 (not in file) published 64 %
        "lpo-vallingby":  [71, 69, 72, 72],
        "lpo-globen":     [71, 70, 72, 72],
        "lpo-farsta":     [64, 63, 66, 66],
        "lpo-skarholmen": [61, 60, 63, 64],
        "pr-stockholm":   [67.4, 68.1, 70.8, 70.6],  # 2021 68 %, 2023 71 % published; 2020, 2024 synthetic
    },
    "undviker-platser": {
        "lpo-norrmalm":   [26, 27, 25, 25],
        "lpo-sodermalm":  [27, 28, 26, 26],
        "lpo-jarva":      [50, 49.1, 43, 41],   # 2021 published 49 %; 2022 (not in file) published 42 %
        "lpo-vallingby":  [29, 30, 28, 27],
        "lpo-globen":     [28, 28, 26, 26],
        "lpo-farsta":     [36, 36, 34, 33],
        "lpo-skarholmen": [40, 40, 37, 36],
        "pr-stockholm":   [30.2, 31.0, 29.1, 28.8],  # synthetic
    },
}
POLICE_EXACT = {("trygg-ute-sen-kvall", "lpo-jarva", 2020), ("undviker-platser", "lpo-jarva", 2021),
                ("trygg-ute-sen-kvall", "pr-stockholm", 2021), ("trygg-ute-sen-kvall", "pr-stockholm", 2023)}
_POLICE_N_BASE = {"lpo-norrmalm": 4000, "lpo-sodermalm": 3300, "lpo-jarva": 2100, "lpo-vallingby": 3700,
                  "lpo-globen": 3100, "lpo-farsta": 2700, "lpo-skarholmen": 2400}
_POLICE_N_YEAR = {2020: 1.0, 2021: 0.85, 2023: 0.73, 2024: 0.80}
# Region answers: 2020 52 700 and 2021 ≈43 500 published; 2023 ">35 000" (nykommun.se); 2024 synthetic.
_POLICE_REGION_N = {2020: 52_700, 2021: 43_512, 2023: 35_406, 2024: 38_951}


def police_survey_file(pop: dict[str, dict[int, int]]) -> None:
    rng = rng_for("police-survey")
    rows = []
    for q in ("trygg-ute-sen-kvall", "undviker-platser"):
        for yi, y in enumerate(POLICE_YEARS):
            shares = {}
            ns = {}
            for lpo in LPOS:
                n = int(round(_POLICE_N_BASE[lpo] * _POLICE_N_YEAR[y] * rng.uniform(0.94, 1.06)))
                if q == "undviker-platser":  # a few more skip this question
                    n -= int(round(n * rng.uniform(0.01, 0.03)))
                lvl = POLICE_LEVEL[q][lpo][yi]
                s = lvl if (q, lpo, y) in POLICE_EXACT else lvl + rng.uniform(-0.9, 0.9)
                shares[lpo], ns[lpo] = s, n
                rows.append([POLICE_SURVEY, NAMES[lpo], KIND_LPO, str(y), q, int_sv(n), dec_sv(s, 1)])
            # city row: the LPOs weighted by their population inside the city (Lidingö, Ekerö out)
            in_city = {lpo: sum(pop[a][y] * w for a, w in LPO_PARTS[lpo] if a.startswith("sdo-")) for lpo in LPOS}
            city_share = sum(shares[l] * in_city[l] for l in LPOS) / sum(in_city.values())
            city_n = int(round(sum(ns[l] * in_city[l] / pop[l][y] for l in LPOS)))
            rows.append([POLICE_SURVEY, NAMES["kommun-0180"], KIND_MUNICIPALITY, str(y), q, int_sv(city_n),
                         dec_sv(city_share, 1)])
            lvl = POLICE_LEVEL[q]["pr-stockholm"][yi]
            rn = _POLICE_REGION_N[y] - (0 if q == "trygg-ute-sen-kvall" else int(round(_POLICE_REGION_N[y] * 0.018)))
            rows.append([POLICE_SURVEY, NAMES["pr-stockholm"], KIND_REGION, str(y), q, int_sv(rn), dec_sv(lvl, 1)])
    write_csv("survey-polisen-2020-2024.csv",
              ["survey", "area", "area_kind", "year", "question", "respondents", "share"],
              rows, ";", "utf-8-sig", "\r\n")


# --------------------------------------------------------------------------------------------
# Crime: monthly counts per district, 2018-01 .. 2025-12 (BRÅ geography)
# --------------------------------------------------------------------------------------------

CATEGORIES = ["brott-mot-person", "misshandel", "ran", "skadegorelse", "narkotikabrott", "vapenbrott"]
# Level per 100 000 residents per year in 2018 (synthetic): brott mot person, share of it that is
# misshandel, rån, skadegörelse, narkotikabrott, vapenbrott. Norrmalm: few residents, many visitors.
CRIME_LEVEL = {
    "sdo-rinkeby-kista":        (4300, 0.345, 230, 2900, 2350, 115),
    "sdo-spanga-tensta":        (4000, 0.35, 210, 3200, 2050, 105),
    "sdo-hasselby-vallingby":   (3000, 0.34, 120, 2500, 900, 55),
    "sdo-bromma":               (2050, 0.31, 62, 1650, 350, 22),
    "sdo-kungsholmen":          (2700, 0.33, 110, 2100, 800, 40),
    "sdo-norrmalm":             (8600, 0.38, 250, 3500, 2500, 120),
    "sdo-ostermalm":            (2600, 0.33, 105, 1900, 700, 35),
    "sdo-sodermalm":            (3400, 0.36, 165, 2600, 1250, 55),
    "sdo-enskede-arsta-vantor": (2900, 0.34, 120, 2300, 1000, 50),
    "sdo-skarpnack":            (2900, 0.34, 110, 2400, 900, 45),
    "sdo-farsta":               (3300, 0.35, 160, 2800, 1300, 70),
    "sdo-alvsjo":               (2200, 0.32, 90, 1800, 600, 30),
    "sdo-hagersten-liljeholmen": (2400, 0.32, 95, 1900, 650, 35),
    "sdo-skarholmen":           (3900, 0.35, 220, 3300, 1800, 100),
    "kommun-0186":              (1800, 0.31, 40, 1500, 320, 18),
    "kommun-0125":              (1650, 0.30, 25, 1600, 280, 16),
}
IMPROVING_AFTER_2019 = {"sdo-rinkeby-kista", "sdo-spanga-tensta", "sdo-skarholmen", "sdo-farsta"}
INNER_CITY = {"sdo-norrmalm", "sdo-ostermalm", "sdo-sodermalm", "sdo-kungsholmen"}
# Cells published as ".." (synthetic): (area, period, category). The city row still has its total.
CRIME_MISSING = {("sdo-skarpnack", "2019-03", "vapenbrott"), ("sdo-farsta", "2022-11", "narkotikabrott"),
                 ("kommun-0125", "2024-08", "ran")}
DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def _covid(atom: str, y: int, m: int) -> float:
    """Fewer person crimes and robberies in the 2020 spring and the 2020/21 winter (synthetic)."""
    inner = atom in INNER_CITY
    if y == 2020 and 4 <= m <= 6:
        return 0.74 if inner else 0.94
    if (y == 2020 and m >= 11) or (y == 2021 and m <= 3):
        return 0.82 if inner else 0.95
    if y == 2021 and 4 <= m <= 6:
        return 0.90 if inner else 0.98
    return 1.0


def crime_lambda(atom: str, cat: str, y: int, m: int, pop: dict[str, dict[int, int]]) -> float:
    bmp, _frac, ran, skad, nark, vap = CRIME_LEVEL[atom]
    t = (y - 2018) + (m - 0.5) / 12 - 0.5  # years since mid-2018
    season = 1 + 0.10 * math.cos(2 * math.pi * (m - 7) / 12)
    if cat == "brott-mot-person":
        level = bmp * math.exp(0.004 * t)
        if atom in IMPROVING_AFTER_2019:
            level *= math.exp(-0.045 * max(0.0, t - 1.0))
        level *= _covid(atom, y, m)
    elif cat == "ran":
        level = ran * math.exp(-0.055 * t) * (1 + 0.10 * math.exp(-((t - 2.6) ** 2)))  # a youth-robbery bump 2021
        level *= _covid(atom, y, m)
        season = 1 + 0.05 * math.cos(2 * math.pi * (m - 9) / 12)
    elif cat == "skadegorelse":
        level = skad * math.exp(-0.03 * t)
        season = 1 + 0.08 * math.cos(2 * math.pi * (m - 7) / 12)
    elif cat == "narkotikabrott":
        level = nark * (math.exp(0.07 * t) if t < 3 else math.exp(0.21) * math.exp(-0.03 * (t - 3)))
        season = 1 + 0.06 * math.cos(2 * math.pi * (m - 5) / 12)
    elif cat == "vapenbrott":
        level = vap * (math.exp(0.06 * t) if t < 3 else math.exp(0.18) * math.exp(-0.06 * (t - 3)))
        season = 1 + 0.05 * math.cos(2 * math.pi * (m - 7) / 12)
    else:
        raise ValueError(cat)
    return level * pop[atom][y] / 100_000 * DAYS[m - 1] / 365.0 * season


def _poisson(rng: random.Random, lam: float) -> int:
    if lam > 200:  # sum of two halves keeps exp(-lam) well inside double range
        return _poisson(rng, lam / 2) + _poisson(rng, lam / 2)
    u = rng.random()
    k, p = 0, math.exp(-lam)
    c = p
    while u > c:
        k += 1
        p *= lam / k
        c += p
        if k > 10 * lam + 50:
            break
    return k


def _binomial(rng: random.Random, n: int, p: float) -> int:
    return sum(1 for _ in range(n) if rng.random() < p)


def build_crime(pop: dict[str, dict[int, int]]) -> dict[tuple[str, str, str], int]:
    """Counts keyed by (area, 'YYYY-MM', category), for BRÅ districts, Lidingö, Ekerö and the city."""
    rng = rng_for("crime")
    counts: dict[tuple[str, str, str], int] = {}
    for y in range(2018, 2026):
        for m in range(1, 13):
            period = f"{y}-{m:02d}"
            for area in geo_bra(y) + ["kommun-0186", "kommun-0125"]:
                ps = parts(area)
                lam = {c: sum(crime_lambda(p, c, y, m, pop) for p in ps)
                       for c in CATEGORIES if c != "misshandel"}
                frac = sum(CRIME_LEVEL[p][1] * crime_lambda(p, "brott-mot-person", y, m, pop) for p in ps) \
                    / lam["brott-mot-person"]
                # extra-Poisson variation (month-to-month swings beyond pure chance)
                for c in CATEGORIES:
                    if c == "misshandel":
                        continue
                    counts[(area, period, c)] = _poisson(rng, lam[c] * rng.lognormvariate(0.0, 0.06))
                counts[(area, period, "misshandel")] = _binomial(
                    rng, counts[(area, period, "brott-mot-person")], frac * rng.uniform(0.95, 1.05))
            for c in CATEGORIES:
                counts[("kommun-0180", period, c)] = sum(counts[(a, period, c)] for a in geo_bra(y))
    return counts


def bra_name(area: str) -> str:
    """BRÅ's spelling of a district ("Stadsdelsområde Spånga - Tensta (Sthlm)"): BRÅ keeps a merged
    district until the next 1 January, so only this spelling (an alias with its own validity in the
    catalogue) is valid for, say, Rinkeby-Kista in 2023-08."""
    if not area.startswith("sdo-"):
        return NAMES[area]
    return "Stadsdelsområde " + NAMES[area].replace("-", " - ") + " (Sthlm)"


def crime_files(pop: dict[str, dict[int, int]]) -> None:
    counts = build_crime(pop)

    def rows_for(years: range, fmt_count, status_words: tuple[str, str], kind_first: bool) -> list[list[str]]:
        rows = []
        area_list: list[str] = []
        for y in years:
            for a in geo_bra(y):
                if a not in area_list:
                    area_list.append(a)
        area_list += ["kommun-0186", "kommun-0125", "kommun-0180"]
        for a in area_list:
            kind = KIND_MUNICIPALITY if a.startswith("kommun") else KIND_DISTRICT
            for c in CATEGORIES:
                for y in years:
                    if a.startswith("sdo-") and a not in geo_bra(y):
                        continue
                    status = status_words[1] if y == 2025 else status_words[0]
                    for m in range(1, 13):
                        period = f"{y}-{m:02d}"
                        n = counts[(a, period, c)]
                        cell = ".." if (a, period, c) in CRIME_MISSING else fmt_count(n)
                        name = bra_name(a)
                        if kind_first:
                            rows.append([name, kind, period, c, cell, status])
                        else:
                            rows.append([name, period, c, cell, status, kind])
        return rows

    write_csv("crime-2018-2020.csv", ["area", "period", "category", "count", "status", "area_kind"],
              rows_for(range(2018, 2021), int_sv, ("final", "preliminary"), False), ";", "utf-8")
    write_csv("crime-2021-2023.csv", ["area", "area_kind", "period", "category", "count", "status"],
              rows_for(range(2021, 2024), str, ("final", "preliminary"), True), ",", "utf-8-sig")
    write_csv("crime-2024-2025.csv", ["område", "områdestyp", "period", "kategori", "antal", "status"],
              rows_for(range(2024, 2026), lambda n: int_sv(n, "\u00a0"), ("slutlig", "preliminär"), True),
              ";", "cp1252", "\r\n")


# Offences outside the sampled categories (thefts, frauds, traffic and other crimes) per 100 000
# residents per year in 2018 (synthetic): added to the sampled ones to make "samtliga brott".
OTHER_OFFENCES = {
    "sdo-rinkeby-kista": 9000, "sdo-spanga-tensta": 8500, "sdo-hasselby-vallingby": 7000, "sdo-bromma": 5500,
    "sdo-kungsholmen": 8000, "sdo-norrmalm": 32000, "sdo-ostermalm": 9500, "sdo-sodermalm": 10500,
    "sdo-enskede-arsta-vantor": 6500, "sdo-skarpnack": 6200, "sdo-farsta": 7200, "sdo-alvsjo": 6000,
    "sdo-hagersten-liljeholmen": 6300, "sdo-skarholmen": 8200, "kommun-0186": 5200, "kommun-0125": 4800,
}


def total_crime_file(pop: dict[str, dict[int, int]]) -> None:
    """Samtliga brott per district and year (a separate file with its own random stream, so the
    other sample files stay byte-identical): the sampled categories' sum (misshandel is inside
    brott mot person) plus the other offences, falling 2 % a year."""
    counts = build_crime(pop)
    rng = rng_for("crime-total")
    rows = []
    for y in range(2018, 2026):
        areas = geo_bra(y) + ["kommun-0186", "kommun-0125"]
        city = 0
        for area in areas:
            sampled = sum(counts[(area, f"{y}-{m:02d}", c)] for m in range(1, 13)
                          for c in CATEGORIES if c != "misshandel")
            other = sum(OTHER_OFFENCES[p] * pop[p][y] / 100_000 for p in parts(area)) * math.exp(-0.02 * (y - 2018))
            n = sampled + _poisson(rng, other * rng.lognormvariate(0.0, 0.03))
            if area.startswith("sdo-"):
                city += n
            rows.append([bra_name(area), KIND_MUNICIPALITY if area.startswith("kommun") else KIND_DISTRICT,
                         str(y), "samtliga-brott", int_sv(n), "preliminär" if y == 2025 else "slutlig"])
        rows.append([bra_name("kommun-0180"), KIND_MUNICIPALITY, str(y), "samtliga-brott", int_sv(city),
                     "preliminär" if y == 2025 else "slutlig"])
    write_csv("crime-samtliga-brott-2018-2025.csv", ["område", "områdestyp", "år", "kategori", "antal", "status"],
              rows, ";", "utf-8")


# --------------------------------------------------------------------------------------------
# Activity measurements (measurement kind), 2019-2025, city geography at the end of each year
# --------------------------------------------------------------------------------------------

# Expected yearly level per atomic district once the work is running (synthetic).
_AVHOPPARE = {"sdo-rinkeby-kista": 7, "sdo-spanga-tensta": 5, "sdo-hasselby-vallingby": 7, "sdo-bromma": 2,
              "sdo-kungsholmen": 2, "sdo-norrmalm": 3, "sdo-ostermalm": 1, "sdo-sodermalm": 5,
              "sdo-enskede-arsta-vantor": 8, "sdo-skarpnack": 4, "sdo-farsta": 7, "sdo-alvsjo": 2,
              "sdo-hagersten-liljeholmen": 4, "sdo-skarholmen": 7}
_VANDRINGAR = {"sdo-rinkeby-kista": 16, "sdo-spanga-tensta": 14, "sdo-hasselby-vallingby": 12, "sdo-bromma": 6,
               "sdo-kungsholmen": 5, "sdo-norrmalm": 9, "sdo-ostermalm": 4, "sdo-sodermalm": 10,
               "sdo-enskede-arsta-vantor": 12, "sdo-skarpnack": 8, "sdo-farsta": 11, "sdo-alvsjo": 4,
               "sdo-hagersten-liljeholmen": 8, "sdo-skarholmen": 13}
_UTBILDADE = {"sdo-rinkeby-kista": 22, "sdo-spanga-tensta": 18, "sdo-hasselby-vallingby": 16, "sdo-bromma": 12,
              "sdo-kungsholmen": 10, "sdo-norrmalm": 12, "sdo-ostermalm": 9, "sdo-sodermalm": 18,
              "sdo-enskede-arsta-vantor": 17, "sdo-skarpnack": 10, "sdo-farsta": 14, "sdo-alvsjo": 6,
              "sdo-hagersten-liljeholmen": 13, "sdo-skarholmen": 15}
# Ramp-up of the defector programme after the agreement (signed 2019-10).
_RAMP = {2019: 0.9, 2020: 1.0, 2021: 1.1, 2022: 1.2, 2023: 1.2, 2024: 1.25, 2025: 1.15}
# Safety walks: fewer in the 2020 pandemic year.
_WALK_RAMP = {2019: 0.8, 2020: 0.65, 2021: 0.85, 2022: 1.0, 2023: 1.05, 2024: 1.1, 2025: 1.05}
_TRAINING_RAMP = {2019: 0.25, 2020: 1.4, 2021: 1.9, 2022: 1.6, 2023: 1.4, 2024: 2.1, 2025: 1.7}
_CENTRAL_TRAINED = {2019: 14, 2020: 63, 2021: 88, 2022: 71, 2023: 66, 2024: 104, 2025: 79}
_OROSANMALNINGAR = {2019: 41, 2020: 35, 2021: 44, 2022: 52, 2023: 47, 2024: 58, 2025: 53}


def measurement_file() -> None:
    rng = rng_for("measurements")
    rows = []

    def district_series(key: str, base: dict[str, int], ramp: dict[int, float], minimum: int) -> None:
        for y in range(2019, 2026):
            total = 0
            for a in geo_city_year_end(y):
                lam = sum(base[p] for p in parts(a)) * ramp[y]
                if key == "trygghetsvandringar" and a in MERGED:
                    lam *= 0.75  # one merged administration plans fewer walks than two did
                v = max(minimum, _poisson(rng, lam))
                total += v
                rows.append([key, NAMES[a], KIND_DISTRICT, str(y), str(v)])
            city_totals[y] = total

    city_totals: dict[int, int] = {}
    for key, base, ramp, minimum in (("avhoppare-i-program", _AVHOPPARE, _RAMP, 0),
                                     ("trygghetsvandringar", _VANDRINGAR, _WALK_RAMP, 2),
                                     ("utbildade-otillaten-paverkan", _UTBILDADE, _TRAINING_RAMP, 0)):
        city_totals.clear()
        district_series(key, base, ramp, minimum)
        for y in range(2019, 2026):
            city = city_totals[y]
            if key == "utbildade-otillaten-paverkan":  # the city total also counts central administrations
                city += _CENTRAL_TRAINED[y]
            rows.append([key, NAMES["kommun-0180"], KIND_MUNICIPALITY, str(y), str(city)])
    for y in range(2019, 2026):
        rows.append(["orosanmalningar-extremism", NAMES["kommun-0180"], KIND_MUNICIPALITY, str(y),
                     str(_OROSANMALNINGAR[y])])
    write_csv("measurements-2019-2025.csv", ["indicator", "area", "area_kind", "period", "value"], rows, ",", "utf-8")


# --------------------------------------------------------------------------------------------
# Deliberately broken files (each has exactly one kind of error; see data-samples/README.md)
# --------------------------------------------------------------------------------------------

def bad_files() -> None:
    s = CITY_SURVEY
    # 1. a count that is not a number: line 4, column 7 (positive)
    write_csv("bad/survey-positive-not-a-number.csv",
              ["survey", "area", "area_kind", "year", "question", "respondents", "positive"],
              [[s, "Bromma", "district", "2020", "otrygg-ute-sen-kvall", "1342", "71"],
               [s, "Farsta", "district", "2020", "otrygg-ute-sen-kvall", "1187", "163"],
               [s, "Skärholmen", "district", "2020", "otrygg-ute-sen-kvall", "741", "tolv"],
               [s, "Södermalm", "district", "2020", "otrygg-ute-sen-kvall", "1626", "132"]],
              ";", "utf-8")
    # 2. an area that is not in the catalogue: line 3, column 1 (Sundbyberg is a neighbouring kommun)
    write_csv("bad/crime-unknown-area.csv", ["area", "area_kind", "period", "category", "count", "status"],
              [["Bromma", "district", "2024-01", "ran", "4", "final"],
               ["Sundbyberg", "municipality", "2024-01", "ran", "6", "final"],
               ["Kungsholmen", "district", "2024-01", "ran", "7", "final"]],
              ";", "utf-8")
    # 3. a bare "Järva" without area_kind: district sdo-jarva or local police area lpo-jarva (lines 2 and 3)
    write_csv("bad/crime-ambiguous-jarva.csv", ["area", "period", "category", "count", "status"],
              [["Järva", "2024-01", "ran", "21", "final"],
               ["Järva", "2024-02", "ran", "17", "final"],
               ["Bromma", "2024-01", "ran", "4", "final"]],
              ";", "utf-8")
    # 4. a survey file without the required column respondents (header, line 1)
    write_csv("bad/survey-missing-respondents.csv",
              ["survey", "area", "area_kind", "year", "question", "positive"],
              [[s, "Bromma", "district", "2017", "orolig-brott-ofta", "88"],
               [s, "Farsta", "district", "2017", "orolig-brott-ofta", "141"]],
              ";", "utf-8")
    # 5. a share above 100 percent: line 3, column 7 (share)
    p = POLICE_SURVEY
    write_csv("bad/survey-share-over-100.csv",
              ["survey", "area", "area_kind", "year", "question", "respondents", "share"],
              [[p, "Järva", "local-police-area", "2021", "trygg-ute-sen-kvall", "1 804", "59,3"],
               [p, "Globen", "local-police-area", "2021", "trygg-ute-sen-kvall", "2 651", "112,5"],
               [p, "Farsta", "local-police-area", "2021", "trygg-ute-sen-kvall", "2 297", "63,1"]],
              ";", "utf-8")
    # 6. one bad row among good ones: line 6 has the month 13 (period); the file is rejected whole
    rows = [[NAMES["sdo-skarholmen"], "district", f"2024-{m:02d}", "vapenbrott", str(v), "final"]
            for m, v in ((9, 3), (10, 5), (11, 2), (12, 4))]
    rows.insert(4, [NAMES["sdo-skarholmen"], "district", "2024-13", "vapenbrott", "3", "final"])
    rows.append([NAMES["sdo-farsta"], "district", "2024-12", "vapenbrott", "6", "final"])
    write_csv("bad/crime-bad-period-among-good-rows.csv", ["area", "area_kind", "period", "category", "count", "status"],
              rows, ",", "utf-8")


def main() -> int:
    if sys.version_info < (3, 11):
        print("needs Python 3.11 or later", file=sys.stderr)
        return 2
    pop = build_population()
    write_csv("population-2017-2025.csv", ["area", "year", "population"], population_rows(pop), ";", "utf-8")
    city_survey_files(pop)
    police_survey_file(pop)
    crime_files(pop)
    total_crime_file(pop)
    measurement_file()
    bad_files()
    return 0


if __name__ == "__main__":
    sys.exit(main())
