<?php
declare(strict_types=1);

/**
 * Proxies from the environment, as Guzzle users expect: HTTP_PROXY is used unless
 * 'trust_env' => false or the host is in 'no_proxy'. The sandbox itself plays the forward
 * proxy (it answers the absolute-form requests a proxy receives), and the target is a name
 * that does not resolve, so a call can only succeed through the proxy.
 */
final class ProxyTest extends ExsitedTestCase
{
    private const HOST = 'sandbox.exsited.test';

    protected function tearDown(): void
    {
        putenv('HTTP_PROXY');
        putenv('NO_PROXY');
        parent::tearDown();
    }

    /** A client for the unresolvable name; $port keeps each test's core client its own. */
    private static function viaName(int $port, array $extra = []): Exsited\AccountService
    {
        return new Exsited\AccountService(new Exsited\Client($extra + [
            'base_url' => 'http://' . self::HOST . ":$port",
            'client_id' => Sandbox::CLIENT_ID,
            'client_secret' => Sandbox::CLIENT_SECRET,
            'allow_insecure_http' => true,
            'max_retries' => 0,
        ]));
    }

    public function testHttpProxyFromTheEnvironmentIsUsed(): void
    {
        putenv('HTTP_PROXY=' . Sandbox::url());
        self::viaName(10001)->readAll();
        self::assertRequest('GET', '/api/v3/accounts');
        $seen = array_filter(Sandbox::requests(), fn ($r) => $r['path'] === '/api/v3/accounts');
        self::assertNotEmpty($seen);
    }

    public function testTrustEnvFalseAndNoProxySkipTheProxy(): void
    {
        putenv('HTTP_PROXY=' . Sandbox::url());
        foreach ([['trust_env' => false], ['no_proxy' => ['other.example', self::HOST]], ['no_proxy' => 'exsited.test']] as $i => $extra) {
            try {
                self::viaName(10010 + $i, $extra)->readAll();
                self::fail('the call went through the proxy: ' . json_encode($extra));
            } catch (Exsited\Exception\ConnectionException $e) {
                self::assertStringContainsString('connect', strtolower($e->getMessage()));
            }
        }
        putenv('NO_PROXY=' . self::HOST);
        try {
            self::viaName(10020)->readAll();
            self::fail('NO_PROXY was not honoured');
        } catch (Exsited\Exception\ConnectionException $e) {
        }
        self::assertSame([], Sandbox::requests());
    }

    public function testAnExplicitProxyWinsOverTheEnvironment(): void
    {
        putenv('HTTP_PROXY=http://127.0.0.1:9');
        self::viaName(10030, ['proxy' => Sandbox::url()])->readAll();
        self::assertRequest('GET', '/api/v3/accounts');
    }

    public function testNoProxyOfTheWrongTypeIsAConfigError(): void
    {
        $this->expectException(Exsited\Exception\ConfigException::class);
        $this->expectExceptionMessage('no_proxy');
        self::newClient(['no_proxy' => 5]);
    }
}
