<?php
// An order, its invoice and the invoice's payment: the billing walk-through with the services
// beyond accounts (Exsited\OrderService, InvoiceService, PaymentService; the documented SDK's
// Api\AppService\Order\OrderData and friends have the same methods). Run:
// php -d extension=exsited examples/php/order_invoice_payment.php (see connect.php).

declare(strict_types=1);

require __DIR__ . '/connect.php';

$client = new Exsited\Client(exsited_client_options());
$accounts = new Exsited\AccountService($client);
$orders = new Exsited\OrderService($client);
$invoices = new Exsited\InvoiceService($client);
$payments = new Exsited\PaymentService($client);

try {
    $account = $accounts->create(['name' => 'Walk-through Ltd', 'email_address' => 'walk@example.com']);
    $accountId = $account->account->id;
    show('account', $account);

    // create() wraps the data in {"order": ...}, as the documented SDK does.
    $order = $orders->create([
        'account_id' => $accountId,
        'lines' => [['item_id' => 'ITEM-0001', 'item_order_quantity' => '2']],
    ]);
    $orderId = $order->order->id;
    show('order', $order);
    show('order details', $orders->readDetails($orderId));

    // createOrderInvoice() sends its array as the whole body.
    $invoice = $invoices->createOrderInvoice(['invoice' => ['issue_date' => '2025-01-31', 'due_date' => '2025-02-28']], $orderId);
    $invoiceId = $invoice->invoice->id;
    show('invoice', $invoice);
    show('invoice details', $invoices->readDetails($invoiceId));

    $payment = $payments->createSinglePayment($invoiceId, ['payment' => [
        'date' => '2025-02-01',
        'payment_applied' => [['processor' => 'Cash', 'amount' => '20.00', 'reference' => 'walk-through']],
    ]]);
    show('payment', $payment);

    // Lists take an array or the documented query string; iterate* walks every page.
    show('orders (string query)', $orders->readAll(null, '?limit=2&order_by=created_on&direction=desc'));
    foreach ($payments->iterateAll(['limit' => 50]) as $i => $listed) {
        show("listed payment $i", $listed);
    }
} catch (Api\AppService\AutoBillApiException $e) {
    fwrite(STDERR, get_class($e) . ': ' . $e->getMessage() . "\n");
    exit(1);
}
