# Two commands for a newcomer: `make demo` and `make test`. Both install what they need.
SHELL := /bin/bash
CARGO ?= cargo

.PHONY: demo test deps generate check-generated test-rust test-faults demo-rust test-python demo-python test-php demo-php faults faults-short bench bench-fpm fmt lint \
	dist dist-check dist-php stubs-package stubs-check build-php-zts test-zts test-pythons

demo: deps demo-rust demo-python demo-php

test: deps check-generated test-rust test-python test-php test-faults

# System packages (Debian) and toolchain pieces; idempotent and quiet when already there.
deps:
	@bash scripts/install-deps.sh

# Everything derived from the API description in api/ (core table, Python resources and DTOs,
# PHP methods, sandbox routes, test table), then the PHP stub from the rebuilt extension.
generate:
	python3 codegen/generate.py
	$(CARGO) build --locked -q -p exsited-php
	php -d extension=$(CURDIR)/target/debug/libexsited_php.so php/tools/gen-stub.php > php/exsited.stub.php
	$(MAKE) -s stubs-package

# Fails when a generated file differs from what api/ gives (edited by hand, or not regenerated).
check-generated:
	python3 codegen/generate.py --check

test-rust:
	$(CARGO) test --locked -p exsited-core -p exsited-sandbox

demo-rust:
	@bash scripts/demo-rust.sh

test-faults:
	@bash scripts/faults.sh --short

test-python:
	@bash scripts/test-python.sh

# The pytest suite again on the oldest and newest CPython supported (3.9 and 3.13), one abi3 wheel.
test-pythons:
	@bash scripts/test-python-versions.sh

demo-python:
	@bash scripts/demo-python.sh

test-php: stubs-check
	@bash scripts/test-php.sh

demo-php:
	@bash scripts/demo-php.sh

fmt:
	$(CARGO) fmt --all

lint:
	$(CARGO) clippy --locked --workspace --all-targets -- -D warnings

# The fault suite with its table: every fault kind x operation class, in every language.
faults: deps
	@bash scripts/faults.sh

faults-short: deps
	@bash scripts/faults.sh --short

# Benchmarks side by side with the documented SDKs and the raw limit; writes bench/results.{json,png}.
bench: deps
	python3 bench/run.py

# Only PHP under php-fpm (ours, token file, Redis store, the documented PHP SDK) and P6 for
# PHP; prints the figures and writes bench/results-fpm.json. FPM_ROUNDS / FPM_REQUESTS adjust it.
bench-fpm:
	python3 bench/fpm.py

# Release artefacts (dist/). The Python wheel (abi3, manylinux_2_17, stripped) and sdist;
# dist-check verifies them (twine, auditwheel, fresh 3.9 and 3.13 venvs against the sandbox,
# sdist build). dist-php: the PHP module zipped under PIE's pre-packaged-binary name for the
# PHP found here, checked by loading it.
dist:
	@bash scripts/dist-python.sh

dist-check:
	@bash scripts/dist-check.sh

dist-php:
	@bash scripts/dist-php.sh

# A thread-safe (ZTS) PHP 8.2 built from Debian's source into ~/.cache/exsited/php-zts (once).
build-php-zts:
	@bash scripts/build-php-zts.sh

# The extension on that ZTS PHP: PHPUnit, Apache's worker MPM (several PHP threads in one
# process at once), and dist-php's ...-zts.zip. Builds what is missing first.
test-zts: deps stubs-check
	@bash scripts/test-php-zts.sh

# php/stubs-package (Composer package exsited/exsited-stubs) carries a copy of the stub.
stubs-package:
	cp php/exsited.stub.php php/stubs-package/exsited.stub.php
	cp LICENSE php/stubs-package/LICENSE

stubs-check:
	@cmp -s php/exsited.stub.php php/stubs-package/exsited.stub.php && cmp -s LICENSE php/stubs-package/LICENSE \
	  || { echo "php/stubs-package is out of date: run make stubs-package"; exit 1; }
	@echo "php/stubs-package matches php/exsited.stub.php"
