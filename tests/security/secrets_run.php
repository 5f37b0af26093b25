<?php
/**
 * Secret-leak run, PHP side (scripts/secrets.sh): every method of Exsited\AccountService (all
 * 46 operations: the documented SDK's 43 and the e-mail extras), card payment methods, error
 * paths (401 with a wrong secret, 4xx, 5xx), engine errors (ArgumentCountError, TypeError) on
 * the methods that take card data or credentials, and every answer and exception dumped with
 * var_dump, print_r, var_export, json_encode and (string) casts. scripts/secrets.sh runs it
 * with zend.exception_ignore_args=0 (PHP's development default: traces keep call arguments)
 * unless PHP_EXCEPTION_IGNORE_ARGS says otherwise. The caller captures stdout and stderr and
 * scans them (tests/security/scan.py).
 */
declare(strict_types=1);

require_once dirname(__DIR__) . '/lib/temp_dir.php';

error_reporting(E_ALL);
ini_set('display_errors', 'stderr');

$url = getenv('SANDBOX_URL');
$secret = getenv('EXSITED_TEST_SECRET');
$card = getenv('CARD_NUMBER');
$cardToken = getenv('CARD_TOKEN');
$cvv = getenv('CARD_CVV');

function hook(string $method, string $name, $body = null): void
{
    $opts = ['method' => $method, 'ignore_errors' => true, 'header' => 'Content-Type: application/json'];
    if ($body !== null) {
        $opts['content'] = json_encode($body);
    }
    file_get_contents(getenv('SANDBOX_URL') . "/__sandbox__/$name", false, stream_context_create(['http' => $opts]));
}

function show(string $label, Closure $fn)
{
    echo "=== $label\n";
    try {
        $r = $fn();
        var_dump($r);
        print_r($r);
        echo "\n", json_encode($r), "\n";
        var_export($r);
        echo "\n";
        return $r;
    } catch (Throwable $e) {
        dump_exception($label, $e);
        return null;
    }
}

function dump_exception(string $label, Throwable $e): void
{
    echo 'message: ', $e->getMessage(), "\n";
    echo 'string: ', (string) $e, "\n";
    var_dump($e);
    print_r($e);
    var_export($e->getTrace());
    echo "\n";
    if ($e instanceof Exsited\Exception\ExsitedException) {
        var_dump($e->getStatusCode(), $e->getErrors(), $e->getRawResponse(), $e->getKind(), $e->getOperation());
    }
    error_log('failed: ' . $label . ': ' . $e);
}

function find($v, string $key): ?string
{
    $v = json_decode(json_encode($v), true);
    if (!is_array($v)) {
        return null;
    }
    foreach ($v as $k => $x) {
        if ($k === $key && (is_string($x) || is_int($x))) {
            return (string) $x;
        }
    }
    foreach ($v as $x) {
        if (is_array($x) && ($got = find($x, $key)) !== null) {
            return $got;
        }
    }
    return null;
}

$dir = exsited_temp_dir('exsited-secrets-php');
$files = [];
for ($i = 0; $i < 3; $i++) {
    $files[] = $p = "$dir/file$i.txt";
    file_put_contents($p, "attachment $i\n");
}
$image = "$dir/logo.png";
file_put_contents($image, "\x89PNG\r\n\x1a\nsecrets");
/** A PSR-3 logger printing every record (the other clients log through error_log at debug). */
final class EchoLogger
{
    public function log($level, $message, array $context = []): void
    {
        echo "log $level: $message\n";
    }
}
$client = new Exsited\Client(['base_url' => $url, 'client_id' => 'sandbox-client', 'client_secret' => $secret,
    'redirect_uri' => 'https://secrets.example/cb', 'token_cache_file' => "$dir/token.json", 'timeout' => 5,
    'logger' => new EchoLogger()]);
var_dump($client);
print_r($client);
$s = new Exsited\AccountService($client);
var_dump($s);

