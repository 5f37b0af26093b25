dnl config.m4 for the exsited extension. The extension is written in Rust: configure checks
dnl for cargo, and Makefile.frag builds the crate with cargo and puts exsited.so in modules/.
dnl Enabled by default: PIE runs a bare ./configure.

PHP_ARG_ENABLE([exsited],
  [whether to enable the exsited extension],
  [AS_HELP_STRING([--disable-exsited], [Disable the Exsited API client extension (it needs cargo)])],
  [yes])

if test "$PHP_EXSITED" != "no"; then
  AC_PATH_PROG([EXSITED_CARGO], [cargo], [no], [$PATH:$HOME/.cargo/bin])
  if test "$EXSITED_CARGO" = "no"; then
    AC_MSG_ERROR([cargo was not found; install Rust (https://rustup.rs) and run configure again])
  fi
  AC_MSG_CHECKING([for the Rust sources of exsited])
  if test -f "$abs_srcdir/vendor/exsited-core/Cargo.toml"; then
    AC_MSG_RESULT([bundled (release archive)])
  elif test -f "$abs_srcdir/../core/Cargo.toml"; then
    AC_MSG_RESULT([repository checkout])
  else
    AC_MSG_ERROR([exsited-core sources not found (expected vendor/exsited-core or ../core)])
  fi
  EXSITED_PHP_CONFIG=`command -v "$PHP_CONFIG" 2>/dev/null || echo "$PHP_CONFIG"`
  PHP_SUBST([EXSITED_CARGO])
  PHP_SUBST([EXSITED_PHP_CONFIG])
  dnl No C sources: the module is the cdylib cargo builds (rule in Makefile.frag).
  PHP_MODULES="\$(phplibdir)/exsited.so"
  PHP_ADD_MAKEFILE_FRAGMENT([$abs_srcdir/Makefile.frag])
fi
