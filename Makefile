# Dossier: `make run` and `make test` set everything up on a fresh Debian or
# Ubuntu machine that has Go. Build outputs go to build/ (git-ignored).

SHELL := /bin/bash
GO    ?= go
BUILD := build
WEB   := $(BUILD)/web
ADDR  ?= 127.0.0.1:8080
# Fyne logs a locale error under LANG=C; every target runs with a real locale.
export LANG := en_US.UTF-8

# System packages: the GL and X11 headers Fyne's desktop driver builds against,
# and what the tests drive (a virtual X server, a screenshot tool, OCR to read
# the screenshot, Chromium for the web build).
RUN_PACKAGES  := gcc pkg-config libgl1-mesa-dev xorg-dev
TEST_PACKAGES := $(RUN_PACKAGES) xvfb x11-utils xdotool imagemagick tesseract-ocr chromium fonts-dejavu-core

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
FYNE := $(GO) tool -modfile=tools/go.mod fyne

# Fuzz targets run for a bounded time in `make test`: package:Target.
FUZZ_TARGETS := ./corpus:FuzzParse ./corpus/text:FuzzTokens ./corpus/search:FuzzSearch \
                ./corpus/geo:FuzzExtract ./gui/worldmap:FuzzParse ./gui:FuzzParseLink
# A count, not a duration: with a duration, Go's fuzzer fails with "context
# deadline exceeded" when the time runs out while it is still replaying its
# cached corpus, which grows from run to run on the same machine.
FUZZ_TIME    ?= 500000x

.PHONY: all run build cli desktop web web-build web-dist deps test-deps test vet unit fuzz screenshots clean

all: build

define install_missing
	@missing=$$(for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing system packages:" $$missing; \
		$(SUDO) apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi
endef

deps:
	$(call install_missing,$(RUN_PACKAGES))

test-deps:
	$(call install_missing,$(TEST_PACKAGES))

## run: install what is missing, build, and open the app on the embedded corpus
run: deps desktop
	./$(BUILD)/dossier

build: deps desktop cli

desktop:
	CGO_ENABLED=1 $(GO) build -o $(BUILD)/dossier ./cmd/dossier

cli:
	CGO_ENABLED=0 $(GO) build -o $(BUILD)/dossier-cli ./cmd/dossier-cli

## web: build the browser version into build/web and serve it on localhost
web: web-build
	$(GO) run ./wasm/server -dir $(WEB) -addr $(ADDR)

# Release flags, content-hashed names, .br and .gz beside the module, manifest and service worker.
web-build:
	$(GO) run ./wasm/build -out $(WEB)

## web-dist: build/web as any static host serves it (hosts that ignore .br/.gz serve the plain files)
web-dist: web-build
	@echo "$(WEB)/ is ready for any static host"

## test: install the test tools, then run every test, the fuzz targets and the end-to-end checks
test: test-deps vet unit fuzz

vet:
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./cmd/dossier ./gui/... ./corpus/... ./wasm/...

# DOSSIER_E2E=1 makes the tests that need Xvfb or Chromium fail, not skip, when
# those are missing. The CLI must build without cgo.
unit:
	CGO_ENABLED=0 $(GO) build -o /dev/null ./cmd/dossier-cli
	DOSSIER_E2E=1 $(GO) test -timeout 30m ./...
	@# go test hides a passing test's output; the accuracy figures are wanted in the log.
	set -o pipefail; $(GO) test -count=1 -v -run '^TestLabelledAccuracy$$' ./corpus/geo/ | grep -E 'precision|FAIL|ok'

fuzz:
	@set -e; for t in $(FUZZ_TARGETS); do \
		pkg=$${t%%:*}; name=$${t##*:}; \
		echo "fuzz $$pkg $$name for $(FUZZ_TIME)"; \
		$(GO) test $$pkg -run '^$$' -fuzz "^$$name\$$" -fuzztime $(FUZZ_TIME) -fuzzminimizetime 5s; \
	done

## screenshots: renew the README's screenshots: the desktop window light and dark, and the web build
screenshots: test-deps
	DOSSIER_SCREENSHOTS=1 $(GO) test -count=1 -run '^(TestREADMEScreenshots|TestWebBuildInChromium)$$' ./cmd/dossier

clean:
	rm -rf $(BUILD)
