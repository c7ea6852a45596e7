//! The `t()` function templates call for the interface's text: `t(key="...", name=value…)`
//! formats the message `key` of the theme's and site's locale files in the page's language
//! (the context's `lang`), with the other arguments as its variables; `fallback="…"` is
//! the text when no locale file has the message.

use super::watchdog;
use crate::content::model::{ids, LangId};
use crate::i18n::{self, ArgValue, I18n};
use std::collections::HashMap;
use std::sync::Arc;
use tera::{Kwargs, State, TeraResult, Value};

/// The `t()` function over `i18n`, for `languages` languages.
pub(super) fn function(
    i18n: Arc<I18n>,
    languages: usize,
) -> impl Fn(Kwargs, &State) -> TeraResult<Value> + Send + Sync + 'static {
    // Messages without variables, as template values made once: most `t()` calls.
    let fixed: Vec<HashMap<String, Value>> = ids(languages)
        .map(|l| {
            i18n.fixed_messages(l)
                .map(|(id, text)| (id.to_string(), Value::from(text)))
                .collect()
        })
        .collect();
    move |kwargs: Kwargs, state: &State| -> TeraResult<Value> {
        translate(&i18n, &fixed, kwargs, state)
    }
}

fn translate(
    i18n: &I18n,
    fixed: &[HashMap<String, Value>],
    kwargs: Kwargs,
    state: &State,
) -> TeraResult<Value> {
    if watchdog::told_to_stop() {
        return Err(watchdog::stop_error());
    }
    let key: &str = kwargs.must_get::<&str>("key")?;
    let lang_value: Option<Value> = state.get::<Value>("lang")?;
    let lang = lang_value
        .as_ref()
        .and_then(Value::as_str)
        .and_then(|code| i18n.lang_index(code))
        .unwrap_or(LangId(0));
    // Most calls pass no variables: their text is the same on every page.
    if kwargs.iter().count() == 1 {
        if let Some(text) = fixed.get(lang.0).and_then(|f| f.get(key)) {
            return Ok(text.clone());
        }
    }
    let key = key.to_string();
    let pairs = kwargs.iter().filter_map(|(k, v)| {
        let k = k.as_str()?.to_string();
        if k == "key" {
            return None;
        }
        let v = if let Some(n) = v.as_f64() {
            ArgValue::Num(n)
        } else if let Some(n) = v.as_i64() {
            ArgValue::Num(n as f64)
        } else if let Some(n) = v.as_u64() {
            ArgValue::Num(n as f64)
        } else {
            ArgValue::Str(
                v.as_str()
                    .map(str::to_string)
                    .unwrap_or_else(|| v.to_string()),
            )
        };
        Some((k, v))
    });
    let fallback: Option<String> = kwargs.get::<&str>("fallback")?.map(str::to_string);
    let args = i18n::args_from(pairs.filter(|(k, _)| k != "fallback"));
    i18n.format(lang, &key, Some(&args))
        .or(fallback)
        .map(Value::from)
        .ok_or_else(|| {
            tera::Error::message(format!(
                "the message `{key}` is in no locale file of the default language"
            ))
        })
}
