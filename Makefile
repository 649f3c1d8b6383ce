# Two entry points for a fresh clone: `make demo` and `make test`. Everything else is a helper for them.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# What we test and ship: every package pinned with its hashes (refreshed by `make lock`, never by hand).
LOCK := packaging/requirements.lock

.PHONY: demo test lint setup setup-latest lock clean bundle system-runtime system-test

# Exactly the lock, hash-checked; then the project itself, editable, built without fetching anything.
$(STAMP): pyproject.toml $(LOCK)
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	$(BIN)/python -m pip check
	touch $(STAMP)

setup: $(STAMP)

# The newest versions pyproject's ranges allow, without the lock: what the weekly drift workflow tests.
setup-latest:
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade --upgrade-strategy eager -e '.[test,package]'
	touch $(STAMP)

# Re-resolve the lock from pyproject.toml's ranges (all extras, every OS, Python 3.11+) with the newest
# versions the index has; `make lock KEEP=1` keeps today's pins and only adds what a changed range needs.
# Commit the result once `make test` passes with it.
lock: $(STAMP)
	$(BIN)/uv pip compile pyproject.toml packaging/requirements-tools.in --all-extras --universal \
	  --python-version 3.11 --generate-hashes $(if $(KEEP),,--upgrade) --quiet \
	  --custom-compile-command "make lock" -o $(LOCK)

# Debian/Ubuntu packages (only the missing ones; asks sudo when not root); a no-op elsewhere.
system-runtime:
	bash packaging/linux/system-deps.sh runtime

system-test:
	bash packaging/linux/system-deps.sh test

demo: system-runtime $(STAMP)
	$(BIN)/python main.py --demo

test: system-test $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check pos_app tests bench packaging main.py
	$(BIN)/ruff format --check pos_app tests bench packaging main.py
	$(BIN)/mypy

bundle: $(STAMP)
	$(BIN)/python packaging/build.py

clean:
	rm -rf $(VENV) build dist .pytest_cache