show('readAll', fn () => $s->readAll('v2', ['limit' => 2]));
$created = show('create', fn () => $s->create(['name' => 'Secrets', 'email_address' => 's@example.com'], 'v2'));
$a = find($created, 'id') ?? 'SD0001';
show('readDetails', fn () => $s->readDetails($a));
show('readDetailsInformation', fn () => $s->readDetailsInformation($a));
show('update', fn () => $s->update(['name' => 'Renamed'], $a));
show('cancel', fn () => $s->cancel($a, ['account' => ['effective_date' => '2025-01-31']]));
show('reactivate', fn () => $s->reactivate($a, ['account' => ['effective_date' => '2025-02-01']]));
$contact = ['account' => ['contact' => ['first_name' => 'F', 'last_name' => 'L', 'email' => ['address' => 'c@example.com']]]];
show('changeContactTypeDetails', fn () => $s->changeContactTypeDetails($contact, $a, 'CONTACT_1'));
show('updateContactTypeDetails', fn () => $s->updateContactTypeDetails($contact, $a, 'CONTACT_1'));
show('readContactDetails', fn () => $s->readContactDetails($a));
show('readContactTypeDetails', fn () => $s->readContactTypeDetails($a, 'CONTACT_1'));
show('deleteContactTypeDetails', fn () => $s->deleteContactTypeDetails($a, 'CONTACT_1'));
show('createAddresses', fn () => $s->createAddresses($a, ['addresses' => [['address_line_1' => 'L1', 'city' => 'C']]]));
$addrs = show('readAddresses', fn () => $s->readAddresses($a));
$u = find($addrs, 'uuid') ?? 'no-uuid';
show('readAddressDetails', fn () => $s->readAddressDetails($a, $u));
show('changeAddresses', fn () => $s->changeAddresses($a, ['address' => ['city' => 'D']], $u));
show('deleteAddress', fn () => $s->deleteAddress($a, $u));
$cardPm = ['processor_type' => 'Card', 'default' => 'true', 'payment_processor' => 'Stripe', 'reference' => 'Card1',
    'card_type' => 'Visa', 'card_number' => $card, 'token' => $cardToken, 'card_cvv' => $cvv,
    'expiry_month' => '12', 'expiry_year' => '2030', 'name_on_card' => 'Secret Holder'];
show('createPaymentMethod', fn () => $s->createPaymentMethod(['processor_type' => 'OTHER', 'default' => 'false', 'payment_processor' => 'Cheque', 'reference' => 'Cheque'], $a));
show('createCardPaymentMethod', fn () => $s->createCardPaymentMethod($cardPm, $a));
show('createCardPaymentMethod duplicate (400)', fn () => $s->createCardPaymentMethod($cardPm, $a));
show('readPaymentMethod', fn () => $s->readPaymentMethod($a));
show('readDetailsPaymentMethod', fn () => $s->readDetailsPaymentMethod($a, 'Card1'));
show('updatesPaymentMethodAllData', fn () => $s->updatesPaymentMethodAllData($cardPm, $a, 'Card1'));
show('deletePaymentMethod', fn () => $s->deletePaymentMethod($a, 'Card1'));
show('readBillingPreference', fn () => $s->readBillingPreference($a));
show('updateBillingPreference', fn () => $s->updateBillingPreference($a, ['account' => ['billing_preferences' => ['billing_period' => '3 Month']]]));
$note = show('addNote', fn () => $s->addNote($files[0], 'secret-run note', $a));
$ns = show('readAllNotes', fn () => $s->readAllNotes($a));
$n = find($note, 'uuid') ?? find($ns, 'uuid') ?? 'no-note';
show('readNoteDetails', fn () => $s->readNoteDetails($a, $n));
show('addNoteFiles', fn () => $s->addNoteFiles([$files[1], $files[2]], $a, $n));
$fl = show('readNoteFiles', fn () => $s->readNoteFiles($a, $n));
$f = find($fl, 'uuid') ?? 'no-file';
show('readNoteFileDetails', fn () => $s->readNoteFileDetails($a, $n, $f));
show('deleteNoteFile', fn () => $s->deleteNoteFile($a, $n, $f));
foreach ($s->iterateAllNotes($a, ['limit' => 1]) as $x) { var_dump($x); }
show('deleteNote', fn () => $s->deleteNote($a, $n));
show('addImage', fn () => $s->addImage($image, $a));
show('getImage', fn () => $s->getImage($a));
show('deleteImage', fn () => $s->deleteImage($a));
$mail = show('sendEmail', fn () => $s->sendEmail($a, ['to' => ['x@example.com', 'y@example.com'], 'cc' => 'z@example.com',
    'subject' => 'S', 'body' => 'B'], $files[1]));
show('sendEmail without to (usage)', fn () => $s->sendEmail($a, ['subject' => 'S']));
show('readEmails', fn () => $s->readEmails($a));
show('readEmailDetails', fn () => $s->readEmailDetails($a, find($mail, 'uuid') ?? 'no-mail'));
show('readEmailDetails (404)', fn () => $s->readEmailDetails($a, 'no-such-mail'));
show('readFinancialSummary', fn () => $s->readFinancialSummary());
show('readAccountFinancialSummary', fn () => $s->readAccountFinancialSummary($a));
show('readUnlinkedOrders', fn () => $s->readUnlinkedOrders($a));
show('readLinkedOrders', fn () => $s->readLinkedOrders($a));
show('readCustomObject', fn () => $s->readCustomObject($a));
show('readCustomObjectDetails', fn () => $s->readCustomObjectDetails($a, 'no-object'));
foreach ($s->iterateAll(['limit' => 2]) as $i => $x) { if ($i < 3) { var_dump($x); } }
show('delete', fn () => $s->delete($a));
show('purge', fn () => $s->purge($a));

