# Convenience targets; each is a thin wrapper so the README's two commands stay the truth.
PY := .venv/bin/python

.PHONY: run test lint format schema screenshots readme-screenshots clean translations \
	translations-update fonts install-desktop uninstall-desktop standalone standalone-smoke \
	bench typecheck kiosk-soak
run:
	python3 dev.py run
test:
	python3 dev.py test
lint:
	$(PY) -m ruff check . && $(PY) -m ruff format --check .
# Static types (mypy --strict, configured in pyproject.toml); a dev check, not in `make test`.
typecheck:
	$(PY) -m pip install -q "mypy>=1.10"
	$(PY) -m mypy gui
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
# Every pane x {en, zh_CN} x {light, dark, high-contrast} x five sizes x {100, 200 %}, checked
# automatically (tests/visual/checks.py); contact sheets and problems.txt in build/screenshots.
screenshots:
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.visual.harness --out build/screenshots
# The README's pictures, each pane under a real X server.
readme-screenshots:
	../shared/tools/screenshots.sh docs/screenshots 1280x800
# The menu entry, AppStream metainfo and icons for this user ($XDG_DATA_HOME, default
# ~/.local/share). EXEC=path/to/strategy-viewer picks the program; see docs/desktop.md.
install-desktop:
	python3 packaging/install_desktop.py install $(if $(EXEC),--exec "$(EXEC)")
uninstall-desktop:
	python3 packaging/install_desktop.py uninstall
# One-folder build with PyInstaller in dist/strategy-viewer/, then a smoke test of it.
standalone:
	python3 -c 'import dev; dev.ensure_venv(); dev.compile_translations()'
	$(PY) -m pip install -q "pyinstaller>=6.10"
	$(PY) -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
		packaging/strategy-viewer.spec
	packaging/smoke_test_standalone.sh dist/strategy-viewer
standalone-smoke:
	packaging/smoke_test_standalone.sh dist/strategy-viewer
# Start-up, memory and scale against a bare PySide6 window; see docs/performance.md.
bench:
	$(PY) bench/run.py
clean:
	rm -rf .venv build dist .pytest_cache .ruff_cache
# A long visitor simulation of the kiosk under Xvfb (needs xvfb and xdotool): 20,000 seeded
# taps, flicks, keys, idle phases and wrong PINs, then a report; see docs/kiosk.md.
SOAK_SIZE ?= 1280x800
SOAK_EVENTS ?= 20000
SOAK_SEED ?= 1
kiosk-soak:
	PYTHONPATH=$(CURDIR) $(PY) -m tests.kiosk.visitor_simulator --size $(SOAK_SIZE) \
		--events $(SOAK_EVENTS) --seed $(SOAK_SEED) --verbose
