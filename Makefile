# One command each: `make book` builds the book, `make test` runs every test.
# Both create the virtual environment and install the pinned requirements when needed.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NB ?=

.PHONY: help install book test test-fast lint execute execute-all bench bench-book clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(STAMP): requirements.txt pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else "Python 3.11 is required, found " + sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip==25.3"
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -m pip check
	touch $(STAMP)

install: $(STAMP)  ## create .venv and install the pinned requirements

# jupyter-cache re-executes a notebook only when its own code changes; the two packages, the data (and its schema)
# and the book's static files are inputs too, so a change to any empties the cache before the build.
INPUTS_HASH = $(shell find article_analysis article_report data chapters/_static -type f -not -path '*/__pycache__/*' -print0 \
  | sort -z | xargs -0 cat references.bib datapackage.json CITATION.cff requirements.txt | sha256sum | cut -c1-16)

# Everything the book is built from: when none of it changed since the last good build, `make book`
# (and so `make test`) leaves the built book as it is.
BOOK_HASH = $(shell find article_analysis article_report data chapters -type f -not -path '*/__pycache__/*' \
  -not -path '*/.ipynb_checkpoints/*' -print0 | sort -z \
  | xargs -0 cat _config.yml _toc.yml references.bib datapackage.json CITATION.cff requirements.txt pyproject.toml | sha256sum | cut -c1-16)

book: $(STAMP)  ## execute the notebooks (cached) and build the HTML into _build/html; any warning fails
	@mkdir -p _build
	@if [ "$$(cat _build/.book-hash 2>/dev/null)" = "$(BOOK_HASH)" ] && [ -f _build/html/index.html ]; then \
	  echo "the book is up to date (_build/html): nothing it is built from has changed"; \
	else \
	  if [ "$$(cat _build/.inputs-hash 2>/dev/null)" != "$(INPUTS_HASH)" ]; then \
	    echo "package, data or pins changed: clearing the execution cache and the doctrees"; \
	    rm -rf _build/.jupyter_cache _build/.doctrees _build/jupyter_execute; fi; \
	  rm -f _build/.book-hash; \
	  $(BIN)/jupyter-book build . --builder html -W -n --keep-going; \
	  echo "$(INPUTS_HASH)" > _build/.inputs-hash; \
	  echo "$(BOOK_HASH)" > _build/.book-hash; \
	fi

test: book  ## lint, unit tests, nbval over chapters/, checks of the built HTML, browser tests
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest -n 2 --dist loadfile --nbval --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg

test-fast: $(STAMP)  ## unit tests only (no book, no notebooks, no browser)
	$(BIN)/pytest tests -m "not book and not browser"

lint: $(STAMP)  ## ruff
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

execute: $(STAMP)  ## re-execute one notebook in place and store its outputs: make execute NB=chapters/01_anatomy.ipynb
	@test -n "$(NB)" || { echo "usage: make execute NB=chapters/NAME.ipynb" >&2; exit 2; }
	cd $(dir $(NB)) && $(abspath $(BIN))/jupyter nbconvert --to notebook --execute --inplace \
	  --ExecutePreprocessor.record_timing=False --ExecutePreprocessor.timeout=300 $(notdir $(NB))

execute-all: $(STAMP)  ## re-execute every chapter notebook in place, top to bottom
	for nb in chapters/*.ipynb; do $(MAKE) --no-print-directory execute NB=$$nb; done

bench: $(STAMP)  ## the analyzer's growth table: analyze 10 KB-5 MB, compare 100-1,600 sentences (medians)
	$(BIN)/python tests/bench.py $(BENCH_ARGS)

bench-book: book  ## the book's build: clean build vs floor, cached rebuilds, nbval, make test (medians)
	$(BIN)/python tests/bench_book.py

clean:  ## remove the built book (keeps .venv)
	rm -rf _build
