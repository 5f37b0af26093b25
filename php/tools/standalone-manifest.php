<?php
// Rewrites a workspace member's Cargo.toml into a standalone one for the PECL archive:
// `x.workspace = true` entries take the workspace's value, and the sections that point
// outside the archive (dev-dependencies, tests, examples) are dropped.
// Usage: php standalone-manifest.php <workspace Cargo.toml> <member Cargo.toml> [dep=path ...] [--root]
// --root: the archive's top package (gets the release profile and an empty [workspace]).

declare(strict_types=1);

[$_, $workspaceFile, $memberFile] = $argv + [null, null, null];
if ($workspaceFile === null || $memberFile === null) {
    fwrite(STDERR, "usage: standalone-manifest.php WORKSPACE_TOML MEMBER_TOML [dep=path ...]\n");
    exit(2);
}
$pathOverrides = [];
$isRoot = false;
foreach (array_slice($argv, 3) as $arg) {
    if ($arg === '--root') {
        $isRoot = true;
        continue;
    }
    [$dep, $path] = explode('=', $arg, 2);
    $pathOverrides[$dep] = $path;
}

/** The `key = value` lines of one [section] of a TOML file, keyed by the key. */
function section(string $toml, string $name): array
{
    $out = [];
    $in = false;
    foreach (preg_split('/\R/', $toml) as $line) {
        if (preg_match('/^\s*\[+([^\]]+)\]+\s*$/', $line, $m)) {
            $in = trim($m[1]) === $name;
            continue;
        }
        if ($in && preg_match('/^\s*([A-Za-z0-9_-]+)\s*=\s*(.+)$/', $line, $m)) {
            $out[$m[1]] = trim($m[2]);
        }
    }
    return $out;
}

$ws = (string)file_get_contents($workspaceFile);
$wsPackage = section($ws, 'workspace.package');
$wsDeps = section($ws, 'workspace.dependencies');
$wsProfile = section($ws, 'profile.release');

$out = [];
$skip = false;
foreach (preg_split('/\R/', (string)file_get_contents($memberFile)) as $line) {
    if (preg_match('/^\s*\[+([^\]]+)\]+\s*$/', $line, $m)) {
        $name = trim($m[1]);
        $skip = in_array($name, ['dev-dependencies', 'test', 'example', 'bench'], true);
    }
    if ($skip) {
        continue;
    }
    if (preg_match('/^(\s*)([A-Za-z0-9_-]+)\.workspace\s*=\s*true\s*$/', $line, $m)) {
        $key = $m[2];
        $value = $wsPackage[$key] ?? $wsDeps[$key] ?? null;
        if ($value === null) {
            fwrite(STDERR, "no workspace value for $key\n");
            exit(1);
        }
        $line = "{$m[1]}$key = $value";
    } elseif (preg_match('/^([A-Za-z0-9_-]+)\s*=\s*\{\s*path\s*=\s*"[^"]*"(.*)$/', $line, $m) && isset($pathOverrides[$m[1]])) {
        $line = "{$m[1]} = { path = \"{$pathOverrides[$m[1]]}\"{$m[2]}";
    }
    $out[] = $line;
}
$text = rtrim(implode("\n", $out)) . "\n";
if ($isRoot && $wsProfile && !str_contains($text, '[profile.release]')) {
    $text .= "\n[profile.release]\n";
    foreach ($wsProfile as $k => $v) {
        $text .= "$k = $v\n";
    }
}
if ($isRoot) {
    // The archive is its own workspace, even when unpacked inside another one.
    $text .= "\n[workspace]\n";
}
echo $text;
