<?php
/**
 * The idle-close scenario of the PHP fault runner (see runner_idle.rs for the Rust one): the
 * sandbox closes keep-alive connections idle for fault.config.idle_close_ms, as a load
 * balancer does; the case makes `repeat` calls through one client, each after `idle_ms`
 * without traffic, so every call finds its pooled connection already closed by the server.
 */

declare(strict_types=1);

function run_idle_case(Ctx $ctx, array $case, int $n): array
{
    $op = $case['op'];
    $class = $case['class'];
    $repeat = $case['repeat'] ?? 8;
    $idleUs = ($case['idle_ms'] ?? 600) * 1000;
    $tag = sprintf('c%03d', $n);
    $s = $ctx->service($tag);
    $t = $ctx->calls[$op];
    $sb = $ctx->sb;
    $setupError = null;
    $id = '';
    try {
        // Its token and a pooled connection, before the idle waits.
        if (in_array('{id}', $t['path'] ?? [], true)) {
            $id = created_id($s->create(['name' => "Target $tag", 'email_address' => "target.$n@example.com"], 'v2'));
        } else {
            $s->readAll('v2', ['limit' => 1]);
        }
    } catch (Throwable $e) {
        $setupError = 'setup failed: ' . get_class($e) . ': ' . $e->getMessage();
    }
    $sb->hook('DELETE', 'requests');
    $sb->hook('DELETE', 'faults');
    $createsBefore = $sb->counters()['creates'];
    $sb->hook('POST', 'config', $case['fault']['config']);
    $call = $ctx->opCall($s, $op, $t, $id, $tag, $n);
    $results = [];
    $failures = [];
    $started = hrtime(true);
    for ($i = 0; $i < $repeat; $i++) {
        usleep($idleUs);
        try {
            $results[] = $call();
        } catch (Throwable $e) {
            $failures[] = classify($e);
        }
    }
    $elapsed = intdiv(hrtime(true) - $started, 1000000);
    $sb->hook('POST', 'config', ['idle_close_ms' => 0]);
    $reqs = $sb->settle();
    $createsAfter = $sb->counters()['creates'];
    [$data, $token, $statuses] = seen($reqs);
    $dup = $lost = 0;
    if ($class === 'create') {
        $dup = max(0, $createsAfter - $createsBefore - $repeat);
        foreach ($results as $r) {
            $cid = created_id($r);
            $lost += ($cid === '' || $sb->apiGet('/api/v3/accounts/' . rawurlencode($cid))[0] !== 200) ? 1 : 0;
        }
    }
    $budget = (int) ($repeat * (($case['idle_ms'] ?? 600) + ($ctx->client['read_timeout_ms'] ?? 1000)));
    $outcome = $failures ? $failures[0][0] : 'ok';
    $expect = $case['expect'] ?? 'ok';
    $mism = [];
    if ($outcome !== $expect) {
        $mism[] = count($failures) . " of $repeat calls failed";
    }
    if (isset($case['expect_data_requests']) && $data !== $case['expect_data_requests']) {
        $mism[] = "data requests $data != {$case['expect_data_requests']}";
    }
    if ($setupError) {
        $mism[] = $setupError;
    }
    return [
        'lang' => LANG, 'suite' => 'matrix', 'name' => $case['name'], 'kind' => $case['kind'] ?? null,
        'class' => $class, 'op' => $op, 'fault' => $case['fault'], 'expect' => $expect, 'outcome' => $outcome,
        'pass' => !$mism, 'mismatches' => $mism, 'message' => $failures ? $failures[0][2] : null,
        'calls' => $repeat, 'failed' => count($failures),
        'requests' => ['data' => $data, 'token' => $token, 'statuses' => $statuses],
        'expect_data_requests' => $case['expect_data_requests'] ?? null,
        'server_creates' => $createsAfter - $createsBefore, 'dup_creates' => $dup, 'lost_writes' => $lost,
        'elapsed_ms' => $elapsed, 'budget_ms' => $budget, 'overrun_ms' => max(0, $elapsed - $budget),
        'panics' => count(array_filter($failures, fn ($f) => $f[0] === 'panic')),
    ];
}
