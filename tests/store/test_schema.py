"""The tables stay dialect-neutral: they compile for SQLite and PostgreSQL alike."""

from __future__ import annotations

import pytest
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.schema import CreateIndex, CreateTable

from brinkwatch.store import schema


@pytest.mark.parametrize("dialect", [sqlite.dialect(), postgresql.dialect()], ids=["sqlite", "postgresql"])
def test_ddl_compiles(dialect):
    for table in schema.metadata.sorted_tables:
        ddl = str(CreateTable(table).compile(dialect=dialect))
        assert ddl.startswith(f"\nCREATE TABLE {table.name}")
        for index in table.indexes:
            str(CreateIndex(index).compile(dialect=dialect))
    assert '"end"' in str(CreateTable(schema.sentences).compile(dialect=dialect))


@pytest.mark.parametrize(("module", "dialect"), [(sqlite, sqlite.dialect()),
                                                  (postgresql, postgresql.dialect())])
def test_upserts_compile(module, dialect):
    ins = module.insert(schema.articles).values(id="a", origin="o", status="ok", text="",
                                                extractors="[]", first_seen="t", updated_at="t")
    sql = str(ins.on_conflict_do_update(index_elements=[schema.articles.c.id],
                                        set_={"status": ins.excluded.status}).compile(dialect=dialect))
    assert "ON CONFLICT (id) DO UPDATE" in sql
    assert "ON CONFLICT DO NOTHING" in str(module.insert(schema.events).on_conflict_do_nothing()
                                            .compile(dialect=dialect))


def test_derived_tables_cover_every_article_child():
    # the cross-article stage's tables are its own: it re-analyses a re-coded article itself
    crossref = {t.name for t in schema.CROSSREF_TABLES}
    children = {t.name for t in schema.metadata.sorted_tables
                if t.foreign_keys  # tables of their own (feeds, ...) are not article children
                and t.name not in {"articles", "actors", "schema_migrations"} | crossref}
    assert {t.name for t in schema.DERIVED_TABLES} == children
