<?php
declare(strict_types=1);

use Api\ApiHelper\Config\ConfigManager;
use Api\AppService\Account\AccountData;
use Api\Component\ApiConfig;
use Exsited\Exception\ConfigException;

/**
 * Every option of Exsited\Client and every value of sdk-config.json, given values of every
 * type (ints of any size, negative, floats with NAN and INF, numeric and other strings,
 * null, bools, arrays, objects) plus seeded random ones: the client is built, or a
 * ConfigException names the option. Never another exception, never a crash; and what is
 * accepted is inside the documented range.
 */
final class OptionsPropertyTest extends ExsitedTestCase
{
    private const MAX_SECONDS = 86400;
    private const MAX_RETRIES = 10;
    private const MIN_BYTES = 1024;
    private const MAX_BYTES = 4 * 1024 ** 3;

    private const OPTIONS = [
        'base_url', 'client_id', 'client_secret', 'redirect_uri', 'api_version', 'connect_timeout', 'timeout',
        'max_retries', 'token_cache_file', 'access_token', 'refresh_token', 'assoc', 'allow_insecure_http',
        'proxy', 'ca_cert_file', 'max_response_bytes', 'max_upload_bytes',
    ];

    /** Fixed edge values, then `$random` seeded random ones. */
    private static function values(int $random = 150): array
    {
        $values = [
            0, 1, -1, 10, 11, 86400, 86401, PHP_INT_MAX, PHP_INT_MIN, 2 ** 40,
            1023, 1024, 4 * 1024 ** 3, 4 * 1024 ** 3 + 1, 1024.0,
            0.0, -0.0, 0.5, 1e-12, 5e-324, 86400.0, 86400.5, 1e19, -1e19, NAN, INF, -INF, 2.0,
            '', '5', ' 5 ', '1e19', 'NAN', 'INF', '-1', 'abc', "\0", 'v1', 'v3', 'v9', 'http://127.0.0.1:3128', 'https://x',
            null, true, false, [], [1], ['a' => 1], new stdClass(), str_repeat('9', 400),
        ];
        mt_srand(20241129);
        for ($i = 0; $i < $random; $i++) {
            $values[] = match (mt_rand(0, 5)) {
                0 => mt_rand(PHP_INT_MIN, PHP_INT_MAX),
                1 => mt_rand(-20, 100),
                2 => (mt_rand() / mt_getrandmax()) * 10 ** mt_rand(-10, 25) * (mt_rand(0, 1) ? 1 : -1),
                3 => (string) mt_rand(-5, 100000),
                4 => random_bytes(mt_rand(1, 12)),
                5 => [mt_rand()],
            };
        }
        return $values;
    }

    private static function show(mixed $value): string
    {
        return get_debug_type($value) . ' ' . substr(var_export($value, true), 0, 60);
    }

    private static function isNumber(mixed $v): bool
    {
        return is_int($v) || is_float($v) || (is_string($v) && is_numeric(trim($v)));
    }

    public function testEveryClientOptionWithEveryValue(): void
    {
        $base = ['base_url' => Sandbox::url(), 'client_id' => 'c', 'client_secret' => 's'];
        $checked = 0;
        foreach (self::OPTIONS as $option) {
            foreach (self::values() as $value) {
                $error = null;
                try {
                    new Exsited\Client([$option => $value] + $base);
                } catch (ConfigException $e) {
                    $error = $e;
                } catch (\Throwable $e) {
                    self::fail("$option = " . self::show($value) . ': ' . get_class($e) . ': ' . $e->getMessage());
                }
                $shown = "$option = " . self::show($value) . ($error ? ': ' . $error->getMessage() : ' accepted');
                if ($error !== null) {
                    self::assertSame('config', $error->getKind(), $shown);
                    self::assertStringContainsString($option, $error->getMessage(), $shown);
                }
                if ($option === 'timeout' || $option === 'connect_timeout') {
                    $secs = self::isNumber($value) ? (float) (is_string($value) ? trim($value) : $value) : NAN;
                    $ok = $value === null || ($secs > 0 && $secs <= self::MAX_SECONDS);
                    self::assertSame($ok, $error === null, $shown);
                }
                if ($option === 'max_response_bytes' || $option === 'max_upload_bytes') {
                    $ok = $value === null || (is_int($value) && $value >= self::MIN_BYTES && $value <= self::MAX_BYTES);
                    self::assertSame($ok, $error === null, $shown);
                }
                if ($option === 'max_retries') {
                    $ok = $value === null || (is_int($value) && $value >= 0 && $value <= self::MAX_RETRIES);
                    self::assertSame($ok, $error === null, $shown);
                }
                $checked++;
            }
        }
        self::assertGreaterThan(2500, $checked);
    }

