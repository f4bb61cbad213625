# The commands of the README: `make run`, `make test` (the full check CI runs) and, for
# contributors' edit-test loop, `make check`. Everything else supports them.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test check setup lint bench bundle clean

$(BIN)/.installed-%: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "pmdesk needs Python 3.11 or newer")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(BIN)/.installed-*
	touch $@

setup: $(BIN)/.installed-dev

run: setup
	scripts/install-system-deps run
	$(BIN)/pmdesk

lint: setup
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/lint-imports

bundle:
	scripts/build-bundle

test: setup
	scripts/install-system-deps test
	scripts/build-bundle
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/pytest

# The same checks without installing system packages or building the bundle: tests that
# need LibreOffice or the bundle skip themselves when they are not there.
check: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

bench: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench $(if $(QUICK),--quick,)

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
