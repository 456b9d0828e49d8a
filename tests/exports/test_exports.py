"""Analyst exports: Parquet, ACLED-style and CAMEO-style CSV, GeoJSON, read back as a user would."""

from __future__ import annotations

import csv
import json
import sys
from dataclasses import replace

import pyarrow.parquet as pq
import pytest

from brinkwatch.errors import ConfigError, StoreError
from brinkwatch.exports import export_file
from brinkwatch.exports.tables import acled_category, cameo_code
from brinkwatch.store import open_store


def _factory():
    import brinkwatch_tests_store_factory  # registered by tests/conftest.py

    return brinkwatch_tests_store_factory


@pytest.fixture
def store(tmp_path):
    f = _factory()
    results = [f.make_result(n) for n in range(3)] + [f.make_bad(1)]
    # one hypothetical event: it did not happen, so ACLED-style rows leave it out
    r0 = results[0]
    results[0] = replace(r0, events=(replace(r0.events[0], modality="hypothetical"),
                                     *r0.events[1:]))
    with open_store(tmp_path / "x.db") as s:
        for r in results:
            s.write(r)
        yield s


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as fp:
        return list(csv.DictReader(fp))


def test_events_parquet_typed_and_complete(store, tmp_path):
    out = tmp_path / "events.parquet"
    assert export_file(store, "parquet", out) == 9
    table = pq.read_table(out)
    assert table.num_rows == 9
    assert str(table.schema.field("quad").type) == "int64"
    assert str(table.schema.field("location_lat").type) == "double"
    rows = table.to_pylist()
    assert [json.loads(r["record"]) for r in rows] == store.events()
    consult = [r for r in rows if r["type"] == "CONSULT"]
    assert consult and all(r["location_lat"] == pytest.approx(33.31) for r in consult)
    assert all(r["location_lat"] is None for r in rows if r["type"] != "CONSULT")


def test_articles_parquet_has_every_document_with_text(store, tmp_path):
    out = tmp_path / "articles.parquet"
    assert export_file(store, "articles-parquet", out) == 4
    rows = pq.read_table(out).to_pylist()
    by_status = {r["status"]: r for r in rows}
    assert set(by_status) == {"ok", "not-english"}
    ok = [r for r in rows if r["status"] == "ok"]
    assert all(r["text"].startswith("Report") and r["n_events"] == 3 for r in ok)
    assert export_file(store, "articles-parquet", tmp_path / "ok.parquet", doc="report-0002") == 1


def test_empty_selection_still_writes_a_readable_parquet(store, tmp_path):
    out = tmp_path / "none.parquet"
    assert export_file(store, "parquet", out, type="PROTEST") == 0
    assert pq.read_table(out).num_rows == 0


def test_acled_rows_only_for_events_that_happened(store, tmp_path):
    out = tmp_path / "acled.csv"
    assert export_file(store, "acled", out) == 8  # 9 events, one hypothetical
    rows = read_csv(out)
    assert list(rows[0])[:14] == ["event_date", "event_type", "sub_event_type", "actor1",
                                  "assoc_actor_1", "actor2", "assoc_actor_2", "admin1",
                                  "location", "latitude", "longitude", "source", "notes",
                                  "fatalities"]
    assert all(r["modality"] in ("asserted", "alleged") for r in rows)
    assault = [r for r in rows if r["plover_type"] == "ASSAULT"]
    assert assault and all((r["event_type"], r["sub_event_type"]) == ("Battles", "Armed clash")
                           for r in assault)
    assert all(r["actor1"] == "Kata'ib Hezbollah" and r["actor2"] == "United States"
               for r in assault)
    alleged = [r for r in rows if r["modality"] == "alleged"]
    assert alleged and all(r["notes"].startswith("[alleged] ") for r in alleged)
    consult = [r for r in rows if r["plover_type"] == "CONSULT"]
    assert all((r["location"], r["latitude"], r["country"]) == ("Baghdad", "33.31", "IRQ")
               for r in consult)
    assert all(r["source"] == "Test Wire" and r["fatalities"] == "" for r in rows)
    threats = [r for r in rows if r["plover_type"] == "THREATEN"]  # undated in the text
    assert threats and all((r["event_date"], r["date_precision"]) == ("2025-10-20", "article")
                           for r in threats)
    assert all(r["date_precision"] in ("day", "month") for r in assault + consult)


