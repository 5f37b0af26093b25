<?php
// Writes the IDE stub of the loaded `exsited` extension to stdout, from reflection.
// Usage: php -d extension=/path/to/libexsited_php.so php/tools/gen-stub.php > php/exsited.stub.php
// scripts/test-php.sh runs it and fails when the committed stub differs.

declare(strict_types=1);

if (!extension_loaded('exsited')) {
    fwrite(STDERR, "the exsited extension is not loaded\n");
    exit(1);
}

$classDocs = [
    'Exsited\\Client' => 'Connection settings; new Exsited\\Client([\'base_url\' => .., \'client_id\' => .., \'client_secret\' => ..]).',
    'Exsited\\AccountService' => 'Every account operation of the Exsited API; answers are stdClass objects (arrays with assoc).',
    'Exsited\\RecordIterator' => 'Lazy iterator over every record of a paged list, one page request at a time.',
    'Api\\ApiHelper\\Config\\ConfigManager' => 'Reads token.json and sdk-config.json (constructor dir, then EXSITED_CONFIG_DIR, then the working directory).',
    'Api\\Component\\ApiConfig' => 'One credential set, as ConfigManager::getConfig() gives it.',
    'Api\\AppService\\Account\\AccountData' => 'The documented SDK\'s account service; same methods as Exsited\\AccountService.',
    'Api\\AppService\\AutoBillApiException' => 'Base of every exception the extension throws.',
    'Exsited\\Exception\\ExsitedException' => 'An Exsited failure: status code, the API\'s error messages and the raw answer (secrets masked).',
    'Exsited\\Exception\\ApiException' => 'The server answered with an HTTP error status.',
    'Exsited\\Exception\\UsageException' => 'Bad input, found before any request was sent.',
    'Exsited\\Exception\\ConfigException' => 'Bad client options or configuration files.',
];

function typeText(?ReflectionType $t): string
{
    if ($t === null) {
        return '';
    }
    if ($t instanceof ReflectionNamedType) {
        $name = $t->getName();
        $isClass = !$t->isBuiltin();
        $text = ($isClass ? '\\' : '') . $name;
        if ($t->allowsNull() && $name !== 'mixed' && $name !== 'null') {
            $text = '?' . $text;
        }
        return $text;
    }
    return (string)$t;
}

function paramText(ReflectionParameter $p): string
{
    // #[\SensitiveParameter] and any other attribute the extension puts on a parameter.
    $attrs = array_map(fn ($a) => '#[\\' . $a->getName() . '] ', $p->getAttributes());
    $out = implode('', $attrs) . typeText($p->getType());
    $out .= ($out === '' ? '' : ' ') . ($p->isVariadic() ? '...' : '') . '$' . $p->getName();
    if ($p->isOptional() && !$p->isVariadic()) {
        if ($p->isDefaultValueAvailable()) {
            $out .= ' = ' . var_export($p->getDefaultValue(), true);
        } else {
            $out .= ' = null';
        }
    }
    return $out;
}

// PHPDoc of the API methods, generated from api/ (codegen/php_methods.py).
$generatedDocs = json_decode((string)file_get_contents(__DIR__ . '/phpdoc.json'), true);
$methodDocs = $generatedDocs['methods'];
// PHPDoc of the service classes, generated from api/ too.
$classDocs += $generatedDocs['classes'];

$ext = new ReflectionExtension('exsited');
$classes = $ext->getClasses();
ksort($classes);
$byNs = [];
foreach ($classes as $rc) {
    $byNs[$rc->getNamespaceName()][] = $rc;
}
ksort($byNs);

$out = "<?php\n\n// Stubs for the exsited extension " . $ext->getVersion() . ".\n"
    . "// Generated from the loaded extension by php/tools/gen-stub.php; do not edit by hand.\n";
foreach ($byNs as $ns => $list) {
    $out .= "\nnamespace $ns {\n";
    foreach ($list as $i => $rc) {
        if ($i > 0) {
            $out .= "\n";
        }
        if (isset($classDocs[$rc->getName()])) {
            $out .= "    /** " . $classDocs[$rc->getName()] . " */\n";
        }
        $head = '    ' . ($rc->isFinal() ? 'final ' : '') . 'class ' . $rc->getShortName();
        if ($parent = $rc->getParentClass()) {
            $head .= ' extends \\' . $parent->getName();
        }
        $own = $rc->getInterfaceNames();
        if ($parent) {
            $own = array_diff($own, $parent->getInterfaceNames());
        }
        $own = array_values(array_filter($own, fn ($n) => $n !== 'Traversable' || !in_array('Iterator', $own, true)));
        if ($own) {
            $head .= ' implements ' . implode(', ', array_map(fn ($n) => '\\' . $n, $own));
        }
        $out .= $head . "\n    {\n";
        $body = [];
        foreach ($rc->getProperties() as $prop) {
            if ($prop->getDeclaringClass()->getName() !== $rc->getName()) {
                continue;
            }
            $vis = $prop->isPublic() ? 'public' : ($prop->isProtected() ? 'protected' : 'private');
            $body[] = "        $vis \$" . $prop->getName() . " = null;";
        }
        $methods = $rc->getMethods();
        usort($methods, fn ($a, $b) => ($a->getName() === '__construct' ? -1 : 0) <=> ($b->getName() === '__construct' ? -1 : 0) ?: 0);
        foreach ($methods as $m) {
            if ($m->getDeclaringClass()->getName() !== $rc->getName()) {
                continue;
            }
            $mods = $m->isPublic() ? 'public' : ($m->isProtected() ? 'protected' : 'private');
            if ($m->isStatic()) {
                $mods .= ' static';
            }
            $params = implode(', ', array_map('paramText', $m->getParameters()));
            $ret = $m->hasReturnType() ? ': ' . typeText($m->getReturnType()) : '';
            $doc = $methodDocs[$rc->getName() . '::' . $m->getName()] ?? null;
            if ($doc !== null) {
                $body[] = "        /**\n" . implode("\n", array_map(fn ($l) => "         * $l", $doc)) . "\n         */";
            }
            $body[] = "        $mods function " . $m->getName() . "($params)$ret {}";
        }
        $out .= implode("\n", $body) . ($body ? "\n" : '') . "    }\n";
    }
    $out .= "}\n";
}
echo $out;
