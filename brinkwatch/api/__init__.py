"""brinkwatch.api: the JSON API and the dashboard in one ASGI app (``create_app``), served by
``brinkwatch serve`` (``serve``)."""

from brinkwatch.api.app import check_host, create_app, serve

__all__ = ["check_host", "create_app", "serve"]
