"""Loaders on small real fixtures: text with and without front matter, TEI, bad input."""
from __future__ import annotations

import pytest

from kg.errors import EncodingError, FrontMatterError, InputError, XMLError
from kg.loaders import load_path

from .conftest import CORPUS, DATA, RESOLUTION


def test_corpus_document_front_matter_and_body():
    doc = load_path(CORPUS / f"{RESOLUTION}.txt")
    assert doc.id == RESOLUTION
    assert doc.meta["date"] == "1938-01-19"
    assert doc.meta["genre"] == "resolution"
    assert doc.text.startswith("End of the Purges Announced")
    assert "---" not in doc.text[:10]


def test_text_without_front_matter_takes_id_from_stem():
    doc = load_path(DATA / "no_front_matter.txt")
    assert doc.id == "no_front_matter"
    assert doc.meta == {}
    assert doc.text.startswith("Resolution of the Plenum")


def test_tei_metadata_and_annotations_have_exact_offsets():
    doc = load_path(DATA / "politburo_1934.tei.xml")
    assert doc.id == "politburo_1934_12_01"
    assert doc.meta["title"] == "Resolution of the Politburo on the murder of Kirov"
    assert doc.meta["date"] == "1934-12-01"
    assert doc.meta["language"] == "en"
    assert doc.meta["genre"] == "resolution"
    by_text = {a.text: a for a in doc.annotations}
    assert set(by_text) >= {"Politburo of the Central Committee", "NKVD", "Leningrad", "Stalin", "5 December 1934"}
    for a in doc.annotations:
        assert doc.text[a.start:a.end] == a.text
    assert by_text["Stalin"].type == "Person" and by_text["Stalin"].key == "stalin"
    assert by_text["Leningrad"].type == "Place"
    assert "On the murder of Comrade Kirov" in doc.text


def test_hostile_xml_is_refused():
    with pytest.raises(XMLError) as e:
        load_path(DATA / "hostile_xxe.xml")
    assert "hostile_xxe.xml" in str(e.value)
    assert "root:" not in str(e.value)


def test_broken_front_matter_names_file_and_line():
    with pytest.raises(FrontMatterError) as e:
        load_path(DATA / "broken_front_matter.md")
    msg = str(e.value)
    assert "broken_front_matter.md" in msg and "front matter" in msg
    assert "\n" not in msg


def test_empty_and_binary_files(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    with pytest.raises(EncodingError, match="empty"):
        load_path(tmp_path / "empty.txt")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02binary\x00")
    with pytest.raises(EncodingError, match="binary"):
        load_path(tmp_path / "blob.txt")


def test_cp1251_is_detected(tmp_path):
    text = "Пленум ЦК ВКП(б) постановляет: обкомы обязаны рассмотреть апелляции."
    (tmp_path / "ru.txt").write_bytes(text.encode("cp1251"))
    doc = load_path(tmp_path / "ru.txt")
    assert doc.text == text
    assert doc.meta["encoding"] == "cp1251"


def test_unknown_suffix_lists_loaders(tmp_path):
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    with pytest.raises(InputError, match="no loader"):
        load_path(tmp_path / "x.pdf")
