<?php
declare(strict_types=1);

use Exsited\Exception\ExsitedException;

/**
 * Card data and credentials never reach an exception's trace, even with
 * zend.exception_ignore_args=0 (PHP's development default), where var_dump/print_r of an
 * exception print every frame's arguments: the parameters that carry them are
 * #[\SensitiveParameter], and the extension's own exceptions carry no arguments at all.
 */
final class SecretsInTraceTest extends ExsitedTestCase
{
    private const CARD = '4000056655665556';
    private const CARD_TOKEN = 'tok_trace_9f8e7d6c5b4a';
    private const CVV = '7319';
    private const SECRET = 'sk-trace-0a1b2c3d4e5f-never-print-me';

    private string|false $previousIni = false;

    protected function setUp(): void
    {
        parent::setUp();
        $this->previousIni = ini_set('zend.exception_ignore_args', '0');
        self::assertNotFalse($this->previousIni, 'zend.exception_ignore_args can be set at run time');
    }

    protected function tearDown(): void
    {
        if ($this->previousIni !== false) {
            ini_set('zend.exception_ignore_args', $this->previousIni);
        }
        parent::tearDown();
    }

    private static function card(): array
    {
        return ['processor_type' => 'Card', 'default' => 'true', 'payment_processor' => 'Stripe', 'reference' => 'TraceCard',
            'card_type' => 'Visa', 'card_number' => self::CARD, 'token' => self::CARD_TOKEN, 'card_cvv' => self::CVV,
            'expiry_month' => '12', 'expiry_year' => '2030'];
    }

    private static function credentials(array $extra = []): array
    {
        return $extra + ['base_url' => Sandbox::url(), 'client_id' => 'trace-client', 'client_secret' => self::SECRET];
    }

    /** Everything a developer might print of an exception. */
    private static function dump(Throwable $e): string
    {
        ob_start();
        var_dump($e);
        print_r($e);
        var_dump($e->getTrace());
        echo $e, "\n", $e->getTraceAsString(), "\n";
        var_export($e->getTrace());
        return (string) ob_get_clean();
    }

    private static function assertNoSecret(string $out, string $what): void
    {
        foreach (['card number' => self::CARD, 'card token' => self::CARD_TOKEN, 'CVV' => self::CVV, 'client secret' => self::SECRET] as $name => $needle) {
            self::assertStringNotContainsString($needle, $out, "$what: the $name is in the dump");
        }
    }

    /** Runs $call, which must throw; returns the dump of what it threw. */
    private static function thrown(callable $call, string $class = Throwable::class): string
    {
        try {
            $call();
        } catch (Throwable $e) {
            self::assertInstanceOf($class, $e);
            return self::dump($e);
        }
        self::fail('expected an exception');
    }

    public function testTheSettingReallyPrintsArguments(): void
    {
        // The control: a PHP function's own exception shows its arguments under this setting.
        $leaky = function (string $v): void {
            throw new RuntimeException('x');
        };
        $out = self::thrown(fn () => $leaky('visible-' . self::CVV));
        self::assertStringContainsString('visible-' . self::CVV, $out);
    }

    public function testSensitiveParametersAreMarked(): void
    {
        $marked = [
            [Exsited\Client::class, '__construct', 'options'],
            [Api\ApiHelper\Config\ConfigManager::class, 'getConfigWithCredentials', 'credentials'],
            [Api\Component\ApiConfig::class, '__construct', 'config'],
        ];
        foreach ([Exsited\AccountService::class, Api\AppService\Account\AccountData::class] as $class) {
            foreach (['createPaymentMethod', 'createCardPaymentMethod', 'updatesPaymentMethodAllData'] as $m) {
                $marked[] = [$class, $m, 'params'];
            }
        }
        foreach ($marked as [$class, $method, $param]) {
            $p = (new ReflectionMethod($class, $method))->getParameters()[0];
            self::assertSame($param, $p->getName());
            $names = array_map(fn ($a) => $a->getName(), $p->getAttributes());
            self::assertSame([SensitiveParameter::class], $names, "$class::$method \$$param");
        }
        // Ids and versions are not secrets: they stay visible in traces.
        $id = (new ReflectionMethod(Exsited\AccountService::class, 'createCardPaymentMethod'))->getParameters()[1];
        self::assertSame([], $id->getAttributes());
    }

    public function testCardDataInApiErrors(): void
    {
        $id = $this->newAccount('trace')->id;
        $s = $this->accountService;
        $s->createCardPaymentMethod(self::card(), $id);
        // The same reference again: a 400 from the API.
        $out = self::thrown(fn () => $s->createCardPaymentMethod(self::card(), $id), Exsited\Exception\ValidationException::class);
        self::assertNoSecret($out, 'createCardPaymentMethod 400');
        self::assertStringNotContainsString('["args"]', $out, 'the extension\'s exceptions carry no arguments');
        $out = self::thrown(fn () => $s->updatesPaymentMethodAllData(self::card(), $id, 'NO-SUCH-REF'), Exsited\Exception\NotFoundException::class);
        self::assertNoSecret($out, 'updatesPaymentMethodAllData 404');
        $out = self::thrown(fn () => $s->createPaymentMethod(self::card(), ''), Exsited\Exception\UsageException::class);
        self::assertNoSecret($out, 'createPaymentMethod, bad id');
    }

