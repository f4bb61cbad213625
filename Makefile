# The commands of the README: `make run`, `make test` (the full check CI runs) and, for
# contributors' edit-test loop, `make check`. Everything else supports them.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test check setup lint bench bundle clean translations qm

$(BIN)/.installed-%: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "pmdesk needs Python 3.11 or newer")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(BIN)/.installed-*
	touch $@

setup: $(BIN)/.installed-dev qm

# The windows' translations: `make translations` puts every string marked for translation
# into resources/i18n/*.ts (new ones unfinished, for Qt Linguist or the XML); the .qm files
# the app loads are built from them at every setup (and are not in git).
QM := $(patsubst %.ts,%.qm,$(wildcard resources/i18n/*.ts))

qm: $(QM)

resources/i18n/%.qm: resources/i18n/%.ts $(BIN)/.installed-dev
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(BIN)/.installed-dev
	VENV=$(VENV) scripts/i18n update

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
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache resources/i18n/*.qm
