# Every target sets up what it needs: a fresh clone runs `make demo` or `make test` directly.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench lint format model clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	# An editable install leaves the project's modules uncompiled, and with
	# PYTHONDONTWRITEBYTECODE set every command would compile them again at start-up.
	$(BIN)/python -m compileall -q bot jobs model storage leads benchmarks > /dev/null
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/leads demo

# One pytest worker per core, at most four: the suite is mostly CPU (model fits) and
# subprocess waits. Whole files go to one worker so module fixtures are built once.
test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q -n auto --maxprocesses 4 --dist loadfile

bench: $(STAMP)
	$(BIN)/python -m benchmarks

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

model: $(STAMP)
	$(BIN)/python -m corpus.build

clean:
	rm -rf $(VENV) build *.egg-info
