"""POST /api/ingest: refused without the token setting or with a wrong token; with it, the
posted text goes through the real pipeline into the store and is served at once."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

TEXT = ("Militia Drone Strike Reported Near Erbil\n\n"
        "Kata'ib Hezbollah fighters fired two drones at a base hosting United States troops near "
        "Erbil on Tuesday, officials said.\n")


@pytest.fixture
def writable(api_db: Path, tmp_path: Path) -> Path:
    db = tmp_path / "w.db"
    shutil.copy(api_db, db)
    return db


def make_client(db: Path, token: str) -> Any:
    from fastapi.testclient import TestClient

    from brinkwatch.api import create_app
    from brinkwatch.config import load_settings

    return TestClient(create_app(load_settings(db=str(db), environ={}, api_token=token)))


def test_wrong_or_missing_token_is_refused(writable: Path) -> None:
    with make_client(writable, "s3cret-token") as c:
        for headers in ({}, {"Authorization": "Bearer nope"}, {"Authorization": "s3cret"}):
            r = c.post("/api/ingest", json={"texts": [{"text": TEXT}]}, headers=headers)
            assert r.status_code == 401 and r.json()["error"]["code"] == "unauthorized"
        assert c.get("/api/events").json()["total"] == 14
        r = c.post("/api/ingest", json={}, headers={"Authorization": "Bearer s3cret-token"})
        assert r.status_code == 400  # nothing to ingest
        assert "s3cret" not in c.get("/").text and "s3cret" not in c.get("/openapi.json").text


@pytest.mark.slow
def test_ingest_with_the_token_stores_and_serves(writable: Path) -> None:
    with make_client(writable, "s3cret-token") as c:
        r = c.post("/api/ingest", json={"texts": [{"text": TEXT, "outlet": "Posted Wire",
                                                   "published": "2025-12-02"}]},
                   headers={"Authorization": "Bearer s3cret-token"})
        assert r.status_code == 200, r.text
        assert r.json()["new"] == 1 and r.json()["events"] >= 1
        body = c.get("/api/events?outlet=Posted Wire").json()
        assert body["total"] >= 1
        assert any(e["type"] == "ASSAULT" for e in body["items"])
        again = c.post("/api/ingest", json={"texts": [{"text": TEXT}]},
                       headers={"Authorization": "Bearer s3cret-token"}).json()
        assert again["new"] == 0 and again["unchanged"] == 1  # content-hash ids: no duplicate
