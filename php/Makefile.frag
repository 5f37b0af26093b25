# Builds the Rust crate with cargo and installs the result as modules/exsited.so.
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
	cp "$(EXSITED_TARGET_DIR)/$(EXSITED_PROFILE)/libexsited_php.so" $@

clean-exsited:
	rm -rf $(EXSITED_TARGET_DIR)

.PHONY: clean-exsited
