<?php
declare(strict_types=1);

use Api\ApiHelper\Config\ConfigManager;
use Api\ApiHelper\SdkVersionManager;
use Api\AppService\Account\AccountData;
use Api\AppService\AutoBillApiException;
use Api\Component\ApiConfig;

/** The drop-in classes, with real token.json / sdk-config.json files in a temp directory. */
final class CompatTest extends ExsitedTestCase
{
    private string $dir;

    protected function setUp(): void
    {
        parent::setUp();
        $this->dir = sys_get_temp_dir() . '/exsited-compat-' . getmypid() . '-' . bin2hex(random_bytes(4));
        mkdir($this->dir, 0700, true);
        $set = fn (string $secret) => [
            'apiUrl' => Sandbox::url(),
            'appUrl' => 'https://app.example',
            'client_id' => Sandbox::CLIENT_ID,
            'client_secret' => $secret,
            'access_token' => '',
            'refresh_token' => '',
            'redirect_uri' => 'https://app.example/callback',
        ];
        file_put_contents("{$this->dir}/token.json", json_encode([$set(Sandbox::CLIENT_SECRET), $set('wrong-secret')], JSON_PRETTY_PRINT));
        file_put_contents("{$this->dir}/sdk-config.json", json_encode(['apiVersion' => 'v3', 'reQuestTimeOut' => 240]));
    }

    protected function tearDown(): void
    {
        // A ConfigManager clears a version chosen with SdkVersionManager (this process is one
        // request for PHP, so a choice would otherwise reach the next test).
        new ConfigManager($this->dir);
        array_map('unlink', glob("{$this->dir}/*") ?: []);
        rmdir($this->dir);
        putenv('EXSITED_CONFIG_DIR');
        parent::tearDown();
    }

    public function testRequestTimeoutOfSdkConfigApplies(): void
    {
        // 1 s configured; the answer takes 6 s on every attempt: the call gives up long before
        // (the default of 30 s would wait for it and succeed).
        file_put_contents("{$this->dir}/sdk-config.json", json_encode(['apiVersion' => 'v3', 'reQuestTimeOut' => 1]));
        $orders = new Api\AppService\Order\OrderData(new ApiConfig((new ConfigManager($this->dir))->getConfig(0)));
        $orders->readAll(); // the token first, so the fault hits the data call
        Sandbox::fault(['method' => 'GET', 'path' => '/api/v3/orders', 'kind' => 'delay', 'delay_ms' => 6000, 'times' => 10]);
        $started = microtime(true);
        try {
            $orders->readAll();
            self::fail('expected a timeout');
        } catch (Exsited\Exception\TimeoutException $e) {
            self::assertLessThan(5.5, microtime(true) - $started, 'the configured 1 s timeout applies to each attempt');
        }
    }

    public function testSdkVersionManagerHoldsTheConfiguredVersionAndAChosenOne(): void
    {
        // No apiVersion in sdk-config.json: the documented ConfigManager's v2.
        file_put_contents("{$this->dir}/sdk-config.json", json_encode(['reQuestTimeOut' => 240]));
        $cm = new ConfigManager($this->dir);
        self::assertSame('v2', SdkVersionManager::getApiVersion());
        $config = $cm->getConfig();
        self::assertSame('v2', $config['apiVersion']);
        $accounts = new AccountData(new ApiConfig($config));
        Sandbox::seed(1);
        $accounts->readAll();
        self::assertRequest('GET', '/api/v2/accounts');

        // Chosen: every drop-in call that names no version of its own uses it.
        SdkVersionManager::setApiVersion('v3');
        self::assertSame('v3', SdkVersionManager::getApiVersion());
        $accounts->readAll();
        self::assertRequest('GET', '/api/v3/accounts');
        $accounts->readAll('v2');
        self::assertRequest('GET', '/api/v2/accounts', null, null);
        // The Exsited\* classes keep their client's own version.
        (new Exsited\AccountService(self::newClient(['api_version' => 'v2'])))->readAll();
        self::assertRequest('GET', '/api/v2/accounts');

        // A ConfigManager constructed later stores its version again, as the documented one does.
        new ConfigManager($this->dir);
        self::assertSame('v2', SdkVersionManager::getApiVersion());
        $accounts->readAll();
        self::assertRequest('GET', '/api/v2/accounts');
    }

    public function testSdkVersionManagerRefusesAVersionItDoesNotKnow(): void
    {
        self::assertSame(['v1', 'v2', 'v3'], SdkVersionManager::getAllowedVersions());
        new ConfigManager($this->dir);
        foreach (['v4', 'V3', '', 3, null, ['v3']] as $bad) {
            try {
                SdkVersionManager::setApiVersion($bad);
                self::fail('expected InvalidArgumentException for ' . var_export($bad, true));
            } catch (InvalidArgumentException $e) {
                self::assertStringContainsString('allowed versions are v1, v2, v3', $e->getMessage());
            }
        }
        self::assertSame('v3', SdkVersionManager::getApiVersion(), 'unchanged: sdk-config.json says v3');
    }

