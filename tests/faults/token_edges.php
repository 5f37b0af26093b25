<?php
/**
 * Token cases of the PHP fault runner (runner.php) for hostile token answers (`token_answers`
 * in matrix.json) and a token cache file an attacker prepared. Each function takes the
 * runner's Ctx and returns one report line (tests/faults/report.py).
 */

declare(strict_types=1);

function edge_line(string $name, array $fault, array $outcomes, array $want, int $tokens, ?int $expectTokens,
                   int $data, float $elapsed, array $mism, ?string $message): array
{
    $failed = abs(count($outcomes) - count($want));
    foreach ($outcomes as $i => $o) {
        $failed += (int) (($want[$i] ?? null) !== $o);
    }
    $first = 'error';
    foreach ($outcomes as $i => $o) {
        if (($want[$i] ?? null) !== $o) {
            $first = $o;
            break;
        }
    }
    return [
        'lang' => LANG, 'suite' => 'token', 'name' => $name, 'kind' => substr($name, strlen('token/')),
        'class' => 'token', 'op' => 'accounts.details', 'fault' => $fault, 'expect' => 'ok',
        'outcome' => $mism ? $first : 'ok', 'pass' => !$mism, 'mismatches' => $mism, 'message' => $message,
        'calls' => count($outcomes), 'failed' => $failed, 'token_requests' => $tokens,
        'expect_token_requests' => $expectTokens,
        'requests' => ['data' => $data, 'token' => $tokens, 'statuses' => []],
        'dup_creates' => 0, 'lost_writes' => 0, 'elapsed_ms' => (int) ($elapsed * 1000), 'budget_ms' => null,
        'overrun_ms' => 0, 'panics' => count(array_filter($outcomes, fn ($o) => $o === 'panic')),
    ];
}

/** [outcomes, first error message] of $n sequential accounts.details calls. */
function edge_calls(Exsited\AccountService $s, int $n): array
{
    $outcomes = [];
    $message = null;
    for ($i = 0; $i < $n; $i++) {
        try {
            $s->readDetails(sprintf('SD%04d', $i % SEED + 1), 'v3');
            $outcomes[] = 'ok';
        } catch (Throwable $e) {
            $c = classify($e);
            $outcomes[] = $c[0];
            $message ??= $c[2];
        }
    }
    return [$outcomes, $message];
}

function edge_service(Ctx $ctx, string $tag, string $cache): Exsited\AccountService
{
    return new Exsited\AccountService(new Exsited\Client($ctx->options($tag) + ['token_cache_file' => $cache]));
}

function edge_victim(string $dir): string
{
    @mkdir($dir, 0700, true);
    $victim = "$dir/victim.txt";
    file_put_contents($victim, "victim\n");
    chmod($victim, 0644);
    return $victim;
}

/** One `token_answers` case: every token request answered with a real token merged with `answer`. */
function edge_token_answer(Ctx $ctx, array $case, int $n): array
{
    [$s, $real] = $ctx->sb->http('POST', '/api/v1/oauth2/token', [
        'grant_type' => 'client_credentials', 'client_id' => CLIENT_ID, 'client_secret' => CLIENT_SECRET]);
    if ($s !== 200) {
        throw new RuntimeException("token endpoint answered $s");
    }
    $answer = array_merge(['access_token' => $real['access_token'], 'token_type' => 'Bearer'], $case['answer'] ?? []);
    $calls = $case['calls'] ?? 4;
    $cache = $ctx->work . "/answer-$n.json";
    $svc = edge_service($ctx, "answer-$n-" . getmypid(), $cache);
    $ctx->sb->hook('DELETE', 'requests');
    $fault = ['kind' => 'status', 'status' => 200, 'path' => '/api/v1/oauth2/token', 'times' => $case['times'] ?? 100,
        'body' => $answer];
    $ctx->sb->install($fault);
    $started = microtime(true);
    [$outcomes, $message] = edge_calls($svc, $calls);
    $elapsed = microtime(true) - $started;
    $ctx->sb->hook('DELETE', 'faults');
    [$data, $tokens] = seen($ctx->sb->settle());
    $want = $case['expect_outcomes'] ?? array_fill(0, $calls, 'ok');
    $mism = [];
    if ($outcomes !== $want) {
        $mism[] = 'outcomes [' . implode(', ', $outcomes) . '], want [' . implode(', ', $want) . ']';
    }
    $expect = $case['expect_token_requests'] ?? null;
    if ($expect !== null && $tokens !== $expect) {
        $mism[] = "token requests $tokens != $expect";
    }
    $stored = (string) @file_get_contents($cache);
    if (str_contains($stored, '\r') || str_contains($stored, '\n') || str_contains($stored, 'Injected')) {
        $mism[] = 'the token cache file holds the unusable token';
    }
    return edge_line($case['name'], $fault, $outcomes, $want, $tokens, $expect, $data, $elapsed, $mism, $message);
}

