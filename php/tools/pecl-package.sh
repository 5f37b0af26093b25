#!/usr/bin/env bash
# Makes the PECL release archive target/pecl/exsited-<version>.tgz.
#
# The archive is standalone: it carries the extension's sources, a copy of exsited-core
# (vendor/exsited-core), a Cargo.toml without workspace inheritance and the lock file. The
# crates.io dependencies come from cargo's cache (or the network) at build time; with --vendor
# they are bundled too (vendor/crates, used through .cargo/config.toml) so the build needs no
# network at all — at the price of a ~300 MB tree (mostly Windows import libraries).
# Needs php, pecl and cargo.
set -euo pipefail
php_dir="$(cd "$(dirname "$0")/.." && pwd)"
root="$(dirname "$php_dir")"
vendor_crates=0
[ "${1:-}" = "--vendor" ] && vendor_crates=1

version="$(sed -n 's:.*<release>\(.*\)</release>.*:\1:p' "$php_dir/package.xml" | head -1)"
out="$root/target/pecl"
stage="$out/exsited-$version"
rm -rf "$stage"
mkdir -p "$stage/src" "$stage/tools" "$stage/vendor/exsited-core"

cp "$php_dir"/{config.m4,Makefile.frag,README.md,exsited.stub.php} "$stage/"
# The PIE metadata of the repository root; in the archive the extension is at the top.
php -r '$c = json_decode(file_get_contents($argv[1]), true); unset($c["php-ext"]["build-path"]);
  echo json_encode($c, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES), "\n";' "$root/composer.json" >"$stage/composer.json"
cp "$php_dir"/src/*.rs "$stage/src/"
cp "$php_dir"/tools/{gen-stub.php,pecl-package.sh,standalone-manifest.php} "$stage/tools/"
php "$php_dir/tools/standalone-manifest.php" "$root/Cargo.toml" "$php_dir/Cargo.toml" \
  exsited-core=vendor/exsited-core --root >"$stage/Cargo.toml"
cp -r "$root/core/src" "$stage/vendor/exsited-core/src"
php "$php_dir/tools/standalone-manifest.php" "$root/Cargo.toml" "$root/core/Cargo.toml" >"$stage/vendor/exsited-core/Cargo.toml"
cp "$root/Cargo.lock" "$stage/Cargo.lock"
# Trim the workspace lock file to this package's graph, keeping every version as locked.
(cd "$stage" && cargo metadata --offline --format-version 1 >/dev/null)

# The macOS link flags (php/.cargo/config.toml); --vendor appends the source replacement.
mkdir -p "$stage/.cargo"
cp "$php_dir/.cargo/config.toml" "$stage/.cargo/config.toml"
if [ "$vendor_crates" = 1 ]; then
  (cd "$stage" && cargo vendor --offline --locked --versioned-dirs vendor/crates >>"$stage/.cargo/config.toml")
  # Keep only the source replacement (cargo vendor prints it relative to the package).
  sed -i 's#directory = ".*vendor/crates"#directory = "vendor/crates"#' "$stage/.cargo/config.toml"
fi

# package.xml with the archive's complete file list.
php -r '
  [$_, $template, $stage] = $argv;
  $files = [];
  $it = new RecursiveIteratorIterator(new RecursiveDirectoryIterator($stage, FilesystemIterator::SKIP_DOTS));
  foreach ($it as $f) {
      $rel = substr($f->getPathname(), strlen($stage) + 1);
      if ($rel !== "package.xml") { $files[] = $rel; }
  }
  sort($files, SORT_STRING);
  $xml = "";
  foreach ($files as $rel) {
      $role = $rel === "README.md" ? "doc" : "src";
      $xml .= "   <file name=\"" . htmlspecialchars($rel, ENT_XML1 | ENT_QUOTES) . "\" role=\"$role\" />\n";
  }
  $text = file_get_contents($template);
  $text = preg_replace("#<contents>.*</contents>#s", "<contents>\n  <dir name=\"/\">\n$xml  </dir>\n </contents>", $text);
  $text = preg_replace("#<date>[^<]*</date>#", "<date>" . gmdate("Y-m-d") . "</date>", $text);
  file_put_contents("$stage/package.xml", $text);
  fwrite(STDERR, count($files) . " files listed\n");
' "$php_dir/package.xml" "$stage"

(cd "$stage" && pecl package package.xml >"$out/pecl-package.log" 2>&1) || { tail -20 "$out/pecl-package.log"; exit 1; }
mv "$stage/exsited-$version.tgz" "$out/"
echo "made $out/exsited-$version.tgz ($(du -h "$out/exsited-$version.tgz" | cut -f1))"
echo "install it with: pecl install $out/exsited-$version.tgz"
