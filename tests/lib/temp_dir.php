<?php
// A temporary directory for a test process, removed with everything in it when that process
// ends, so that repeated runs leave nothing behind. A child made by pcntl_fork shares its
// parent's directory and leaves the removal to the parent.

declare(strict_types=1);

/** The process's directory for `$prefix` (made on first use), e.g. exsited-faults-php-123-9f3a. */
function exsited_temp_dir(string $prefix): string
{
    static $made = [];
    if (!isset($made[$prefix])) {
        $dir = sys_get_temp_dir() . "/$prefix-" . getmypid() . '-' . bin2hex(random_bytes(4));
        mkdir($dir, 0700, true);
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