function edge_private_file(string $path): array
{
    clearstatcache();
    if (is_link($path)) {
        return ['the cache path became a symbolic link'];
    }
    if (!is_file($path)) {
        return ['no cache file'];
    }
    $mode = fileperms($path) & 0777;
    return ($mode & 0077) ? [sprintf('the cache file has mode %o', $mode)] : [];
}

/** A link to a victim planted at the temp name the old code used (<cache>.tmp.<pid>). */
function edge_cache_planted_link(Ctx $ctx): array
{
    $dir = $ctx->work . '/planted';
    $victim = edge_victim($dir);
    $cache = "$dir/tokens.json";
    symlink($victim, "$cache.tmp." . getmypid());
    $svc = edge_service($ctx, 'planted-' . getmypid(), $cache);
    $started = microtime(true);
    [$outcomes, $message] = edge_calls($svc, 1);
    $mism = $outcomes === ['ok'] ? [] : ['outcome ' . implode(', ', $outcomes) . ', want ok'];
    if (file_get_contents($victim) !== "victim\n") {
        $mism[] = 'the victim file was overwritten through the planted link';
    }
    $mism = array_merge($mism, edge_private_file($cache));
    return edge_line('token/cache_planted_temp_link', ['planted_link' => '<cache>.tmp.<pid> -> victim'], $outcomes,
        ['ok'], 0, null, 0, microtime(true) - $started, $mism, $message);
}

/** A cache path that is a link, or a file of another user: a config error naming the path. */
function edge_cache_refused(Ctx $ctx, string $what): array
{
    $dir = $ctx->work . "/refused-$what";
    $victim = edge_victim($dir);
    $cache = "$dir/tokens.json";
    if ($what === 'link') {
        symlink($victim, $cache);
    } elseif (function_exists('posix_geteuid') && posix_geteuid() === 0) {
        file_put_contents($cache, '{}');
        chown($cache, 65534);
    } else {
        $cache = '/etc/passwd'; // root's; refused before anything is opened
    }
    $svc = edge_service($ctx, "refused-$what-" . getmypid(), $cache);
    $ctx->sb->hook('DELETE', 'requests');
    $started = microtime(true);
    [$outcomes, $message] = edge_calls($svc, 1);
    [$data, $tokens] = seen($ctx->sb->settle());
    $mism = $outcomes === ['error:config'] ? [] : ['outcome ' . implode(', ', $outcomes) . ', want error:config'];
    $why = $what === 'link' ? 'symbolic link' : 'another user';
    if (!str_contains((string) $message, $why) || !str_contains((string) $message, $cache)) {
        $mism[] = "the message does not name the path and the reason: $message";
    }
    if (file_get_contents($victim) !== "victim\n") {
        $mism[] = 'the victim file changed';
    }
    if ($data + $tokens) {
        $mism[] = ($data + $tokens) . ' request(s) sent with a refused cache';
    }
    $name = $what === 'link' ? 'token/cache_path_is_link' : 'token/cache_foreign_owner';
    return edge_line($name, ['cache' => $what], $outcomes, ['error:config'], $tokens, 0, $data,
        microtime(true) - $started, $mism, $message);
}
