//! Building blocks that make decoding lenient and lossless: a scalar keeps whatever JSON
//! arrived (the API sends booleans and numbers as strings or not), an object field accepts
//! `{}`, `[]`, `""` or null, and what could not be typed is kept as raw JSON so that
//! re-encoding writes back exactly what came in.

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

/// A scalar field: string, number, bool or null, kept as it arrived.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Text(pub Value);

impl Text {
    /// The value as text (`"true"`, `"12"`, `"name"`); `None` for null.
    pub fn as_str(&self) -> Option<Cow<'_, str>> {
        match &self.0 {
            Value::Null => None,
            Value::String(s) => Some(Cow::Borrowed(s)),
            other => Some(Cow::Owned(other.to_string())),
        }
    }

    /// `true` for `true`, `"true"`, `"1"`, `1` (any case).
    pub fn as_bool(&self) -> Option<bool> {
        match &self.0 {
            Value::Bool(b) => Some(*b),
            Value::Number(n) => n.as_i64().map(|i| i != 0),
            Value::String(s) => match s.trim().to_ascii_lowercase().as_str() {
                "true" | "1" | "yes" => Some(true),
                "false" | "0" | "no" | "" => Some(false),
                _ => None,
            },
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        match &self.0 {
            Value::Number(n) => n.as_f64(),
            Value::String(s) => s.trim().parse().ok(),
            _ => None,
        }
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text(Value::String(s.to_string()))
    }
}

impl From<String> for Text {
    fn from(s: String) -> Self {
        Text(Value::String(s))
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str().as_deref().unwrap_or(""))
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Value::deserialize(d).map(Text)
    }
}

/// A nested object: typed when it is an object, otherwise (`[]`, `""`, null, ...) kept raw.
#[derive(Clone, Debug, PartialEq)]
pub enum Obj<T> {
    Value(Box<T>),
    Raw(Value),
}

impl<T> Obj<T> {
    pub fn get(&self) -> Option<&T> {
        match self {
            Obj::Value(v) => Some(v),
            Obj::Raw(_) => None,
        }
    }
}

impl<T: Default> Default for Obj<T> {
    fn default() -> Self {
        Obj::Value(Box::default())
    }
}

impl<T: Serialize> Serialize for Obj<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Obj::Value(v) => v.serialize(s),
            Obj::Raw(v) => v.serialize(s),
        }
    }
}

impl<'de, T: serde::de::DeserializeOwned> Deserialize<'de> for Obj<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = Value::deserialize(d)?;
        if v.is_object() {
            if let Ok(t) = serde_json::from_value::<T>(v.clone()) {
                return Ok(Obj::Value(Box::new(t)));
            }
        }
        Ok(Obj::Raw(v))
    }
}

/// A list of objects: typed when every item decodes, otherwise kept raw. A single object
/// where a list belongs (the API does this) becomes a one-item list when re-encoded raw.
#[derive(Clone, Debug, PartialEq)]
pub enum Many<T> {
    Items(Vec<T>),
    Raw(Value),
}

impl<T> Many<T> {
    pub fn items(&self) -> &[T] {
        match self {
            Many::Items(v) => v,
            Many::Raw(_) => &[],
        }
    }
}

impl<T> Default for Many<T> {
    fn default() -> Self {
        Many::Items(Vec::new())
    }
}

impl<T: Serialize> Serialize for Many<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Many::Items(v) => v.serialize(s),
            Many::Raw(v) => v.serialize(s),
        }
    }
}

impl<'de, T: serde::de::DeserializeOwned> Deserialize<'de> for Many<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = Value::deserialize(d)?;
        if v.is_array() {
            if let Ok(items) = serde_json::from_value::<Vec<T>>(v.clone()) {
                return Ok(Many::Items(items));
            }
        }
        Ok(Many::Raw(v))
    }
}

/// Lets a field distinguish "absent" (None) from "null" (Some(raw null)).
pub fn present<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    T::deserialize(d).map(Some)
}

/// Declares a DTO: every field optional and lenient, unknown keys kept in `extra`.
///
/// Decoding does not use `#[serde(flatten)]` (serialising does): flatten buffers unknown
/// values in serde's `Content`, which cannot hold an integer beyond 64 bits, and answers
/// keep every number exactly (serde_json's `arbitrary_precision`). So the object is read as
/// a JSON map, the declared fields are decoded from it, and a key that names no field (nor
/// an alias of one, as a `deny_unknown_fields` probe tells) goes to `extra`.
#[macro_export]
macro_rules! dto {
    ($(#[$meta:meta])* pub struct $name:ident { $($(#[$fmeta:meta])* $field:ident : $ty:ty),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
        pub struct $name {
            $(
                $(#[$fmeta])*
                #[serde(skip_serializing_if = "Option::is_none")]
                pub $field: Option<$ty>,
            )*
            /// Keys this type does not declare, kept so that nothing the server sent is lost.
            #[serde(flatten)]
            pub extra: serde_json::Map<String, serde_json::Value>,
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                #[derive(serde::Deserialize)]
                struct Fields {
                    $(
                        $(#[$fmeta])*
                        #[serde(default, deserialize_with = "crate::dto::lenient::present")]
                        $field: Option<$ty>,
                    )*
                }
                #[derive(serde::Deserialize)]
                #[serde(deny_unknown_fields)]
                #[allow(dead_code)]
                struct Names {
                    $(
                        $(#[$fmeta])*
                        #[serde(default)]
                        $field: Option<serde::de::IgnoredAny>,
                    )*
                }
                use serde::de::Error as _;
                let map = serde_json::Map::<String, serde_json::Value>::deserialize(d)?;
                let mut extra = serde_json::Map::new();
                for (key, value) in &map {
                    let probe = serde_json::Value::Object(std::iter::once((key.clone(), serde_json::Value::Null)).collect());
                    if serde_json::from_value::<Names>(probe).is_err() {
                        extra.insert(key.clone(), value.clone());
                    }
                }
                let fields: Fields = serde_json::from_value(serde_json::Value::Object(map)).map_err(D::Error::custom)?;
                Ok($name { $($field: fields.$field,)* extra })
            }
        }
    };
}
