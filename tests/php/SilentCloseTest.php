<?php
declare(strict_types=1);

/**
 * A server that closes each connection right after answering, without `Connection: close`:
 * the extension notices the silent closes and stops reusing connections to it, so no create
 * is written on a connection whose close is still on its way (creates are never resent).
 */
final class SilentCloseTest extends ExsitedTestCase
{
    public function testEveryCreateSucceedsOnceAgainstASilentlyClosingServer(): void
    {
        $count = tempnam(sys_get_temp_dir(), 'exsited-creates-');
        $cmd = [PHP_BINARY, '-n', __DIR__ . '/silent/server.php', $count];
        $proc = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['file', '/dev/null', 'a']], $pipes);
        self::assertIsResource($proc);
        try {
            $port = (int) trim((string) fgets($pipes[1]));
            self::assertGreaterThan(0, $port, 'the raw server started');
            $service = new Exsited\AccountService(new Exsited\Client([
                'base_url' => "http://127.0.0.1:$port",
                'client_id' => 'id',
                'client_secret' => 'secret',
            ]));
            $creates = 0;
            for ($i = 0; $i < 200; $i++) {
                if ($i % 2 === 1) {
                    $service->create(['name' => 'Silent'], 'v3');
                    $creates++;
                } else {
                    self::assertSame('ACC-1', $service->readDetails('ACC-1')->account->id);
                }
            }
            self::assertSame((string) $creates, file_get_contents($count), 'each create reached the server once');
        } finally {
            proc_terminate($proc);
            proc_close($proc);
            @unlink($count);
        }
    }
}
