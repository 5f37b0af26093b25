<?php
// A raw HTTP/1.1 server for SilentCloseTest: it answers each request with a small account
// and closes the connection 2 ms after, without `Connection: close`. One connection at a
// time (the test's calls are sequential). Prints its port, then counts the creates it
// receives in the file given as its argument.
declare(strict_types=1);

$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
if ($server === false) {
    fwrite(STDERR, "cannot listen: $errstr\n");
    exit(1);
}
$name = stream_socket_get_name($server, false);
echo substr($name, strrpos($name, ':') + 1), "\n";
$creates = 0;
file_put_contents($argv[1], '0');
while ($conn = @stream_socket_accept($server, -1)) {
    $head = '';
    while (!str_contains($head, "\r\n\r\n") && ($chunk = fread($conn, 8192)) !== false && $chunk !== '') {
        $head .= $chunk;
    }
    [$top, $rest] = explode("\r\n\r\n", $head, 2) + [1 => ''];
    $length = preg_match('/^content-length:\s*(\d+)/mi', $top, $m) ? (int) $m[1] : 0;
    while (strlen($rest) < $length && ($chunk = fread($conn, 8192)) !== false && $chunk !== '') {
        $rest .= $chunk;
    }
    if (str_contains($top, 'oauth2/token')) {
        $body = '{"access_token":"at-1","refresh_token":"rt-1","expires_in":3600,"token_type":"Bearer"}';
    } else {
        if (str_starts_with($top, 'POST')) {
            file_put_contents($argv[1], (string) ++$creates);
        }
        $body = '{"account":{"id":"ACC-1","name":"Silent"}}';
    }
    fwrite($conn, "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: " . strlen($body) . "\r\n\r\n" . $body);
    // The close comes a moment after the answer, as from a busy server: the client's next
    // request is then usually written before the close reaches it.
    usleep(2000);
    fclose($conn);
}
