"""brinkwatch.store: schema, migrations, the single writer, read queries and exports.

    from brinkwatch.store import open_store
    with open_store("brinkwatch.db") as store:
        store.write(result)                      # "new" | "unchanged" | "updated"
        store.events(actor="Iran", since="2025-10")
"""

from brinkwatch.store.db import Store, open_store
from brinkwatch.store.migrations import MIGRATIONS, SCHEMA_VERSION
from brinkwatch.store.queries import ArticleRow

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "ArticleRow", "Store", "open_store"]
