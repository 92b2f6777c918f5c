"""The generated GeoNames gazetteer (``kg/resources/authority_places_geonames.yaml``, written by
``tools/make_geonames_places.py``): places the written authority lacks, found in sentences of the
development sets, in English and in a Russian case form; the written entries win; a city named
after a person does not take the person's surname."""
from __future__ import annotations

import pytest
import yaml

from kg.api import extract_documents
from kg.loaders import load_path
from kg.resolve.authority import GENERIC_SOURCES, load_authority, packaged_authority_paths

from .conftest import use_authority_core

# heldout7 404 and heldout h01 (development sets); the Russian sentence puts the places in case forms
_SENTENCES = (
    "Party meetings throughout the country are now being held to approve the resolution; the press reports "
    "that the obkoms of Leningrad and Sverdlovsk were among the first to do so.\n\n"
    "Партийные собрания в Свердловске и Ярославле одобрили решение пленума.\n\n"
    "To appoint a Central Commission for the Purge consisting of Comrades Rudzutak (chairman), Kaganovich, "
    "Kirov, Yezhov, Shkiryatov, Stasova, Yaroslavsky and Piatnitsky.\n")


def _generated():
    path = next(p for p in packaged_authority_paths() if p.name == "authority_places_geonames.yaml")
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_generated_entries_are_linked_places():
    entries = _generated()
    assert len(entries) > 500
    for e in entries:
        assert e["type"] == "Place" and isinstance(e["geonames"], int), e["id"]
        assert e["source"].startswith(GENERIC_SOURCES), e["id"]
    names = {n.lower() for e in entries for n in e["aliases"]["en"] + e["aliases"].get("ru", [])}
    # the surname guard (authority persons), the given-name guard, the short-name guard
    assert not names & {"kirov", "киров", "kalinin", "калинин", "frunze", "фрунзе", "gorky", "горький",
                        "vladimir", "владимир", "дели", "сталино", "троцк", "томск", "ivanov", "иваново"}
    assert {"sverdlovsk", "свердловск", "yekaterinburg", "kharkiv", "kishinev", "кишинёв"} <= names


@pytest.mark.parametrize("core", ["predev", None])
def test_geonames_places_in_dev_sentences(tmp_path, monkeypatch, core):
    use_authority_core(monkeypatch, core)
    authority = load_authority()
    # the written entry wins over the generated one (same names); the ablation core, which
    # leaves the written entry out, keeps the generated one
    assert ("kursk" in authority) != ("kursk_ru" in authority)
    assert ("kursk_ru" in authority) == (core == "predev")
    p = tmp_path / "places.txt"
    p.write_text(_SENTENCES, encoding="utf-8")
    ex = extract_documents([load_path(p)], authority)[0]
    by_text = {(m.text, m.type): m for m in ex.mentions}
    for name in ("Sverdlovsk", "Свердловске", "Ярославле"):
        m = by_text.get((name, "Place"))
        assert m is not None, (name, sorted(t for t, _ in by_text))
        links = dict(authority.get(m.key).links) if m.key in authority else {}
        if core == "predev":      # the predev core does not know these: GeoNames does
            assert links.get("geonames"), (name, m.key)
    assert ("Kirov", "Person") in by_text
    assert not any(m.type == "Place" and m.text.startswith("Kirov") for m in ex.mentions)
