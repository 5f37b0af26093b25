# Builds the Rust crate with cargo and installs the result as modules/exsited.so (PHP's
# module suffix on every Unix; cargo names the library .dylib on macOS, .so elsewhere).
# A release archive carries vendored crates (vendor/crates + .cargo/config.toml), so the
# build needs no network there; a repository checkout uses the workspace and its lock file.
EXSITED_PROFILE = release
EXSITED_TARGET_DIR = $(top_builddir)/target

$(phplibdir)/exsited.so: $(top_srcdir)/Cargo.toml $(wildcard $(top_srcdir)/src/*.rs)
	cd $(top_srcdir) && \
	  offline=""; if test -d vendor/crates; then offline="--offline"; fi; \
	  PHP="$(PHP_EXECUTABLE)" PHP_CONFIG="$(EXSITED_PHP_CONFIG)" \
	  "$(EXSITED_CARGO)" build --locked $$offline --profile $(EXSITED_PROFILE) \
	    --manifest-path Cargo.toml --target-dir "$(EXSITED_TARGET_DIR)"
	$(mkinstalldirs) $(phplibdir)
	lib="$(EXSITED_TARGET_DIR)/$(EXSITED_PROFILE)/libexsited_php"; \
	  if test "`uname -s`" = Darwin; then lib="$$lib.dylib"; else lib="$$lib.so"; fi; \
	  cp "$$lib" $@

clean-exsited:
	rm -rf $(EXSITED_TARGET_DIR)

.PHONY: clean-exsited
