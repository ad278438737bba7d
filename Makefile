# The two set-up commands are `make run` and `make test`; each installs what is missing first.
SHELL := /bin/bash
VENV := .venv/bin
export RASA_TELEMETRY_ENABLED := false
export SQLALCHEMY_SILENCE_UBER_WARNING := 1

.PHONY: run test setup train validate check bench translations translations-update clean

setup:
	@scripts/setup-env.sh
	@$(MAKE) --no-print-directory translations

run: setup
	$(VENV)/assistant run

train: setup
	$(VENV)/assistant train

validate: setup
	.venv-rasa/bin/rasa data validate --fail-on-warnings --data data/nlu data/rules data/stories

test: setup validate
	@scripts/setup-test-system.sh
	$(VENV)/assistant train
	$(VENV)/pytest -ra

check: setup
	$(VENV)/ruff format --check .
	$(VENV)/ruff check .
	$(VENV)/mypy

bench: setup
	$(VENV)/assistant train
	$(VENV)/assistant bench service

# Catalogs: `make translations-update` extracts every marked string (Python and domain.yml responses)
# into assistant/locale/messages.pot and merges it into each language; `make translations` compiles.
translations:
	@if ls assistant/locale/*/LC_MESSAGES/messages.po >/dev/null 2>&1; then \
	  $(VENV)/pybabel compile -d assistant/locale -D messages --statistics; fi

translations-update:
	$(VENV)/pybabel extract -F babel.cfg -k _ -o assistant/locale/messages.pot --no-location --sort-output .
	@if ls assistant/locale/*/LC_MESSAGES/messages.po >/dev/null 2>&1; then \
	  $(VENV)/pybabel update -i assistant/locale/messages.pot -d assistant/locale -D messages; fi

clean:
	rm -rf .venv .venv-rasa models var .rasa
