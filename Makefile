# figaudit — everyday commands. `make audit` and `make test` do all set-up on a
# fresh clone: they create .venv and install the locked dependencies.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | cksum | cut -d' ' -f1)
PIP    := $(BIN)/python -m pip --disable-pip-version-check -q

.PHONY: setup audit test bench eval lab lock browser clean help

help:
	@echo "make audit   audit the embedded default report (data/raw/) into reports/"
	@echo "make test    run the test suite"
	@echo "make bench   run the benchmark (writes benchmarks/results.md)"
	@echo "make eval    score figaudit on the labelled corpus of real text (writes benchmarks/accuracy.md)"
	@echo "make lab     install JupyterLab (the 'lab' extra) and open the notebooks"
	@echo "make lock    re-resolve requirements.lock (needs uv)"

$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install --require-hashes -r requirements.lock
	$(PIP) install --no-deps --no-build-isolation -e .
	@rm -f $(VENV)/.installed-*; touch $@

setup: $(STAMP)

audit: $(STAMP)
	$(BIN)/figaudit run

# Chromium for the browser test of the HTML audit (Debian packages).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing chromium (Debian packages) for the browser test"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; \
	  else echo "chromium missing and cannot be installed here: the browser test will be skipped"; fi; }

test: $(STAMP) browser
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

# The validity study: the CLI over ../shared/corpus (or $$FIGAUDIT_CORPUS), scored against its labels.
eval: $(STAMP)
	$(BIN)/python benchmarks/eval.py

lab: $(STAMP)
	$(PIP) install --require-hashes -r requirements-lab.lock
	$(BIN)/jupytext --sync notebooks/*.py
	$(BIN)/jupyter lab notebooks/

lock:
	uv pip compile pyproject.toml build-requirements.in --extra test --python-version 3.11 --generate-hashes \
	  -o requirements.lock --custom-compile-command "make lock" -q
	uv pip compile pyproject.toml build-requirements.in --extra test --extra lab --python-version 3.11 --generate-hashes \
	  -o requirements-lab.lock --custom-compile-command "make lock" -q

clean:
	rm -rf reports/*/ data/clean/*/ .pytest_cache