    public function testCardDataHeldByTheCallersFrames(): void
    {
        // The caller's own function takes the card as an argument: its frame is in the trace too.
        $s = $this->accountService;
        $save = function (array $card, string $id) use ($s) {
            return $s->createCardPaymentMethod($card, $id);
        };
        $out = self::thrown(fn () => $save(self::card(), ''), ExsitedException::class);
        self::assertNoSecret($out, 'caller frame');
    }

    public function testEngineErrorsOnSensitiveParameters(): void
    {
        // Thrown by the engine (wrong argument count or type), not by the extension: the
        // #[\SensitiveParameter] marks replace the values with SensitiveParameterValue.
        $s = $this->accountService;
        $out = self::thrown(fn () => $s->createCardPaymentMethod(self::card()), ArgumentCountError::class);
        self::assertNoSecret($out, 'ArgumentCountError');
        self::assertStringContainsString('SensitiveParameterValue', $out);
        $out = self::thrown(fn () => $s->updatesPaymentMethodAllData(self::card(), 'SD0001', 'R', ['v3']), TypeError::class);
        self::assertNoSecret($out, 'TypeError');
        self::assertStringContainsString('SensitiveParameterValue', $out);
        $out = self::thrown(fn () => new Exsited\Client(self::credentials(), 'extra'), ArgumentCountError::class);
        self::assertNoSecret($out, 'Client, extra argument');
        $out = self::thrown(fn () => new Api\Component\ApiConfig(['client_secret' => self::SECRET], 'extra'), ArgumentCountError::class);
        self::assertNoSecret($out, 'ApiConfig, extra argument');
    }

    public function testCredentialsInConfigErrors(): void
    {
        $out = self::thrown(fn () => new Exsited\Client(self::credentials(['timeout' => -1])), Exsited\Exception\ConfigException::class);
        self::assertNoSecret($out, 'Client, bad option');
        $out = self::thrown(fn () => new Exsited\Client(self::credentials(['base_url' => 'http://api.example.com'])), Exsited\Exception\ConfigException::class);
        self::assertNoSecret($out, 'Client, plain http');
        $out = self::thrown(fn () => new Api\Component\ApiConfig(['client_secret' => self::SECRET]), Exsited\Exception\ConfigException::class);
        self::assertNoSecret($out, 'ApiConfig without apiUrl');
        $dir = dirname(self::tempFile('sdk-config.json', '{not json'));
        $cm = new Api\ApiHelper\Config\ConfigManager($dir);
        $out = self::thrown(fn () => $cm->getConfigWithCredentials(['client_secret' => self::SECRET]), Exsited\Exception\ConfigException::class);
        self::assertNoSecret($out, 'getConfigWithCredentials');
    }

    public function testChildProcessWithTheDevelopmentSetting(): void
    {
        // The same in a fresh process started with -d zend.exception_ignore_args=0 (the setting
        // as php.ini-development has it, not changed at run time).
        $so = self::extensionPath();
        if ($so === null) {
            self::markTestSkipped('cannot tell where the extension was loaded from');
        }
        $code = <<<'PHP'
            $s = new Exsited\AccountService(new Exsited\Client(['base_url' => $argv[1], 'client_id' => 'c', 'client_secret' => $argv[2]]));
            function save($s, array $card) { return $s->createCardPaymentMethod($card, ''); }
            foreach ([fn () => save($s, ['card_number' => $argv[3]]), fn () => $s->createCardPaymentMethod(['card_number' => $argv[3]]),
                      fn () => new Exsited\Client(['base_url' => $argv[1], 'client_id' => 'c', 'client_secret' => $argv[2], 'timeout' => 0])] as $f) {
                try { $f(); } catch (Throwable $e) { var_dump($e); print_r($e); echo $e, "\n"; }
            }
            echo ini_get('zend.exception_ignore_args') === '0' ? "setting 0\n" : "setting other\n";
            PHP;
        $cmd = [PHP_BINARY, '-n', '-d', "extension=$so", '-d', 'zend.exception_ignore_args=0', '-r', $code, '--', Sandbox::url(), self::SECRET, self::CARD];
        $p = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
        $out = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
        self::assertSame(0, proc_close($p), $out);
        self::assertStringContainsString("setting 0\n", $out);
        self::assertStringContainsString('SensitiveParameterValue', $out);
        self::assertNoSecret($out, 'child process');
    }

    /** The .so this process loaded (php -d extension=/abs/path), from the command line. */
    private static function extensionPath(): ?string
    {
        $cmdline = @file_get_contents('/proc/' . getmypid() . '/cmdline');
        if ($cmdline === false) {
            return null;
        }
        foreach (explode("\0", $cmdline) as $arg) {
            if (preg_match('/^extension=(\/.*exsited[^\/]*\.so)$/', $arg, $m)) {
                return $m[1];
            }
        }
        $dir = ini_get('extension_dir');
        return $dir && is_file("$dir/exsited.so") ? "$dir/exsited.so" : null;
    }
}
