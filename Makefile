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
TEST_PACKAGES := $(RUN_PACKAGES) xvfb x11-utils xdotool xclip imagemagick tesseract-ocr chromium fonts-dejavu-core \
                 xz-utils desktop-file-utils appstream libgtk-3-bin shared-mime-info xdg-utils libglib2.0-bin strace util-linux
# The install test checks the desktop entry (desktop-file-validate) and the
# AppStream file (appstreamcli), and starts the app from its menu entry with
# gtk-launch, as a desktop does; it opens a .dossier as a file manager does,
# through the MIME database (update-mime-database, xdg-mime, gio open). package-windows cross-compiles with MinGW.
# The offline test runs the app in a network namespace (unshare, from
# util-linux) under strace.
PACKAGE_PACKAGES := $(RUN_PACKAGES) xz-utils
WINDOWS_PACKAGES := $(RUN_PACKAGES) gcc-mingw-w64-x86-64

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
FYNE := $(GO) tool -modfile=tools/go.mod fyne

# Fuzz targets run for a bounded time in `make test`: package:Target, or
# package:Target:COUNT for a target whose every input opens a whole index or
# page (a few hundred a second), which runs COUNT inputs instead of
# FUZZ_TIME's.
FUZZ_TARGETS := ./corpus:FuzzParse ./corpus/dossier:FuzzOpen:30000x ./internal/flat:FuzzDecodeStrings ./corpus/dates:FuzzDates ./corpus/text:FuzzTokens ./corpus/search:FuzzParseQuery ./corpus/search:FuzzSearch ./corpus/search:FuzzLimitQuery ./corpus/search:FuzzLoad:30000x \
                ./corpus/geo:FuzzExtract ./corpus/geo:FuzzBuild ./corpus/geo:FuzzSpellings ./corpus/geo:FuzzThreatActors ./corpus/roles:FuzzRoles ./corpus/roles:FuzzCues \
                ./gui/worldmap:FuzzParse ./gui/view:FuzzParseLink ./corpus/importer:FuzzHTML:30000x ./corpus/importer:FuzzFeed:100000x ./corpus/importer:FuzzCSV:100000x ./corpus/importer:FuzzJSONL:100000x \
                ./gui:FuzzKeptList:50000x ./wasm:FuzzReadShell:10000x
# A count, not a duration: with a duration, Go's fuzzer fails with "context
# deadline exceeded" when the time runs out while it is still replaying its
# cached corpus, which grows from run to run on the same machine.
FUZZ_TIME    ?= 500000x

.PHONY: all run build cli desktop web web-build web-dist deps test-deps test vet unit race fuzz screenshots clean
.PHONY: package install uninstall package-windows package-deps package-files fyne-cli

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

# -buildvcs=auto: the About dialog shows the commit where the build can tell it.
desktop:
	CGO_ENABLED=1 $(GO) build -buildvcs=auto -o $(BUILD)/dossier ./cmd/dossier

cli:
	CGO_ENABLED=0 $(GO) build -o $(BUILD)/dossier-cli ./cmd/dossier-cli

## web: build the browser version into build/web and serve it on localhost
web: web-build
	$(GO) run ./wasm/server -dir $(WEB) -addr $(ADDR)

# Release flags, content-hashed names, .br and .gz beside the module, manifest and service worker.
# BROTLI: the level of the module's .br, 11 (smallest) unless told; the
# install test builds the package with 1, which takes seconds, not minutes.
BROTLI ?= 11
web-build:
	$(GO) run ./wasm/build -out $(WEB) -brotli $(BROTLI)

## web-dist: build/web as any static host serves it (hosts that ignore .br/.gz serve the plain files);
## with DOSSIER=path/to/x.dossier, the site that publishes it (dossier-cli publish) in $(WEB_DIST),
## which opens that dossier at start, keeps it offline and replaces it on the next visit after a new publish
WEB_DIST ?= $(BUILD)/web-dist
web-dist: web-build
ifdef DOSSIER
	$(GO) run ./cmd/dossier-cli publish "$(DOSSIER)" --out $(WEB_DIST) --shell $(WEB)
