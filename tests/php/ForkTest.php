<?php
declare(strict_types=1);

/** A forked child gets a working runtime and connection pool of its own. */
final class ForkTest extends ExsitedTestCase
{
    public function testCallsWorkInParentAndChildren(): void
    {
        if (!function_exists('pcntl_fork')) {
            self::markTestSkipped('pcntl is not available');
        }
        $this->accountService->readFinancialSummary(); // parent's runtime and pool exist before the fork
        $children = [];
        for ($n = 0; $n < 3; $n++) {
            $pid = pcntl_fork();
            if ($pid === 0) {
                $ok = 0;
                try {
                    $svc = new Exsited\AccountService(self::newClient());
                    for ($i = 0; $i < 5; $i++) {
                        $svc->readFinancialSummary();
                    }
                    $this->accountService->readAll(); // the object made before the fork works too
                } catch (Throwable $e) {
                    fwrite(STDERR, 'child failed: ' . $e->getMessage() . "\n");
                    $ok = 1;
                }
                // Leave without running PHPUnit's shutdown in the child.
                posix_kill(getmypid(), $ok === 0 ? SIGKILL : SIGTERM);
            }
            $children[] = $pid;
        }
        foreach ($children as $pid) {
            pcntl_waitpid($pid, $status);
            self::assertTrue(pcntl_wifsignaled($status) && pcntl_wtermsig($status) === SIGKILL, 'child succeeded');
        }
        $r = $this->accountService->readFinancialSummary();
        self::assertNotNull($r->financial_summary, 'the parent still works after the children');
    }

    /**
     * A PHP process has one thread, so no token fetch can be in flight when pcntl_fork runs
     * (the Python suite covers that case); here the child of a fork made after a token fetch
     * timed out, and after one succeeded, completes its call within the timeout, reusing the
     * parent's token when there is one.
     */
    public function testChildCallsFinishWithinTheTimeoutAfterATokenFetch(): void
    {
        if (!function_exists('pcntl_fork')) {
            self::markTestSkipped('pcntl is not available');
        }
        $svc = new Exsited\AccountService(self::newClient(['timeout' => 1, 'max_retries' => 0,
            'redirect_uri' => 'https://app.example/fork-timeout']));
        Sandbox::fault(['kind' => 'delay', 'delay_ms' => 2500, 'path' => '/api/v1/oauth2/token', 'times' => 1]);
        try {
            $svc->readFinancialSummary();
            self::fail('the token fetch should have timed out');
        } catch (Exsited\Exception\TimeoutException $e) {
        }
        self::assertSame('ok', $this->childCall($svc, 3.0), 'after a timed-out token fetch');
        $svc->readFinancialSummary(); // the parent now holds a token
        $before = Sandbox::counters()['token_requests'];
        self::assertSame('ok', $this->childCall($svc, 3.0), 'after a token fetch');
        self::assertSame($before, Sandbox::counters()['token_requests'], 'the child reused the inherited token');
    }

    /** 'ok', the child's error, or 'hung' when it did not finish within $limit seconds (+2 s). */
    private function childCall(Exsited\AccountService $svc, float $limit): string
    {
        [$read, $write] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, STREAM_IPPROTO_IP);
        $pid = pcntl_fork();
        if ($pid === 0) {
            fclose($read);
            $started = microtime(true);
            try {
                $svc->readFinancialSummary();
                $answer = microtime(true) - $started <= $limit ? 'ok' : 'slow';
            } catch (Throwable $e) {
                $answer = get_class($e) . ': ' . $e->getMessage();
            }
            fwrite($write, $answer);
            fclose($write);
            posix_kill(getmypid(), SIGKILL); // leave without PHPUnit's shutdown
        }
        fclose($write);
        $r = [$read];
        $w = $x = null;
        $answer = stream_select($r, $w, $x, (int) ceil($limit) + 2) ? (string) stream_get_contents($read) : '';
        fclose($read);
        if ($answer === '') {
            posix_kill($pid, SIGKILL);
        }
        pcntl_waitpid($pid, $status);
        return $answer === '' ? 'hung' : $answer;
    }
}