    public function testDocumentedConstruction(): void
    {
        $cm = new ConfigManager($this->dir);
        $config = $cm->getConfig();
        self::assertSame(Sandbox::url(), $config['apiUrl']);
        self::assertSame('v3', $config['apiVersion']);
        self::assertSame(240, $config['reQuestTimeOut']);

        $apiConfig = new ApiConfig($config);
        self::assertSame('v3', $apiConfig->getApiVersion());
        self::assertSame(240.0, $apiConfig->getRequestTimeout());
        $accountService = new AccountData($apiConfig);

        Sandbox::seed(2);
        $response = $accountService->readAll('v2');
        self::assertRequest('GET', '/api/v2/accounts');
        self::assertInstanceOf(stdClass::class, $response);
        self::assertNotEmpty($response->accounts);
        self::assertStringNotContainsString(Sandbox::CLIENT_SECRET, json_encode($response));

        $created = $accountService->create(['name' => 'compat', 'email_address' => 'compat@example.com'], 'v3');
        self::assertRequest('POST', '/api/v3/accounts', ['account' => ['name' => 'compat', 'email_address' => 'compat@example.com']]);
        self::assertNull($accountService->delete($created->account->id));
    }

    public function testSecondCredentialSetAndErrors(): void
    {
        $cm = new ConfigManager($this->dir);
        $svc = new AccountData(new ApiConfig($cm->getConfig(1)));
        try {
            $svc->readAll();
            self::fail('the wrong secret must be refused');
        } catch (AutoBillApiException $e) {
            self::assertInstanceOf(Exsited\Exception\AuthenticationException::class, $e);
            self::assertStringNotContainsString('wrong-secret', $e->getMessage());
            self::assertStringNotContainsString('wrong-secret', json_encode($e->getRawResponse()));
        }
        $this->expectException(Exsited\Exception\ConfigException::class);
        $cm->getConfig(5);
    }

    public function testDirectoryFromEnvironmentThenWorkingDirectory(): void
    {
        putenv("EXSITED_CONFIG_DIR={$this->dir}");
        self::assertSame($this->dir, (new ConfigManager())->getConfigDir());
        putenv('EXSITED_CONFIG_DIR');
        $old = getcwd();
        chdir($this->dir);
        try {
            $cm = new ConfigManager();
            self::assertSame(realpath($this->dir), realpath($cm->getConfigDir()));
            self::assertSame(Sandbox::url(), $cm->getConfig()['apiUrl']);
        } finally {
            chdir($old);
        }
    }

    public function testMissingTokenFileIsAConfigError(): void
    {
        $cm = new ConfigManager($this->dir . '/nowhere');
        $this->expectException(Exsited\Exception\ConfigException::class);
        $cm->getConfig();
    }

    public function testConfigWithCredentials(): void
    {
        $cm = new ConfigManager($this->dir);
        $config = $cm->getConfigWithCredentials([
            'apiUrl' => Sandbox::url(),
            'client_id' => Sandbox::CLIENT_ID,
            'client_secret' => Sandbox::CLIENT_SECRET,
            'redirect_uri' => 'https://app.example/callback',
        ]);
        self::assertSame('v3', $config['apiVersion']);
        $svc = new AccountData(new ApiConfig($config));
        $svc->readAll();
        self::assertRequest('GET', '/api/v3/accounts');
        // ...but the financial summaries default to v2, as in the documented SDK.
        $svc->readFinancialSummary();
        self::assertRequest('GET', '/api/v2/accounts/financial-summary');
    }

    public function testTokenFromTokenJsonIsUsedFirst(): void
    {
        // Get a real token from the sandbox, then hand it over through token.json.
        $opts = ['http' => ['method' => 'POST', 'header' => "Content-Type: application/json\r\n", 'content' => json_encode([
            'grant_type' => 'client_credentials', 'client_id' => Sandbox::CLIENT_ID,
            'client_secret' => Sandbox::CLIENT_SECRET, 'redirect_uri' => '',
        ])]];
        $token = json_decode((string)file_get_contents(Sandbox::url() . '/api/v1/oauth2/token', false, stream_context_create($opts)), true);
        $set = [[
            'apiUrl' => Sandbox::url(), 'appUrl' => '', 'client_id' => Sandbox::CLIENT_ID,
            'client_secret' => Sandbox::CLIENT_SECRET, 'access_token' => $token['access_token'],
            'refresh_token' => $token['refresh_token'], 'redirect_uri' => 'https://app.example/cb2',
        ]];
        file_put_contents("{$this->dir}/token.json", json_encode($set));
        $before = Sandbox::counters()['token_requests'];
        $svc = new AccountData(new ApiConfig((new ConfigManager($this->dir))->getConfig()));
        $svc->readFinancialSummary();
        self::assertSame($before, Sandbox::counters()['token_requests'], 'the token from token.json was used');
    }
}
