<?php
// Where the examples connect: the sandbox by default (SANDBOX_URL, sandbox-client /
// sandbox-secret), a real Exsited server when EXSITED_URL, EXSITED_CLIENT_ID,
// EXSITED_CLIENT_SECRET and EXSITED_REDIRECT_URI are all set.

declare(strict_types=1);

function exsited_client_options(): array
{
    $real = ['EXSITED_URL', 'EXSITED_CLIENT_ID', 'EXSITED_CLIENT_SECRET', 'EXSITED_REDIRECT_URI'];
    if (count(array_filter($real, fn ($k) => (string)getenv($k) !== '')) === count($real)) {
        return [
            'base_url' => getenv('EXSITED_URL'),
            'client_id' => getenv('EXSITED_CLIENT_ID'),
            'client_secret' => getenv('EXSITED_CLIENT_SECRET'),
            'redirect_uri' => getenv('EXSITED_REDIRECT_URI'),
        ];
    }
    $sandbox = getenv('SANDBOX_URL');
    if ($sandbox === false || $sandbox === '') {
        fwrite(STDERR, "Set SANDBOX_URL (see scripts/demo-php.sh) or the EXSITED_* variables.\n");
        exit(2);
    }
    return [
        'base_url' => $sandbox,
        'client_id' => 'sandbox-client',
        'client_secret' => 'sandbox-secret',
        'redirect_uri' => 'https://localhost/callback',
    ];
}

function exsited_is_sandbox(): bool
{
    return (string)getenv('EXSITED_URL') === '';
}

/** Prints an answer the way the documentation does (json_encode), shortened unless EXAMPLES_FULL=1. */
function show(string $title, mixed $response): void
{
    $json = json_encode($response, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES);
    if (getenv('EXAMPLES_FULL') !== '1') {
        $json = json_encode($response, JSON_UNESCAPED_SLASHES);
        if (strlen($json) > 160) {
            $json = substr($json, 0, 157) . '...';
        }
    }
    echo str_pad($title, 34), $json, "\n";
}
