//! JSON <-> PHP values, with the rules of `json_decode` / `json_encode`: JSON objects become
//! `stdClass` (or string-keyed arrays in assoc mode), JSON arrays become lists; a PHP list
//! becomes a JSON array and any other array a JSON object.

use ext_php_rs::boxed::ZBox;
use ext_php_rs::convert::IntoZval;
use ext_php_rs::types::{ArrayKey, ZendHashTable, ZendObject, Zval};
use serde_json::{Map, Number, Value};

/// Deeper nesting than this is refused, as `json_encode`'s default depth does.
const MAX_DEPTH: usize = 512;

/// Converts an answer into PHP values (`assoc` = arrays instead of `stdClass`).
pub fn to_php(value: &Value, assoc: bool) -> Result<Zval, String> {
    let mut zv = Zval::new();
    match value {
        Value::Null => zv.set_null(),
        Value::Bool(b) => zv.set_bool(*b),
        Value::Number(n) => match n.as_i64() {
            Some(i) => zv.set_long(i),
            // Beyond i64 (or fractional): a float, as json_decode gives without
            // JSON_BIGINT_AS_STRING; from the number's text, so beyond the float range it is
            // INF, as there.
            None => zv.set_double(n.as_str().parse::<f64>().unwrap_or(f64::NAN)),
        },
        Value::String(s) => zv.set_string(s, false).map_err(|e| e.to_string())?,
        Value::Array(items) => {
            let mut ht = ZendHashTable::with_capacity(items.len().try_into().unwrap_or(u32::MAX));
            for item in items {
                ht.push(to_php(item, assoc)?).map_err(|e| e.to_string())?;
            }
            zv.set_hashtable(ht);
        }
        Value::Object(map) if assoc => {
            let mut ht = ZendHashTable::with_capacity(map.len().try_into().unwrap_or(u32::MAX));
            for (k, v) in map {
                // `From<&str>` turns canonical integer strings into integer keys, like json_decode.
                ht.insert(ArrayKey::from(k.as_str()), to_php(v, assoc)?).map_err(|e| e.to_string())?;
            }
            zv.set_hashtable(ht);
        }
        Value::Object(map) => {
            let mut obj = ZendObject::new_stdclass();
            for (k, v) in map {
                if k.starts_with('\0') {
                    return Err(format!("the answer has a property name PHP cannot hold: {k:?}"));
                }
                obj.set_property(k, to_php(v, assoc)?).map_err(|e| e.to_string())?;
            }
            zv = obj.into_zval(false).map_err(|e| e.to_string())?;
        }
    }
    Ok(zv)
}

/// The PHP name of a value's type for messages, as PHP's own TypeErrors write it: `null`,
/// `bool`, `int`, `float`, `string`, `array`, `object(ClassName)`, `resource`.
pub fn type_name(zv: &Zval) -> String {
    let zv = zv.dereference();
    let zv = if zv.is_indirect() { zv.indirect().unwrap_or(zv) } else { zv };
    let name = if zv.is_null() || matches!(zv.get_type(), ext_php_rs::flags::DataType::Undef) {
        "null"
    } else if zv.is_bool() {
        "bool"
    } else if zv.is_long() {
        "int"
    } else if zv.is_double() {
        "float"
    } else if zv.is_string() {
        "string"
    } else if zv.is_array() {
        "array"
    } else if let Some(obj) = zv.object() {
        return format!("object({})", obj.get_class_name().unwrap_or_else(|_| "?".into()));
    } else if zv.is_resource() {
        "resource"
    } else {
        "mixed"
    };
    name.to_string()
}

/// Converts caller data (arrays, objects, scalars) into JSON, as `json_encode` would.
pub fn from_php(zv: &Zval) -> Result<Value, String> {
    convert(zv, 0)
}

fn convert(zv: &Zval, depth: usize) -> Result<Value, String> {
    if depth > MAX_DEPTH {
        return Err("the data is nested too deeply".into());
    }
    let zv = zv.dereference();
    let zv = if zv.is_indirect() { zv.indirect().unwrap_or(zv) } else { zv };
    if zv.is_null() {
        return Ok(Value::Null);
    }
    if let Some(b) = zv.bool() {
        return Ok(Value::Bool(b));
    }
    if let Some(i) = zv.long() {
        return Ok(Value::Number(i.into()));
    }
    if let Some(f) = zv.double() {
        return Number::from_f64(f).map(Value::Number).ok_or_else(|| format!("{f} cannot be sent as JSON"));
    }
    if zv.is_string() {
        return zv.str().map(|s| Value::String(s.to_string())).ok_or_else(|| "a string is not valid UTF-8".into());
    }
    if let Some(ht) = zv.array() {
        return convert_table(ht, depth);
    }
    if let Some(obj) = zv.object() {
        if class_implements(obj, "JsonSerializable") {
            let data =
                obj.try_call_method("jsonSerialize", vec![]).map_err(|e| format!("jsonSerialize failed: {e}"))?;
            return convert(&data, depth + 1);
        }
        let props = obj.get_properties().map_err(|e| e.to_string())?;
        return convert_object(props, depth);
    }
    Err(format!("a value of type {} cannot be sent as JSON", type_name(zv)))
}

fn convert_table(ht: &ZendHashTable, depth: usize) -> Result<Value, String> {
    if ht.has_sequential_keys() {
        return ht.values().map(|v| convert(v, depth + 1)).collect::<Result<Vec<_>, _>>().map(Value::Array);
    }
    let mut map = Map::with_capacity(ht.len());
    for (k, v) in ht.iter() {
        map.insert(key_name(&k), convert(v, depth + 1)?);
    }
    Ok(Value::Object(map))
}

/// An object's properties; private/protected ones (mangled with a NUL) are left out, as
/// json_encode does.
fn convert_object(props: &ZendHashTable, depth: usize) -> Result<Value, String> {
    let mut map = Map::with_capacity(props.len());
    for (k, v) in props.iter() {
        let key = key_name(&k);
        if key.starts_with('\0') {
            continue;
        }
        map.insert(key, convert(v, depth + 1)?);
    }
    Ok(Value::Object(map))
}

/// The text of an array key, as PHP would print it.
pub fn key_name(k: &ArrayKey<'_>) -> String {
    match k {
        ArrayKey::Long(i) => i.to_string(),
        ArrayKey::String(s) => s.clone(),
        ArrayKey::Str(s) => s.to_string(),
        ArrayKey::ZendString(s) => {
            s.as_str().map(str::to_string).unwrap_or_else(|_| String::from_utf8_lossy(s.as_bytes()).into_owned())
        }
    }
}

fn class_implements(obj: &ZendObject, interface: &str) -> bool {
    match ext_php_rs::zend::ClassEntry::try_find(interface) {
        Some(ce) => obj.instance_of(ce),
        None => false,
    }
}

/// An answer's headers as a PHP array, name => value (a repeated header's values joined
/// by ", ", as PSR-7's getHeaderLine does).
pub fn header_table(headers: &[(String, String)]) -> ZBox<ZendHashTable> {
    let mut joined: Vec<(&str, String)> = Vec::new();
    for (name, value) in headers {
        match joined.iter_mut().find(|(n, _)| n == name) {
            Some((_, v)) => {
                v.push_str(", ");
                v.push_str(value);
            }
            None => joined.push((name.as_str(), value.clone())),
        }
    }
    let mut table = ZendHashTable::new();
    for (name, value) in joined {
        let _ = table.insert(name, value);
    }
    table
}
