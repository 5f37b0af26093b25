<?php
// PHP benchmark (P5): sequential account reads.
//   php [-d extension=...] php_scenarios.php MODE URL ID CALLS ROUNDS
// MODE: ext (this project's extension), curl-new (a new curl handle per call, as the
// documented PHP SDK does), curl-reuse (one curl handle kept for every call).
// Prints one JSON object with the median milliseconds per call for every round.

[$self, $mode, $url, $id, $calls, $rounds] = $argv + [null, 'ext', '', 'SD0001', 300, 5];
$calls = (int)$calls;
$rounds = (int)$rounds;
$url = rtrim($url, '/');

// In HTTPS runs the sandbox's throw-away CA is given the same way to every contender.
$CA = getenv('EXSITED_CA_BUNDLE') ?: null;
$TLS = $CA ? [CURLOPT_CAINFO => $CA] : [];

function token(string $url): string {
    global $TLS;
    $ch = curl_init("$url/api/v1/oauth2/token");
    curl_setopt_array($ch, $TLS + [
        CURLOPT_POST => true,
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_HTTPHEADER => ['Content-Type: application/json'],
        CURLOPT_POSTFIELDS => json_encode(['grant_type' => 'client_credentials', 'client_id' => 'sandbox-client',
            'client_secret' => 'sandbox-secret', 'redirect_uri' => '']),
    ]);
    $answer = json_decode(curl_exec($ch));
    curl_close($ch);
    return $answer->access_token;
}

function median(array $xs): float {
    sort($xs);
    return $xs[intdiv(count($xs), 2)];
}

if ($mode === 'ext') {
    $client = new Exsited\Client(['base_url' => $url, 'client_id' => 'sandbox-client', 'client_secret' => 'sandbox-secret']);
    $service = new Exsited\AccountService($client);
    $call = function () use ($service, $id) { return $service->readDetails($id); };
} elseif ($mode === 'curl-new') {
    $token = token($url);
    $call = function () use ($url, $id, $token, $TLS) {
        $ch = curl_init("$url/api/v3/accounts/$id");
        curl_setopt_array($ch, $TLS + [CURLOPT_RETURNTRANSFER => true, CURLOPT_HTTPHEADER => ["Authorization: Bearer $token"]]);
        $body = curl_exec($ch);
        curl_close($ch);
        return json_decode($body);
    };
} elseif ($mode === 'curl-reuse') {
    $token = token($url);
    $ch = curl_init();
    curl_setopt_array($ch, $TLS + [CURLOPT_RETURNTRANSFER => true, CURLOPT_HTTPHEADER => ["Authorization: Bearer $token"]]);
    $call = function () use ($ch, $url, $id) {
        curl_setopt($ch, CURLOPT_URL, "$url/api/v3/accounts/$id");
        return json_decode(curl_exec($ch));
    };
} else {
    fwrite(STDERR, "unknown mode $mode\n");
    exit(2);
}

$first = $call();
if (!isset($first->account->id)) {
    fwrite(STDERR, "unexpected answer: " . json_encode($first) . "\n");
    exit(1);
}
$results = [];
for ($r = 0; $r < $rounds; $r++) {
    $times = [];
    for ($i = 0; $i < $calls; $i++) {
        $t = hrtime(true);
        $call();
        $times[] = (hrtime(true) - $t) / 1e6;
    }
    $results[] = median($times);
}
echo json_encode(['sdk' => $mode, 'scenario' => 'P5', 'rounds' => $results]), "\n";
