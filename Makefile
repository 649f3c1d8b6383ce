# Two entry points for a fresh clone: `make demo` and `make test`. Everything else is a helper for them.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint setup clean bundle system-runtime system-test

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

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
	$(BIN)/python -m pip install --quiet -e '.[package]'
	$(BIN)/python packaging/build.py

clean:
	rm -rf $(VENV) build dist .pytest_cache
