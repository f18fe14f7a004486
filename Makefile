# Convenience targets; each is a thin wrapper so the README's two commands stay the truth.
PY := .venv/bin/python

.PHONY: run test lint format schema screenshots clean translations translations-update fonts
run:
	python3 dev.py run
test:
	python3 dev.py test
lint:
	$(PY) -m ruff check . && $(PY) -m ruff format --check .
format:
	$(PY) -m ruff format . && $(PY) -m ruff check --fix .
# Compile the Qt Linguist sources (.ts) into the .qm files the app loads.
translations:
	.venv/bin/pyside6-lrelease -silent resources/i18n/*.ts
# Collect new or changed strings from gui/ into the .ts sources, for translators.
translations-update:
	.venv/bin/pyside6-lupdate $$(find gui -name '*.py' | sort) -no-obsolete \
		-ts resources/i18n/strategy_viewer_zh_CN.ts
	.venv/bin/pyside6-lupdate $$(find gui -name '*.py' | sort) -no-obsolete -pluralonly \
		-ts resources/i18n/strategy_viewer_en.ts
# Re-cut the bundled CJK font after adding Chinese text (needs fonttools, fonts-noto-cjk).
fonts:
	$(PY) packaging/subset_cjk_font.py /usr/share/fonts/opentype/noto
schema:
	$(PY) -m gui --write-schema resources/schema
screenshots:
	../shared/tools/screenshots.sh docs/screenshots 1280x800
clean:
	rm -rf .venv build dist .pytest_cache .ruff_cache