else
	@echo "$(WEB)/ is ready for any static host"
endif

## test: install the test tools, then run every test, the fuzz targets and the end-to-end checks
test: test-deps vet unit race fuzz

vet:
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./cmd/dossier ./gui/... ./corpus/... ./wasm/...

# DOSSIER_E2E=1 makes the tests that need Xvfb or Chromium fail, not skip, when
# those are missing. The CLI must build without cgo.
unit:
	CGO_ENABLED=0 $(GO) build -o /dev/null ./cmd/dossier-cli
	DOSSIER_E2E=1 $(GO) test -timeout 50m ./...
	@# go test hides a passing test's output; the accuracy figures are wanted in the log.
	set -o pipefail; $(GO) test -count=1 -v -run '^TestLabelledAccuracy$$' ./corpus/geo/ | grep -E 'precision|FAIL|ok'

# The race detector on the corpus (parallel loading, index building) and on
# the view model, whose session searches in the background.
race:
	$(GO) test -race ./corpus/... ./gui/view/...

fuzz:
	@set -e; for t in $(FUZZ_TARGETS); do \
		IFS=: read -r pkg name count <<< "$$t"; count=$${count:-$(FUZZ_TIME)}; \
		echo "fuzz $$pkg $$name for $$count"; \
		$(GO) test $$pkg -run '^$$' -fuzz "^$$name\$$" -fuzztime $$count -fuzzminimizetime 5s; \
	done

## screenshots: renew the README's screenshots: the desktop window light and dark, and the web build
screenshots: test-deps
	DOSSIER_SCREENSHOTS=1 $(GO) test -count=1 -run '^(TestREADMEScreenshots|TestWebBuildInChromium)$$' ./cmd/dossier

clean:
	rm -rf $(BUILD)

# ---------------------------------------------------------------------------
# Packages and installing: `make package`, `make install`, `make uninstall`,
# `make package-windows`. Everything is written under $(BUILD)/.
#
# fyne package reads FyneApp.toml (name, app ID, version, desktop entry) and
# the icon from its source folder, writes its archive into its working folder,
# and adds one to Build in FyneApp.toml on every run. So it runs in
# $(BUILD)/package on a copy of FyneApp.toml, the icon and the app's main
# package, and the repository is never written to.

APP_ID    := nl.dossier.reader
VERSION   := $(shell sed -n 's/^ *Version *= *"\(.*\)"/\1/p' FyneApp.toml)
PKG_NAME  := dossier-$(VERSION)-linux-$(shell $(GO) env GOARCH)
PKG_DIR   := $(BUILD)/package
PKG_TREE  := $(PKG_DIR)/$(PKG_NAME)
PKG_LINUX := $(BUILD)/$(PKG_NAME).tar.xz
PKG_WIN   := $(BUILD)/dossier-$(VERSION)-windows-amd64.exe
# fyne builds the Windows app in its source folder, which must lie inside the module.
WIN_SRC   := $(BUILD)/_windows-src
# The fyne CLI of tools/go.mod (what $(FYNE) runs), as a binary that can run
# with another working folder than the repository.
FYNE_CLI  := $(BUILD)/tools/fyne

package-deps:
	$(call install_missing,$(PACKAGE_PACKAGES))

fyne-cli:
	$(GO) build -modfile=tools/go.mod -o $(FYNE_CLI) fyne.io/tools/cmd/fyne

