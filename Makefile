# Convenience targets; each is a thin wrapper so the README's two commands stay the truth.
PY := .venv/bin/python

.PHONY: run test lint format schema screenshots clean
run:
	python3 dev.py run
test:
	python3 dev.py test
lint:
	$(PY) -m ruff check . && $(PY) -m ruff format --check .
format:
	$(PY) -m ruff format . && $(PY) -m ruff check --fix .
schema:
	$(PY) -m gui --write-schema resources/schema
screenshots:
	../shared/tools/screenshots.sh docs/screenshots 1280x800
clean:
	rm -rf .venv build dist .pytest_cache .ruff_cache
