<?php
declare(strict_types=1);

/** The sandbox server of this test run and its /__sandbox__ hooks. */
final class Sandbox
{
    public const CLIENT_ID = 'sandbox-client';
    public const CLIENT_SECRET = 'sandbox-secret';

    private static string $url = '';
    /** @var resource|null */
    private static $process = null;

    public static function boot(): void
    {
        $given = getenv('SANDBOX_URL');
        if ($given !== false && $given !== '') {
            self::$url = rtrim($given, '/');
            return;
        }
        $bin = getenv('SANDBOX_BIN') ?: dirname(__DIR__, 2) . '/target/debug/exsited-sandbox';
        if (!is_executable($bin)) {
            fwrite(STDERR, "sandbox binary $bin not found; build it with cargo build -p exsited-sandbox\n");
            exit(1);
        }
        $cmd = [$bin, '--port', '0', '--client-id', self::CLIENT_ID, '--client-secret', self::CLIENT_SECRET];
        $proc = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['file', '/dev/null', 'a']], $pipes);
        if (!is_resource($proc)) {
            fwrite(STDERR, "could not start the sandbox\n");
            exit(1);
        }
        $line = (string)fgets($pipes[1]);
        if (!preg_match('#(http://[0-9.:]+)#', $line, $m)) {
            fwrite(STDERR, "sandbox did not report its address: $line\n");
            exit(1);
        }
        self::$url = $m[1];
        self::$process = $proc;
        self::$ownerPid = getmypid();
        putenv('SANDBOX_URL=' . self::$url);
        register_shutdown_function([self::class, 'stop']);
    }

    public static function stop(): void
    {
        if (is_resource(self::$process)) {
            $status = proc_get_status(self::$process);
            // Only the process this bootstrap started, by its own pid.
            if ($status['running'] && getmypid() === self::$ownerPid) {
                proc_terminate(self::$process);
            }
        }
    }

    private static int $ownerPid = 0;

    public static function url(): string
    {
        return self::$url;
    }

    /** @return array<string, mixed> */
    public static function hook(string $method, string $path, ?array $body = null): array
    {
        $opts = ['http' => [
            'method' => $method,
            'ignore_errors' => true,
            'timeout' => 30,
            'header' => "Content-Type: application/json\r\n",
        ]];
        if ($body !== null) {
            $opts['http']['content'] = json_encode($body);
        }
        $text = file_get_contents(self::url() . '/__sandbox__/' . $path, false, stream_context_create($opts));
        if ($text === false) {
            throw new RuntimeException("sandbox hook $method $path failed");
        }
        return $text === '' ? [] : (array)json_decode($text, true);
    }

    public static function reset(int $seed = 0): void
    {
        self::hook('POST', 'reset', ['seed' => $seed]);
    }

    /** @return array<string, mixed> */
    public static function seed(int $count): array
    {
        return self::hook('POST', 'seed', ['count' => $count]);
    }

    /** @return list<array<string, mixed>> */
    public static function requests(): array
    {
        return self::hook('GET', 'requests')['requests'] ?? [];
    }

    public static function clearRequests(): void
    {
        self::hook('DELETE', 'requests');
    }

    /** @return array<string, int> */
    public static function counters(): array
    {
        return self::hook('GET', 'counters');
    }

    public static function fault(array ...$faults): void
    {
        self::hook('POST', 'faults', ['faults' => $faults]);
    }

    public static function clearFaults(): void
    {
        self::hook('DELETE', 'faults');
    }

    public static function expireTokens(): void
    {
        self::hook('POST', 'expire_tokens');
    }
}