@pytest.mark.parametrize("ptype,mode,expected", [
    ("ASSAULT", "aerial", ("Explosions/Remote violence", "Air/drone strike")),
    ("ASSAULT", "explosives", ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("ASSAULT", None, ("Battles", "Armed clash")),
    ("ASSAULT", "abduct", ("Violence against civilians", "Abduction/forced disappearance")),
    ("PROTEST", "riot", ("Riots", "Violent demonstration")),
    ("PROTEST", "demonstrate", ("Protests", "Peaceful protest")),
    ("COERCE", "arrest", ("Strategic developments", "Arrests")),
    ("AGREE", None, ("Strategic developments", "Agreement")),
    # verbal events and unknown types: never a violent category
    ("THREATEN", "violence", ("Strategic developments", "Other")),
    ("ACCUSE", None, ("Strategic developments", "Other")),
    ("NOT_A_TYPE", None, ("Strategic developments", "Other")),
])
def test_acled_category(ptype, mode, expected):
    assert acled_category(ptype, mode) == expected


@pytest.mark.parametrize("ptype,mode,given,expected", [
    ("ASSAULT", "aerial", None, "195"),
    ("ASSAULT", None, None, "18"),
    ("THREATEN", None, "1313", "1313"),  # the extractor's own code wins
    ("NOT_A_TYPE", None, None, ""),
])
def test_cameo_code(ptype, mode, given, expected):
    assert cameo_code(ptype, mode, given) == expected


def test_cameo_table(store, tmp_path):
    out = tmp_path / "cameo.csv"
    assert export_file(store, "cameo", out) == 9
    rows = read_csv(out)
    assault = [r for r in rows if r["EventRootCode"] == "18"]
    assert assault and all(r["QuadClass"] == "4" and r["GoldsteinScale"] == "-9.0"
                           for r in assault)
    assert all(r["Actor1Code"] == "kataib_hezbollah" for r in assault)
    # the factory's ids are not in the built-in theatre: no country rather than a guess
    assert all(r["Actor1CountryCode"] == "" for r in rows)
    assert all(len(r["SQLDATE"]) == 8 and r["SQLDATE"].startswith("2025") for r in rows)


def test_actor_countries_from_the_theatre():
    from brinkwatch.exports.tables import actor_countries, cameo_row
    from brinkwatch.kb.loader import load_theatre

    countries = actor_countries(load_theatre(()))
    assert countries["state_usa"] == "USA"
    assert countries["org_kataib_hezbollah"] == "IRQ"  # an armed group: its own country
    assert countries["org_lebanese_hezbollah"] == "LBN"
    f = _factory()
    d = f.make_result(0).events[0]
    from brinkwatch.contract import event_to_export

    rec = event_to_export(d, f.make_result(0).article)
    rec["actor"][0]["kb_id"], rec["target"][0]["kb_id"] = "org_kataib_hezbollah", "state_usa"
    row = cameo_row(rec, countries)
    assert (row["Actor1CountryCode"], row["Actor2CountryCode"]) == ("IRQ", "USA")


def test_geojson_only_located_events(store, tmp_path):
    out = tmp_path / "events.geojson"
    assert export_file(store, "geojson", out) == 3
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection" and len(data["features"]) == 3
    f = data["features"][0]
    assert f["geometry"] == {"type": "Point", "coordinates": [44.36, 33.31]}  # lon, lat
    assert f["properties"]["type"] == "CONSULT" and f["properties"]["place"] == "Baghdad"
    empty = tmp_path / "none.geojson"
    assert export_file(store, "geojson", empty, type="ASSAULT") == 0
    assert json.loads(empty.read_text(encoding="utf-8"))["features"] == []


def test_bad_format_and_missing_folder_are_one_line_errors(store, tmp_path):
    with pytest.raises(ConfigError, match="use one of"):
        export_file(store, "xlsx", tmp_path / "x")
    with pytest.raises(StoreError, match="create it"):
        export_file(store, "acled", tmp_path / "no" / "x.csv")


def test_cli_writes_each_format_and_asks_for_out(store, tmp_path):
    import subprocess

    db = store.where
    for fmt, rows in (("parquet", 9), ("acled", 8), ("geojson", 3)):
        out = tmp_path / f"e.{fmt}"
        proc = subprocess.run([sys.executable, "-m", "brinkwatch.cli", "--db", db, "export",
                               "--format", fmt, "--out", str(out)],
                              capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr
        assert f"wrote {rows} rows to {out}" in proc.stderr and out.stat().st_size > 0
    proc = subprocess.run([sys.executable, "-m", "brinkwatch.cli", "--db", db, "export",
                           "--format", "parquet"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "give --out PATH" in proc.stderr


@pytest.mark.parametrize(("casualties", "expected"), [
    ([{"kind": "killed", "low": 3, "count": "at least 3"}], 3),
    ([{"kind": "killed", "low": 5, "count": "five"},
      {"kind": "killed", "low": 2, "count": "two", "source": "the ministry"}], 2),
    ([{"kind": "wounded", "low": 7, "count": "seven"},
      {"kind": "killed", "low": 1, "count": "one"}], 1),
    ([{"kind": "wounded", "low": 7, "count": "seven"}], None),
    ([{"kind": "killed", "low": None, "count": "dozens"}], None),
    ([], None),
])
def test_acled_fatalities_are_the_lowest_stated_death_toll(casualties, expected):
    from brinkwatch.exports.tables import fatalities

    assert fatalities({"casualties": casualties}) == expected
