<?php
declare(strict_types=1);

/**
 * The token_store option: one token shared through a real redis-server (started here on a
 * free port), remade connections in forked children, and a bad or unreachable store.
 */
final class TokenStoreTest extends ExsitedTestCase
{
    /** @var resource|null */
    private static $redis = null;
    private static int $port = 0;

    public static function setUpBeforeClass(): void
    {
        $sock = stream_socket_server('tcp://127.0.0.1:0');
        self::$port = (int) substr(strrchr(stream_socket_get_name($sock, false), ':'), 1);
        fclose($sock);
        $cmd = ['redis-server', '--port', (string) self::$port, '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
        self::$redis = proc_open($cmd, [1 => ['file', '/dev/null', 'a'], 2 => ['file', '/dev/null', 'a']], $pipes);
        for ($i = 0; $i < 250; $i++) {
            $c = @fsockopen('127.0.0.1', self::$port, $errno, $errstr, 0.2);
            if ($c !== false) {
                fclose($c);
                return;
            }
            usleep(20000);
        }
        self::fail('redis-server did not start (the Debian package redis-server is needed; make deps installs it)');
    }

    public static function tearDownAfterClass(): void
    {
        if (is_resource(self::$redis)) {
            proc_terminate(self::$redis);
            proc_close(self::$redis);
        }
    }

    /** Each test its own database, so that no test finds another's token. */
    private static function store(int $db): string
    {
        return 'redis://127.0.0.1:' . self::$port . '/' . $db;
    }

    public function testForkedChildrenShareTheStoredTokenThroughConnectionsOfTheirOwn(): void
    {
        if (!function_exists('pcntl_fork')) {
            self::markTestSkipped('pcntl is not available');
        }
        Sandbox::reset();
        $store = self::store(1);
        $service = new Exsited\AccountService(self::newClient(['token_store' => $store, 'timeout' => 7]));
        $service->readAll(); // the parent's token and Redis connection exist before the forks
        Sandbox::expireTokens(); // so every child must go through the store
        for ($n = 0; $n < 3; $n++) {
            $pid = pcntl_fork();
            if ($pid === 0) {
                $ok = 0;
                try {
                    $service->readAll();
                    (new Exsited\AccountService(self::newClient(['token_store' => $store])))->readAll();
                } catch (Throwable $e) {
                    fwrite(STDERR, 'child failed: ' . $e->getMessage() . "\n");
                    $ok = 1;
                }
                posix_kill(getmypid(), $ok === 0 ? SIGKILL : SIGTERM);
            }
            pcntl_waitpid($pid, $status);
            self::assertTrue(pcntl_wifsignaled($status) && pcntl_wtermsig($status) === SIGKILL, 'child succeeded');
        }
        $service->readAll();
        // The first token, then one more after the expiry, shared by the parent and 3 children:
        // a child stuck on an inherited connection would have fetched one of its own.
        self::assertSame(2, Sandbox::counters()['token_requests']);
    }

    public function testTokenStoreInSdkConfigJson(): void
    {
        Sandbox::reset();
        $dir = sys_get_temp_dir() . '/exsited-store-' . getmypid();
        @mkdir($dir, 0700);
        $credentials = ['apiUrl' => Sandbox::url(), 'client_id' => Sandbox::CLIENT_ID,
            'client_secret' => Sandbox::CLIENT_SECRET, 'redirect_uri' => 'https://app.example/cb'];
        file_put_contents("$dir/token.json", json_encode([$credentials]));
        file_put_contents("$dir/sdk-config.json", json_encode(['tokenStore' => self::store(2)]));
        try {
            $cm = new Api\ApiHelper\Config\ConfigManager($dir);
            // A different timeout makes a different core client: two clients, one shared token.
            foreach ([30, 31] as $timeout) {
                $config = $cm->getConfig();
                $config['reQuestTimeOut'] = $timeout;
                (new Api\AppService\Account\AccountData(new Api\Component\ApiConfig($config)))->readAll();
            }
            self::assertSame(1, Sandbox::counters()['token_requests']);
        } finally {
            @unlink("$dir/token.json");
            @unlink("$dir/sdk-config.json");
            @rmdir($dir);
        }
    }

    public function testABadStoreUrlIsAConfigErrorWithoutThePassword(): void
    {
        try {
            self::newClient(['token_store' => 'http://user:store-pw-9Kx@127.0.0.1:1/0']);
            self::fail('accepted');
        } catch (Exsited\Exception\ConfigException $e) {
            self::assertStringContainsString('token_store', $e->getMessage());
            self::assertStringNotContainsString('store-pw-9Kx', $e->getMessage());
            self::assertStringNotContainsString('store-pw-9Kx', (string) $e);
        }
    }

    public function testAnUnreachableStoreNeverFailsACall(): void
    {
        Sandbox::reset();
        $sock = stream_socket_server('tcp://127.0.0.1:0');
        $port = (int) substr(strrchr(stream_socket_get_name($sock, false), ':'), 1);
        fclose($sock);
        $service = new Exsited\AccountService(self::newClient(['token_store' => "redis://127.0.0.1:$port/0", 'timeout' => 9]));
        $t0 = microtime(true);
        $service->readAll();
        self::assertLessThan(2.0, microtime(true) - $t0);
        self::assertSame(1, Sandbox::counters()['token_requests']);
    }
}
