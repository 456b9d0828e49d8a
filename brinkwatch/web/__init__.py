"""brinkwatch.web: the dashboard pages (templates and static assets shipped in the package)."""