    public function testEverySdkConfigValue(): void
    {
        $dir = sys_get_temp_dir() . '/exsited-options-' . getmypid() . '-' . bin2hex(random_bytes(4));
        mkdir($dir, 0700, true);
        file_put_contents("$dir/token.json", json_encode([[
            'apiUrl' => Sandbox::url(), 'client_id' => Sandbox::CLIENT_ID, 'client_secret' => Sandbox::CLIENT_SECRET,
            'access_token' => '', 'refresh_token' => '', 'redirect_uri' => '',
        ]]));
        try {
            foreach (['reQuestTimeOut', 'apiVersion'] as $key) {
                foreach (self::values(60) as $value) {
                    if (is_float($value) && !is_finite($value) || is_object($value)) {
                        continue; // not expressible in a JSON file
                    }
                    $json = json_encode([$key => $value], JSON_PARTIAL_OUTPUT_ON_ERROR);
                    $value = json_decode($json, true)[$key]; // what the file holds (bytes that are not UTF-8: null)
                    file_put_contents("$dir/sdk-config.json", $json);
                    $shown = "$key in sdk-config.json = $json";
                    $error = null;
                    try {
                        new AccountData(new ApiConfig((new ConfigManager($dir))->getConfig()));
                    } catch (ConfigException $e) {
                        $error = $e;
                        self::assertStringContainsString($key, $e->getMessage(), $shown);
                    } catch (\Throwable $e) {
                        self::fail("$shown: " . get_class($e) . ': ' . $e->getMessage());
                    }
                    if ($key === 'reQuestTimeOut') {
                        $secs = self::isNumber($value) ? (float) (is_string($value) ? trim($value) : $value) : NAN;
                        $ok = $value === null || ($secs > 0 && $secs <= self::MAX_SECONDS);
                        self::assertSame($ok, $error === null, $shown . ($error ? ': ' . $error->getMessage() : ''));
                    } else {
                        $ok = $value === null || in_array($value, ['v1', 'v2', 'v3'], true);
                        self::assertSame($ok, $error === null, $shown . ($error ? ': ' . $error->getMessage() : ''));
                    }
                }
            }
        } finally {
            array_map('unlink', glob("$dir/*") ?: []);
            rmdir($dir);
        }
    }

    public function testTheReportedValues(): void
    {
        $base = ['base_url' => Sandbox::url(), 'client_id' => 'c', 'client_secret' => 's'];
        $cases = [
            [['max_retries' => -1], 'max_retries must be a whole number from 0 to 10, got -1'],
            // (long digit runs are masked in every message, as card numbers would be)
            [['max_retries' => 2 ** 40], 'max_retries must be a whole number from 0 to 10, got '],
            [['timeout' => 1e19, 'connect_timeout' => 1e19], 'must be a number of seconds greater than 0 and at most 86400, got '],
            [['timeout' => true], 'timeout must be a number of seconds greater than 0 and at most 86400, got bool'],
            [['max_response_bytes' => 0], 'max_response_bytes must be a whole number of bytes from 1024 to 4294967296, got 0'],
            [['max_upload_bytes' => 2 ** 33], 'max_upload_bytes must be a whole number of bytes from 1024 to 4294967296, got 8589934592'],
            [['max_response_bytes' => '10MB'], 'max_response_bytes must be a whole number of bytes from 1024 to 4294967296, got string'],
        ];
        foreach ($cases as [$options, $message]) {
            try {
                new Exsited\Client($options + $base);
                self::fail('expected ConfigException for ' . json_encode($options));
            } catch (ConfigException $e) {
                self::assertStringContainsString($message, $e->getMessage());
            }
        }
    }
}
