<?php
/**
 * The sandbox's test hooks (/__sandbox__/...) and an independent checker that reads the server
 * through plain HTTP with a token of its own (never the extension under test), for the PHP
 * runner's own scenarios (the matrix cases use driver.py's copy in sandbox_hooks.py).
 */

declare(strict_types=1);

const SETTLE_LIMIT = 4.0;


final class Sandbox
{
    private ?string $token = null;

    public function __construct(public string $url) { $this->url = rtrim($url, '/'); }

    /** [status, decoded body] */
    public function http(string $method, string $path, $body = null, array $headers = []): array
    {
        $h = $headers;
        $content = null;
        if ($body !== null) {
            $content = json_encode($body);
            $h[] = 'Content-Type: application/json';
        }
        $opts = ['method' => $method, 'ignore_errors' => true, 'timeout' => 15, 'header' => implode("\r\n", $h)];
        if ($content !== null) {
            $opts['content'] = $content;
        }
        $text = @file_get_contents($this->url . $path, false, stream_context_create(['http' => $opts]));
        $status = 0;
        foreach ($http_response_header ?? [] as $hl) {
            if (preg_match('#^HTTP/\S+\s+(\d{3})#', $hl, $m)) {
                $status = (int) $m[1];
            }
        }
        return [$status, ($text === false || $text === '') ? null : json_decode($text, true)];
    }

    public function hook(string $method, string $name, $body = null): ?array
    {
        [$status, $data] = $this->http($method, '/__sandbox__/' . $name, $body);
        if ($status < 200 || $status >= 300) {
            throw new RuntimeException("hook $name answered $status");
        }
        return $data;
    }

    public function counters(): array { return $this->hook('GET', 'counters'); }

    public function requests(): array { return $this->hook('GET', 'requests')['requests']; }

    public function install(array $fault): void
    {
        if (array_key_exists('hook', $fault)) {
            foreach ((array) $fault['hook'] as $name) {
                $this->hook('POST', $name);
            }
        } else {
            $this->hook('POST', 'faults', ['faults' => array_is_list($fault) ? $fault : [$fault]]);
        }
    }

    public function settle(): array
    {
        $start = microtime(true);
        while (true) {
            $reqs = $this->requests();
            $open = array_filter($reqs, fn ($r) => ($r['status'] ?? null) === null);
            if (!$open || microtime(true) - $start > SETTLE_LIMIT) {
                return $reqs;
            }
            usleep(25000);
        }
    }

    public function apiGet(string $path): array
    {
        for ($i = 0; $i < 3; $i++) {
            if ($this->token === null) {
                [$s, $d] = $this->http('POST', '/api/v1/oauth2/token', [
                    'grant_type' => 'client_credentials', 'client_id' => CLIENT_ID, 'client_secret' => CLIENT_SECRET]);
                if ($s !== 200) {
                    throw new RuntimeException("checker token refused: $s");
                }
                $this->token = $d['access_token'];
            }
            [$s, $d] = $this->http('GET', $path, null, ['Authorization: Bearer ' . $this->token]);
            if ($s === 401) {
                $this->token = null;
                continue;
            }
            return [$s, $d];
        }
        throw new RuntimeException('checker kept getting 401');
    }
}

function seen(array $reqs): array
{
    $data = $token = 0;
    $statuses = [];
    foreach ($reqs as $r) {
        $p = $r['path'] ?? '';
        if (str_starts_with($p, '/api/v2/') || str_starts_with($p, '/api/v3/')) {
            $data++;
            $statuses[] = $r['status'] ?? null;
        } elseif (str_contains($p, 'oauth2/token')) {
            $token++;
        }
    }
    return [$data, $token, $statuses];
}
