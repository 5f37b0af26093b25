<?php
// PHPUnit bootstrap: needs the exsited extension loaded (php -d extension=...), and a sandbox:
// SANDBOX_URL when given, otherwise target/debug/exsited-sandbox started on a free port for
// this run and stopped at the end.

declare(strict_types=1);

if (!extension_loaded('exsited')) {
    fwrite(STDERR, "The exsited extension is not loaded; run with php -d extension=/abs/path/libexsited_php.so\n");
    exit(1);
}

require dirname(__DIR__) . '/lib/temp_dir.php';
require __DIR__ . '/Sandbox.php';
require __DIR__ . '/ExsitedTestCase.php';

Sandbox::boot();
