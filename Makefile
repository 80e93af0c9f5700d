# The whole set-up on a fresh machine with only python3:
#   make run   - create .venv, install the package, extract the bundled samples into output/
#   make test  - same set-up plus the test tools, then the test suite
#   make bench - measurements (batch throughput …) printed as a table
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: run test lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed-run: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-test: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@ $(VENV)/.installed-run

run: $(VENV)/.installed-run
	$(BIN)/bulletin extract samples -o output

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest -q

bench: $(VENV)/.installed-test
	$(BIN)/python bench/bench.py

lint: $(VENV)/.installed-test
	$(BIN)/ruff check extract tests

clean:
	rm -rf $(VENV) output/*.csv output/*.parquet
