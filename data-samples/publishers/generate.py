#!/usr/bin/env python3
"""Writes the publisher-format samples in this folder, byte for byte the same every run.

python3 data-samples/publishers/generate.py   (from the repository root; standard library only)

The numbers are SYNTHETIC (seeded); the layouts and quirks are the real ones (domain.md §5).
Rates are computed from ../population-2017-2025.csv, so the BRÅ rate columns agree with the
populations the samples import.
"""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
MONTHS = ["Jan", "Feb", "Mar", "Apr", "Maj", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dec"]
rng = random.Random(20240111)


def populations():
    table = {}
    with open(os.path.join(HERE, "..", "population-2017-2025.csv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            area, year, value = line.strip().split(";")
            table[(area, int(year))] = int(value.replace(" ", ""))
    return table


POP = populations()


def rate(count, area, year):
    return round(count * 100000 / POP[(area, year)])


def space_thousands(n):
    return f"{n:,}".replace(",", " ")


def write(name, text, encoding, bom=False):
    data = text.encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def bra_solwebb_2023():
    """Solwebb 'Databasfil': ISO-8859-1, 6 header fields and 7 row fields, LF, final lone CR."""
    regions = [
        ("Stadsdelsområde Rinkeby-Kista (Sthlm)", "sdo-rinkeby-kista", 1.0),
        ("Stadsdelsområde Spånga - Tensta (Sthlm)", "sdo-spanga-tensta", 0.8),
        ("Stadsdelsområde Järva (Sthlm)", None, 0.0),  # BRÅ's unit from 2024: zeros in 2023
        ("Stadsdelsområde Bromma (Sthlm)", "sdo-bromma", 0.6),
        ("Stockholm kommun", "kommun-0180", 14.0),
    ]
    lines = ["Region;Brott;År;Period;Antal;/100 000 inv"]
    for label, area, level in regions:
        for crime, share in [("3-7 kap. Brott mot person", 1.0), ("därav misshandel inkl. grov", 0.35), ("Rån inkl. grovt", 0.06)]:
            for m, month in enumerate(MONTHS):
                if area is None:
                    lines.append(f"{label};{crime};2023 prel.;{month};0;0;")
                    continue
                if area == "sdo-bromma" and crime == "Rån inkl. grovt" and month == "Okt":
                    lines.append(f"{label};{crime};2023 prel.;{month};..;..;")
                    continue
                count = max(0, round(rng.gauss(60 * level * share * (1.1 if 5 <= m <= 7 else 1.0), 4 * level)))
                lines.append(f"{label};{crime};2023 prel.;{month};{count};{rate(count, area, 2023)};")
    write("bra-solwebb-2023.txt", "\n".join(lines) + "\n\r", "iso-8859-1")


def bra_solwebb_chapters_2020():
    """Chapters selected with their parent: '3-7 kap.' comes once per selected child (de-duplicated)."""
    regions = [
        ("Hägersten-Liljeholmen stadsdel (upphörde 2021-01-01)", "sdo-hagersten-liljeholmen", 1.0),
        ("Älvsjö stadsdel (upphörde 2021-01-01)", "sdo-alvsjo", 0.35),
        ("Stadsdelsområde Hägersten - Älvsjö (Sthlm)", None, 0.0),  # BRÅ's unit from 2021
    ]
    lines = ["Region;Brott;År;Period;Antal;/100 000 inv"]
    for label, area, level in regions:
        counts = {}
        for m in range(6):
            person = round(rng.gauss(120 * level, 6 * level)) if area else 0
            chapter3 = round(person * 0.55)
            counts[m] = {
                "3-7 kap. Brott mot person": person,
                "3 kap. Brott mot liv och hälsa": chapter3,
                "därav misshandel inkl. grov": round(chapter3 * 0.7),
                "4 kap. Brott mot frihet och frid": person - chapter3,
            }
        order = ["3-7 kap. Brott mot person", "3 kap. Brott mot liv och hälsa", "därav misshandel inkl. grov",
                 "3-7 kap. Brott mot person", "4 kap. Brott mot frihet och frid"]
        for crime in order:
            for m in range(6):
                count = counts[m][crime]
                r = rate(count, area, 2020) if area else 0
                lines.append(f"{label};{crime};2020;{MONTHS[m]};{count};{r};")
    write("bra-solwebb-kapitel-2020.txt", "\n".join(lines) + "\n\r", "iso-8859-1")


def bra_kommun():
    """'Anmälda brott i kommunerna YYYY.csv': UTF-8 BOM, CRLF, space thousands; 2021 without header."""
    def rows(year, names):
        out = []
        for label, area, count in names:
            population = POP[(area, year)] if area else round(count * 100000 / rng.uniform(5500, 9500))
            out.append(f"{label};{space_thousands(count)};{space_thousands(round(count * 100000 / population))}")
        return out

    names_2023 = [
        ("Ale kommun", None, 2537),
        ("Ekerö kommun", "kommun-0125", 1811),
        ("Lidingö kommun", "kommun-0186", 3012),
        ("Malung\u2013Sälen kommun", None, 612),
        ("Solna kommun", None, 9874),
        ("Stockholm kommun", "kommun-0180", 145208),
    ]
    text = "\r\n".join(["Kommun;Antal;Per 100 000 inv."] + rows(2023, names_2023)) + "\r\n"
    write("anmalda-brott-i-kommunerna-2023.csv", text, "utf-8", bom=True)
    names_2021 = [
        ("Arjeplogs kommun", None, 187),
        ("Ekerö kommun", "kommun-0125", 1744),
        ("Lidingö kommun", "kommun-0186", 2960),
        ("Rinkeby-Kista", "sdo-rinkeby-kista", 6843),
        ("Spånga-Tensta", "sdo-spanga-tensta", 4307),
        ("Stockholms kommun", "kommun-0180", 151877),
    ]
    text = "\r\n".join(rows(2021, names_2021)) + "\r\n"
    write("anmalda-brott-i-kommunerna-2021.csv", text, "utf-8", bom=True)


def pxweb_districts():
    """domain.md §8(e): title line, quoted cells, '..', footnotes; Windows-1252 as PxWeb's 'save as'."""
    years = [2019, 2020, 2021, 2022]
    rows = [
        ("Rinkeby-Kista", "sdo-rinkeby-kista"),
        ("Spånga-Tensta", "sdo-spanga-tensta"),
        ("Bromma", "sdo-bromma"),
        ("Älvsjö", "sdo-alvsjo"),
        ("Hägersten-Älvsjö", "sdo-hagersten-alvsjo"),
    ]
    lines = ['"Folkmängd 31 december efter stadsdelsområde och år"', "",
             ";".join(['"stadsdelsområde"'] + [f'"{y}"' for y in years])]
    for name, area in rows:
        cells = [f'"{name}"']
        for y in years:
            value = POP.get((area, y))
            if value is None:
                cells.append('".."')
            else:
                # One corrected figure: Bromma 2022 differs from population-2017-2025.csv (a revision).
                cells.append(str(value + (12 if (area, y) == ("sdo-bromma", 2022) else 0)))
        lines.append(";".join(cells))
    lines += ["", '"Uppgifterna avser förhållandena den 31 december."', '"Källa: SCB, bearbetning Stockholms stad."']
    write("pxweb-folkmangd-stadsdelsomraden.csv", "\r\n".join(lines) + "\r\n", "cp1252")


def pxweb_municipalities_by_sex():
    """SCB PxWeb API CSV: comma, 'code text' labels, the sex variable in the stub, UTF-8."""
    lines = ['"region","kön","2022","2023"']
    for code, name, area in [("0180", "Stockholm", "kommun-0180"), ("0186", "Lidingö", "kommun-0186"), ("0125", "Ekerö", "kommun-0125")]:
        for sex, share in [("män", 0.492), ("kvinnor", 0.508)]:
            values = [str(round(POP[(area, y)] * share)) for y in (2022, 2023)]
            lines.append(",".join([f'"{code} {name}"', f'"{sex}"'] + values))
    write("pxweb-folkmangd-kommun-kon.csv", "\n".join(lines) + "\n", "utf-8")


bra_solwebb_2023()
bra_solwebb_chapters_2020()
bra_kommun()
pxweb_districts()
pxweb_municipalities_by_sex()
