<?php
// A temporary directory for a test process, removed with everything in it when that process
// ends, so that repeated runs leave nothing behind. A child made by pcntl_fork shares its
// parent's directory and leaves the removal to the parent.

declare(strict_types=1);

/**
 * The process's directory for `$prefix` (made on first use), e.g. exsited-faults-php-1234.
 * Named by the pid alone: the suites check that error messages name such paths, and a
 * random suffix of digits could read as a card number to the core's masking.
 */
function exsited_temp_dir(string $prefix): string
{
    static $made = [];
    if (!isset($made[$prefix])) {
        $dir = sys_get_temp_dir() . "/$prefix-" . getmypid();
        if (!is_dir($dir)) {
            mkdir($dir, 0700, true);
        }
        $owner = getmypid();
        register_shutdown_function(static function () use ($dir, $owner): void {
            if (getmypid() === $owner) {
                exsited_remove_tree($dir);
            }
        });
        $made[$prefix] = $dir;
    }
    return $made[$prefix];
}

/** Removes `$path` and what it holds; a symbolic link is removed, never followed. */
function exsited_remove_tree(string $path): void
{
    if (is_link($path) || !is_dir($path)) {
        @unlink($path);
        return;
    }
    foreach (scandir($path) ?: [] as $entry) {
        if ($entry !== '.' && $entry !== '..') {
            exsited_remove_tree("$path/$entry");
        }
    }
    @rmdir($path);
}
