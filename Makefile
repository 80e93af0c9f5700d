# The whole set-up on a fresh machine with only python3:
#   make run   - create .venv, install the package, extract the bundled samples into output/
#   make test  - same set-up plus the test tools, then the test suite
#   make bench - measurements (batch throughput …) printed as a table
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: run test lint bench review fuzz clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed-run: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-test: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@ $(VENV)/.installed-run

# (Bytecode compiled once, as pip does for an installed package: with
# PYTHONDONTWRITEBYTECODE set, every run would compile the modules again.)
run: $(VENV)/.installed-run
	$(BIN)/python -m compileall -q extract
	$(BIN)/bulletin extract samples -o output

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest -q

bench: $(VENV)/.installed-test
	$(BIN)/python bench/bench.py

# Coverage-guided fuzzing of the text path; FUZZ_SECONDS to run longer.
FUZZ_SECONDS ?= 120
fuzz: $(VENV)/.installed-test
	$(BIN)/python -m pip install -q atheris
	mkdir -p fuzz/work && cp -n fuzz/seeds/* fuzz/work/ 2>/dev/null || true
	$(BIN)/python fuzz/fuzz_text.py fuzz/work -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=4096 \
		-artifact_prefix=fuzz/

# The reviewers' documents of families beyond the development set, scored
# against their keys (review/README.md).
review: $(VENV)/.installed-run
	$(BIN)/bulletin extract review/docs -o output/review -q --format csv
	$(BIN)/python ../shared/tools/score.py output/review --gold review/gold

lint: $(VENV)/.installed-test
	$(BIN)/ruff check extract tests

clean:
	rm -rf $(VENV) output/*.csv output/*.parquet