show('404', fn () => $s->readDetails('NO-SUCH-ACCOUNT'));
show('400', fn () => $s->cancel('SD0001', ['account' => ['effective_date' => 'not-a-date']]));
foreach ([500, 502, 503] as $status) {
    hook('POST', 'faults', ['faults' => [['kind' => 'status', 'status' => $status, 'times' => 3]]]);
    show((string) $status, fn () => $s->readAll('v2', ['limit' => 1]));
}
hook('POST', 'faults', ['faults' => [['kind' => 'html', 'status' => 500, 'times' => 1]]]);
show('html 500', fn () => $s->readAll('v2', ['limit' => 1]));
hook('DELETE', 'faults');
hook('POST', 'expire_tokens');
show('after expire_tokens', fn () => $s->readAll('v2', ['limit' => 1]));
$wrong = new Exsited\AccountService(new Exsited\Client(['base_url' => $url, 'client_id' => 'sandbox-client',
    'client_secret' => 'sk-wrong-0000-not-the-secret', 'timeout' => 5]));
show('401 wrong secret', fn () => $wrong->readAll('v2', ['limit' => 1]));
show('401 wrong secret, card add', fn () => $wrong->createCardPaymentMethod($cardPm, 'SD0001'));
show('config error', fn () => new Exsited\Client(['base_url' => 'http://api.example.com', 'client_id' => 'c', 'client_secret' => 'not-the-secret']));
show('bad option with the real secret', fn () => new Exsited\Client(['base_url' => $url, 'client_id' => 'sandbox-client', 'client_secret' => $secret, 'timeout' => -1]));
// Errors raised by the engine, not the extension, while card data or credentials are the
// arguments (the #[\SensitiveParameter] marks), and by the extension while a caller's own
// function holds them as its arguments. Called directly, not through show(): show()'s closures
// capture the card and the secret, and a trace taken by the engine would print them as the
// closure's bound variables — the caller's frame, not the extension's.
function saveCard(Exsited\AccountService $s, array $card, string $id)
{
    return $s->createCardPaymentMethod($card, $id);
}
function connect(array $options): Exsited\Client
{
    return new Exsited\Client($options);
}
$options = ['base_url' => $url, 'client_id' => 'sandbox-client', 'client_secret' => $secret];
$data = new Api\AppService\Account\AccountData(new Api\Component\ApiConfig(['apiUrl' => $url, 'client_id' => 'sandbox-client',
    'client_secret' => $secret, 'redirect_uri' => 'https://secrets.example/cb']));
file_put_contents("$dir/sdk-config.json", '{broken');
$cm = new Api\ApiHelper\Config\ConfigManager($dir);
$label = 'createCardPaymentMethod, missing id (ArgumentCountError)';
echo "=== $label\n";
try { $s->createCardPaymentMethod($cardPm); } catch (Throwable $e) { dump_exception($label, $e); }
$label = 'createPaymentMethod, bad version type (TypeError)';
echo "=== $label\n";
try { $s->createPaymentMethod($cardPm, 'SD0001', ['v3']); } catch (Throwable $e) { dump_exception($label, $e); }
$label = 'updatesPaymentMethodAllData, missing reference';
echo "=== $label\n";
try { $s->updatesPaymentMethodAllData($cardPm, 'SD0001'); } catch (Throwable $e) { dump_exception($label, $e); }
$label = 'AccountData createCardPaymentMethod, missing id';
echo "=== $label\n";
try { $data->createCardPaymentMethod($cardPm); } catch (Throwable $e) { dump_exception($label, $e); }
$label = 'createCardPaymentMethod through a caller function, empty id';
echo "=== $label\n";
try { saveCard($s, $cardPm, ''); } catch (Throwable $e) { dump_exception($label, $e); }
$label = 'createCardPaymentMethod through a caller function (404 account)';
echo "=== $label\n";
try { saveCard($s, $cardPm, 'NO-SUCH-ACCOUNT'); } catch (Throwable $e) { dump_exception($label, $e); }
$label = 'Client, extra argument (ArgumentCountError)';
echo "=== $label\n";
try { new Exsited\Client($options, 'extra'); } catch (Throwable $e) { dump_exception($label, $e); }
$label = 'Client through a caller function, bad option';
echo "=== $label\n";
try { connect($options + ['max_retries' => 99]); } catch (Throwable $e) { dump_exception($label, $e); }
$label = 'ApiConfig, extra argument';
echo "=== $label\n";
try { new Api\Component\ApiConfig(['apiUrl' => $url, 'client_secret' => $secret], 'extra'); } catch (Throwable $e) { dump_exception($label, $e); }
$label = 'ApiConfig, no apiUrl';
echo "=== $label\n";
try { new Api\Component\ApiConfig(['client_secret' => $secret]); } catch (Throwable $e) { dump_exception($label, $e); }
$label = 'getConfigWithCredentials, broken sdk-config.json';
echo "=== $label\n";
try { $cm->getConfigWithCredentials(['apiUrl' => $url, 'client_secret' => $secret]); } catch (Throwable $e) { dump_exception($label, $e); }
$label = 'getConfigWithCredentials, extra argument';
echo "=== $label\n";
try { $cm->getConfigWithCredentials(['apiUrl' => $url, 'client_secret' => $secret], 'extra'); } catch (Throwable $e) { dump_exception($label, $e); }
echo "done\n";
