# HearMe front door. `make help` lists the targets.
.DEFAULT_GOAL := help
SHELL := /bin/bash
PY := .venv/bin/python
# OpenBLAS's Haswell (AVX2) kernel wherever the CPU has AVX2 and the variable is unset,
# so every make target computes (and trains) as on other machines: bot/numeric.py
# decides (standard library only, so any Python 3 can run it before `make setup`).
ifeq ($(origin OPENBLAS_CORETYPE),undefined)
OPENBLAS_PIN := $(shell $(if $(wildcard $(PY)),$(PY),python3) bot/numeric.py 2>/dev/null)
ifneq ($(OPENBLAS_PIN),)
export OPENBLAS_CORETYPE := $(OPENBLAS_PIN)
endif
endif

.PHONY: help setup run chat train test test-fast lint bench eval-nlu eval-safety eval-rights eval-pii clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN{FS=":.*## "}{printf "  make %-10s %s\n", $$1, $$2}'

setup: ## create .venv with Python 3.10 and install the locked dependencies
	@bash scripts/setup.sh

run: ## train if stale, then start Rasa, the action server and the web app
	@bash scripts/run.sh

chat: ## talk to HearMe in the terminal
	@bash scripts/chat.sh

train: ## train the model if config, domain or data changed
	@PYTHONPATH=. $(PY) scripts/model.py

test: ## the whole test suite (trains or reuses the cached model)
	@PYTHONPATH=. $(PY) -m pytest

test-fast: ## the tests that need no trained model or Rasa CLI
	@PYTHONPATH=. $(PY) -m pytest -m "not e2e and not slow"

lint: ## ruff and mypy
	@$(PY) -m ruff check . && $(PY) -m ruff format --check . && $(PY) -m mypy

bench: ## benchmarks: REST latency, throughput, memory; rights search; Telegram connector; consultation results; broadcast rate
	@PYTHONPATH=. $(PY) bench/rest_latency.py
	@PYTHONPATH=. $(PY) bench/rights_search.py
	@PYTHONPATH=. $(PY) bench/telegram_connector.py
	@PYTHONPATH=. $(PY) bench/consultation_results.py
	@PYTHONPATH=. $(PY) bench/telegram_broadcast.py

eval-nlu: ## intent accuracy on held-out examples (eval/nlu_holdout.yml)
	@PYTHONPATH=. $(PY) eval/nlu.py

eval-safety: ## safety triage recall, false alarms and numbers on eval/safety/
	@PYTHONPATH=. $(PY) eval/safety.py

eval-rights: ## rights retrieval top-1/top-3 accuracy on held-out questions (eval/rights/)
	@PYTHONPATH=. $(PY) eval/rights.py

eval-pii: ## free-text redaction: recall per kind, over-redaction and ms per answer (eval/pii/)
	@PYTHONPATH=. $(PY) eval/pii.py

clean: ## remove trained models and local databases (keeps .venv)
	rm -rf models var