# The unpacked Linux package in $(PKG_TREE), around the binary `make desktop` built, with
# dossier-cli and the prebuilt web build in share/dossier/web, where `dossier-cli publish` finds it
# beside itself: a reader with the archive alone, and no Go toolchain, can publish a dossier.
package-files: package-deps desktop cli web-build fyne-cli
	rm -rf $(PKG_DIR)
	mkdir -p $(PKG_DIR)/_src/assets
	cp FyneApp.toml cmd/dossier/main.go $(PKG_DIR)/_src/
	cp assets/icon.png $(PKG_DIR)/_src/assets/
	@# XZ_OPT: this archive is unpacked again at once; the final one is compressed properly below.
	cd $(PKG_DIR) && XZ_OPT=-0 $(abspath $(FYNE_CLI)) package -os linux \
		--src $(abspath $(PKG_DIR))/_src --exe $(abspath $(BUILD))/dossier
	tar -C $(PKG_DIR) -xJf $(PKG_DIR)/Dossier.tar.xz
	mv $(PKG_DIR)/dossier $(PKG_TREE)
	rm -rf $(PKG_DIR)/_src $(PKG_DIR)/Dossier.tar.xz
	@# fyne writes the desktop entry in one language: add the Dutch keys after their English ones.
	@# For [CanOpen] it writes Exec=dossier %F; Dossier opens one collection a window, so %f: a
	@# file manager starts one window for each file. The .dossier type goes beside the entry.
	set -e; cd $(PKG_TREE) && root=$$(ls -d usr/local 2>/dev/null || echo usr); \
	entry=$$root/share/applications/$(APP_ID).desktop; \
	awk 'NR == FNR { if ($$0 !~ /^#/ && index($$0, "[")) { k = substr($$0, 1, index($$0, "[") - 1); nl[k] = nl[k] $$0 "\n" }; next } \
	     { print; k = substr($$0, 1, index($$0, "=") - 1); if (k in nl) printf "%s", nl[k] }' \
		$(CURDIR)/packaging/desktop-entry-nl.txt $$entry > $$entry.new; \
	mv $$entry.new $$entry; \
	sed -i 's/^\(Exec=.*\) %F$$/\1 %f/' $$entry; \
	install -Dm644 $(CURDIR)/packaging/$(APP_ID).metainfo.xml $$root/share/metainfo/$(APP_ID).metainfo.xml; \
	install -Dm644 $(CURDIR)/packaging/$(APP_ID).xml $$root/share/mime/packages/$(APP_ID).xml; \
	install -Dm755 $(abspath $(BUILD))/dossier-cli $$root/bin/dossier-cli; \
	mkdir -p $$root/share/dossier/web; \
	cp -p $(abspath $(WEB))/* $$root/share/dossier/web/; \
	cp $(CURDIR)/packaging/Makefile Makefile

## package: the Linux archive $(PKG_LINUX): binary, desktop entry, icon, AppStream file, the
## .dossier file type (shared-mime-info), Makefile, dossier-cli and the web build (share/dossier/web)
package: package-files
	tar -C $(PKG_DIR) -cJf $(PKG_LINUX) $(PKG_NAME)
	@ls -l $(PKG_LINUX)

## install: build, then install with packaging/Makefile, which the archive carries too: for the
## current user (~/.local/bin, $XDG_DATA_HOME or ~/.local/share) unless PREFIX, BINDIR or DATADIR
## say otherwise (DESTDIR stages). uninstall removes those files again, given the same variables.
install: package-files
	$(MAKE) --no-print-directory -C $(PKG_TREE) install

uninstall:
	$(MAKE) --no-print-directory -f $(CURDIR)/packaging/Makefile uninstall

## package-windows: cross-compile $(PKG_WIN) with its icon, using MinGW
package-windows: fyne-cli
	$(call install_missing,$(WINDOWS_PACKAGES))
	@case "$(abspath $(BUILD))/" in "$(CURDIR)"/*) ;; *) echo "package-windows needs BUILD inside the repository" >&2; exit 1;; esac
	rm -rf $(WIN_SRC)
	mkdir -p $(WIN_SRC)/assets
	cp FyneApp.toml $(filter-out %_test.go,$(wildcard cmd/dossier/*.go)) $(WIN_SRC)/
	cp assets/icon.png $(WIN_SRC)/assets/
	cd $(WIN_SRC) && GOOS=windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc \
		$(abspath $(FYNE_CLI)) package -os windows --release --exe $(abspath $(WIN_SRC))/Dossier.exe
	mv $(WIN_SRC)/Dossier.exe $(PKG_WIN)
	rm -rf $(WIN_SRC)
	@ls -l $(PKG_WIN)
