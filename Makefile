# mou-extract: make run | test | eval | bench | constraints | clean | distclean
PYTHON ?= python3
VENV   ?= .venv
SHARED ?= ../shared
OUT    ?= data/out
N      ?= 10000
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SEEDS  := $(SHARED)/corpus/seeds
DEV    := $(SHARED)/corpus/dev
# the written sets in number order (tests/corpus/variety, variety2, ...)
VARIETY_SETS := $(shell ls tests/corpus | grep -E '^variety[0-9]*$$' | sort -V)
EVAL   := build/eval

.PHONY: help run test eval bench train constraints clean distclean report-screenshot

help:
	@echo "make run          extract data/raw into $(OUT) (builds $(VENV) on first use)"
	@echo "make test         run the tests"
	@echo "make eval         extract + score the seeds, $(DEV) when present, and tests/corpus/variety*"
	@echo "make bench        throughput and memory on N=$(N) synthetic articles"
	@echo "make train        rebuild the NER model models/ner-id from $(SHARED)/data/nergrit"
	@echo "make constraints  re-pin constraints.txt from the current $(VENV)"
	@echo "make report-screenshot  report of data/raw: build/report.html and a Chromium screenshot build/report.png"
	@echo "make clean        remove outputs and caches; distclean also removes $(VENV)"

# The venv is built once; rebuilt when pyproject.toml or constraints.txt change.
$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $@

run: $(STAMP)
	$(BIN)/mou-extract extract data/raw --out $(OUT)

test: $(STAMP)
	$(BIN)/python -m pytest -q

# extract exits 1 when some inputs went to errors.jsonl: still scored (as missing).
eval: $(STAMP)
	rm -rf $(EVAL)
	@if [ -d "$(SEEDS)" ]; then seeds="$(SEEDS)"; gold="$(SEEDS)"; \
	  else echo "$(SEEDS) not found: using data/raw and tests/fixtures"; seeds=data/raw; gold=tests/fixtures; fi; \
	  echo "== seeds ($$seeds)"; \
	  $(BIN)/mou-extract extract "$$seeds" --out $(EVAL)/seeds || [ $$? -eq 1 ]; \
	  $(BIN)/mou-extract evaluate "$$gold" $(EVAL)/seeds
	@if [ -d "$(DEV)" ]; then \
	  echo "== dev ($(DEV))"; \
	  $(BIN)/mou-extract extract "$(DEV)" --out $(EVAL)/dev || [ $$? -eq 1 ]; \
	  $(BIN)/mou-extract evaluate "$(DEV)" $(EVAL)/dev; \
	else echo "skipping dev: $(DEV) not found"; fi
	@for set in $(VARIETY_SETS); do \
	  echo "== $$set (tests/corpus/$$set)"; \
	  $(BIN)/mou-extract extract tests/corpus/$$set --out $(EVAL)/$$set -q || [ $$? -eq 1 ]; \
	  $(BIN)/mou-extract evaluate tests/corpus/$$set $(EVAL)/$$set; \
	done

bench: $(STAMP)
	$(BIN)/python bench/run.py --n $(N)

# The optional NER (models/README.md): NERGrit + train/annotations.txt, one CPU thread,
# a few minutes; intermediate files go to build/ner.
train: $(STAMP)
	$(BIN)/python train/nergrit.py $(SHARED)/data/nergrit --out models/ner-id --build build/ner

# HTML report of data/raw and a headless Chromium screenshot of it (Debian's chromium).
CHROMIUM ?= chromium
report-screenshot: $(STAMP)
	rm -rf build/report-out
	$(BIN)/mou-extract extract data/raw --out build/report-out -q || [ $$? -eq 1 ]
	$(BIN)/mou-extract report build/report-out -o build/report.html
	profile=$$(mktemp -d); \
	  $(CHROMIUM) --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
	    --disable-background-networking --disable-component-update --disable-sync --hide-scrollbars \
	    --user-data-dir=$$profile --window-size=1280,2400 --screenshot=$(CURDIR)/build/report.png \
	    file://$(CURDIR)/build/report.html 2>/dev/null; \
	  status=$$?; rm -rf $$profile; exit $$status
	@test -s build/report.png && echo "wrote build/report.png"

# After adding a dependency to pyproject.toml: pip install it into $(VENV), then this.
constraints:
	$(BIN)/python -m pip freeze --exclude-editable | grep -viE '^(pip|setuptools|wheel)==' > constraints.txt

clean:
	rm -rf $(OUT) build bench/out .pytest_cache .hypothesis
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)
