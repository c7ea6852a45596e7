//! The directory as an Open Referral HSDS 3.0 tabular data package (`hsds/`): a
//! `datapackage.json` and one CSV per table, for other directories and referral tools.
//!
//! Each entry is one organization and one service. Its phones, opening hours, languages
//! and area become rows of `phones`, `schedules`, `languages` and `service_areas`, each
//! linked to the service by `service_id`. Text is in the site's default language.
//!
//! Where the details come from: the service's `assured_date` ("the date that the
//! information about the service was last checked") is `verified.on`, and only that:
//! a source's date is never written there. The source's name, URL, date (ISO 8601 at the
//! precision given: `2023`, `2021-04`, `2021-04-07`) and that precision, and how a
//! verification was done, are `attribute` rows of the service, each pointing to a term
//! of the one taxonomy `waymark-provenance` (`taxonomy`, `taxonomy_term`). HSDS's
//! `metadata` table is not used: it logs edits (`last_action_date` a full date,
//! `previous_value` and `replacement_value` required), not where data was read, and a
//! year-only source date would need an invented day. `interpreters: true` is the
//! service's `interpretation_services`.
//!
//! The tables' schemas are copied from the official HSDS 3.0 `datapackage.json`, keeping
//! the columns this export fills (and every required one), and the foreign keys among
//! the tables written. Ids are UUIDs derived from the entry id, so they stay the same
//! from build to build; the same directory gives byte-identical files.

use super::{languages, Directory, Entry, Text};
use serde_json::{json, Value};
use std::collections::BTreeMap;

/// The folder of the package, relative to the output root.
pub const DIR: &str = "hsds";

/// The resources written, with their schemas copied field by field from the official
/// HSDS 3.0 `datapackage.json` (profile `tabular-data-resource`): the columns this
/// export fills plus every required one, in the official order. Foreign keys are kept
/// where both ends are written; those to tables not written (programs, locations,
/// contacts, services at locations) are left out with their columns.
const RESOURCES: &str = r##"
[
  {
    "name": "organization",
    "path": "organizations.csv",
    "description": "The details about each organization delivering services. Each service should be linked to the organization responsible for its delivery. One organization may deliver many services.",
    "format": "csv",
    "mediatype": "text/csv",
    "profile": "tabular-data-resource",
    "schema": {
      "fields": [
        {"name": "id", "type": "string", "title": "Identifier", "description": "The identifier for the organization. Each organization must have a unique identifier.", "format": "uuid", "constraints": {"required": true, "unique": true}, "example": "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610", "core": "Y"},
        {"name": "name", "type": "string", "title": "Name", "description": "The official or public name of the organization.", "constraints": {"required": true, "unique": false}, "example": "Example Organization Inc.", "core": "Y"},
        {"name": "description", "type": "string", "title": "Description", "description": "A free text description containing a brief summary about the organization. It can contain markup such as HTML or Markdown.", "constraints": {"required": true, "unique": false}, "example": "Example Org is a non-profit organization dedicated to providing services to qualified beneficiaries", "core": "Y"},
        {"name": "email", "type": "string", "title": "Email", "description": "The contact e-mail address for the organization.", "format": "email", "constraints": {"required": false, "unique": false}, "example": "email@example.com", "core": "Y"},
        {"name": "website", "type": "string", "title": "Website", "description": "The URL (website address) of the organization.", "format": "uri", "constraints": {"required": false, "unique": false}, "example": "http://example.com", "core": "Y"}
      ],
      "primaryKey": "id"
    }
  },
  {
    "name": "service",
    "path": "services.csv",
    "description": "The details of the services provided by organizations to a range of different groups.",
    "format": "csv",
    "mediatype": "text/csv",
    "profile": "tabular-data-resource",
    "schema": {
      "fields": [
        {"name": "id", "type": "string", "title": "Identifier", "description": "The identifier for the service. Each service must have a unique identifier.", "format": "uuid", "constraints": {"required": true, "unique": true}, "example": "ac148810-d857-441c-9679-408f346de14b", "core": "Y"},
        {"name": "organization_id", "type": "string", "title": "Organization Identifier", "description": "The identifier of the organization that provides this service.", "format": "uuid", "constraints": {"required": true, "unique": false}, "example": "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610", "core": "Y"},
        {"name": "name", "type": "string", "title": "Name", "description": "The official or public name of the service.", "constraints": {"required": true, "unique": false}, "example": "Community Counselling", "core": "Y"},
        {"name": "description", "type": "string", "title": "Description", "description": "A free text description of the service.", "constraints": {"required": false, "unique": false}, "example": "Counselling Services provided by trained professionals. Suitable for people with mental health conditions such as anxiety, depression, or eating disorders as well as people experiencing difficult life events and circumstances. ", "core": "Y"},
        {"name": "url", "type": "string", "title": "URL", "description": "URL of the service", "format": "uri", "constraints": {"required": false, "unique": false}, "example": "http://example.com/counselling", "core": "Y"},
        {"name": "email", "type": "string", "title": "Email", "description": "An email address which can be used to contact the service provider.", "format": "email", "constraints": {"required": false, "unique": false}, "example": "email@example.com", "core": "Y"},
        {"name": "status", "type": "string", "title": "Status", "description": "The current status of the service which can be active, inactive, defunct, or temporarily closed.", "constraints": {"required": true, "unique": false, "enum": ["active", "inactive", "defunct", "temporarily closed"]}, "example": "active", "core": "Y"},
        {"name": "interpretation_services", "type": "string", "title": "Interpretation Services", "description": "A free text description of any interpretation services available for accessing this service.", "constraints": {"required": false, "unique": false}, "example": "Interpretation services are available in Urdu, Polish, and Slovak"},
        {"name": "minimum_age", "type": "number", "title": "Minimum Age", "description": "The minimum age of a person required to meet this eligibility requirement.", "constraints": {"required": false, "unique": false}, "example": "12"},
        {"name": "maximum_age", "type": "number", "title": "Maximum Age", "description": "The maximum age of a person required to meet this eligibility requirement.", "constraints": {"required": false, "unique": false}, "example": "100"},
        {"name": "assured_date", "type": "date", "title": "Assured Date", "description": "The date that the information about the service was last checked.", "constraints": {"required": false, "unique": false}, "example": "2005-01-01"},
        {"name": "alert", "type": "string", "title": "Alert", "description": "A description of any short term alerts concerning the service.", "constraints": {"required": false, "unique": false}, "example": "Following COVID-19 we have moved most of our counselling sessions online. Please contact the reception if you require further information."}
      ],
      "primaryKey": "id",
      "foreignKeys": [{"fields": "organization_id", "reference": {"resource": "organization", "fields": "id"}}]
    }
  },
  {
    "name": "phone",
    "path": "phones.csv",
    "description": "The details of the telephone numbers used to contact organizations, services, and locations.",
    "format": "csv",
    "mediatype": "text/csv",
    "profile": "tabular-data-resource",
    "schema": {
      "fields": [
        {"name": "id", "type": "string", "title": "Identifier", "description": "The identifier for the phone number. Each entry must have a unique identifier.", "format": "uuid", "constraints": {"required": true, "unique": true}, "example": "1554f2e2-a373-45db-a3fa-9fc48a61c15e", "core": "Y"},
        {"name": "service_id", "type": "string", "title": "Service Identifier", "description": "The identifier of the service for which this is the phone number.", "format": "uuid", "constraints": {"required": false, "unique": false}, "example": "ac148810-d857-441c-9679-408f346de14b"},
        {"name": "number", "type": "string", "title": "Number", "description": "The phone number.", "constraints": {"required": true, "unique": false}, "example": "\"+44 1234 234567\"", "core": "Y"},
        {"name": "type", "type": "string", "title": "Type", "description": "Indicates the type of phone service, drawing from the RFC6350 list of types (text (for SMS), voice, fax, cell, video, pager, textphone).", "constraints": {"required": false, "unique": false}, "example": "voice"},
        {"name": "description", "type": "string", "title": "Description", "description": "A free text description providing extra information about the phone service", "constraints": {"required": false, "unique": false}, "example": "Our main reception phone number. The phones will be available from 0800 (8am) until 1800 (6pm) local time. There may be some slight delays in answering your call if we are busy."}
      ],
      "primaryKey": "id",
      "foreignKeys": [{"fields": "service_id", "reference": {"resource": "service", "fields": "id"}}]
    }
  },
  {
    "name": "schedule",
    "path": "schedules.csv",
    "description": "The details of when a service or location is open. Entries are RFC 5545 RRULES.",
    "format": "csv",
    "mediatype": "text/csv",
    "profile": "tabular-data-resource",
    "schema": {
      "fields": [
        {"name": "id", "type": "string", "title": "Identifier", "description": "The identifier for the schedule. Each entry must have a unique identifier.", "format": "uuid", "constraints": {"required": true, "unique": true}, "example": "48102e86-bb50-41c4-8f1e-e269368c41d1", "core": "Y"},
        {"name": "service_id", "type": "string", "title": "Service Identifier", "description": "The identifier of the service for which this is the regular schedule", "format": "uuid", "constraints": {"required": false, "unique": false}, "example": "ac148810-d857-441c-9679-408f346de14b", "core": "Y"},
        {"name": "freq", "type": "string", "title": "Frequency", "description": "iCal - How often the frequency repeats.", "constraints": {"required": false, "unique": false, "enum": ["WEEKLY", "MONTHLY"]}, "example": "WEEKLY", "core": "Y"},
        {"name": "byday", "type": "string", "title": "By Day", "description": "iCal - Comma separated days of the week. Where freq is MONTHLY each part can be preceded by a positive or negative integer to represent which occurrence in a month; e.g. 2MO is the second Monday in a month. -1FR is the last Friday", "constraints": {"required": false, "unique": false}, "example": "TH,FR", "core": "Y"},
        {"name": "description", "type": "string", "title": "Description", "description": "A free text description of the availability of the service.", "constraints": {"required": false, "unique": false}, "example": "The service is available from 10 am to 6pm weekdays. The service is not available on public holidays.", "core": "Y"},
        {"name": "opens_at", "type": "time", "title": "Opens At", "description": "The time when a service or location opens. This should use HH:MM format and should include timezone information, either adding the suffix ‘Z’ when the date is in UTC, or including an offset from UTC (e.g. 09:00-05:00 for 9am EST.)", "constraints": {"required": false, "unique": false}, "example": "10:00:00", "core": "Y"},
        {"name": "closes_at", "type": "time", "title": "Closes At", "description": "The time when a service or location closes. This should use HH:MM format and should include timezone information, either adding the suffix ‘Z’ when the date is in UTC, or including an offset from UTC (e.g. 09:00-05:00 for 9am EST.).", "constraints": {"required": false, "unique": false}, "example": "18:00:00", "core": "Y"},
        {"name": "notes", "type": "string", "title": "Notes", "description": "Free text notes on the schedule.", "constraints": {"required": false, "unique": false}, "example": "Some of our staff will be unavailable during their lunch break which may be any 30 minute period between 1200 and 1400"}
      ],
      "primaryKey": "id",
      "foreignKeys": [{"fields": "service_id", "reference": {"resource": "service", "fields": "id"}}]
    }
  },
  {
    "name": "service_area",
    "path": "service_areas.csv",
    "description": "The details of the geographic area for which a service is available.",
    "format": "csv",
    "mediatype": "text/csv",
    "profile": "tabular-data-resource",
    "schema": {
      "fields": [
        {"name": "id", "type": "string", "title": "Identifier", "description": "The identifier for the service area. Each service area must have a unique identifier.", "format": "uuid", "constraints": {"required": true, "unique": true}, "example": "381c64f1-a724-4884-9c21-ac96c21cca3e", "core": "Y"},
        {"name": "service_id", "type": "string", "title": "Service Identifier", "description": "The identifier of the service for which this entry describes the service area", "format": "uuid", "constraints": {"required": false, "unique": false}, "example": "ac148810-d857-441c-9679-408f346de14b", "core": "Y"},
        {"name": "name", "type": "string", "title": "Name", "description": "A free text geographic area where a service is available.", "constraints": {"required": false, "unique": false}, "example": "The service is available to all residents of the MyCity area. We provide the service in our offices or via video conferencing to any who can provide evidence of their residency.", "core": "Y"}
      ],
      "primaryKey": "id",
      "foreignKeys": [{"fields": "service_id", "reference": {"resource": "service", "fields": "id"}}]
    }
  },
  {
    "name": "language",
    "path": "languages.csv",
    "description": "The languages that are spoken at locations or services. This does not include languages which can only be used with interpretation.",
    "format": "csv",
    "mediatype": "text/csv",
    "profile": "tabular-data-resource",
    "schema": {
      "fields": [
        {"name": "id", "type": "string", "title": "Identifier", "description": "The identifier for the language. Each entry must have a unique identifier.", "format": "uuid", "constraints": {"required": true, "unique": true}, "example": "2989d3ed-c547-48f8-8f9d-432d81c7892e", "core": "Y"},
        {"name": "service_id", "type": "string", "title": "Service Identifier", "description": "The identifier of the service for which the entry describes the languages in which services are delivered.", "format": "uuid", "constraints": {"required": false, "unique": false}, "example": "ac148810-d857-441c-9679-408f346de14b", "core": "Y"},
        {"name": "name", "type": "string", "title": "Name", "description": "The name of the language in which the service is delivered.", "constraints": {"required": false, "unique": false}, "example": "Urdu", "core": "Y"},
        {"name": "code", "type": "string", "title": "Code", "description": "The ISO 639-1 or ISO 639-3 code for the language.", "constraints": {"required": false, "unique": false}, "example": "ur"}
      ],
      "primaryKey": "id",
      "foreignKeys": [{"fields": "service_id", "reference": {"resource": "service", "fields": "id"}}]
    }
  },
  {
    "name": "attribute",
    "path": "attributes.csv",
    "description": "A link between a service and one or more classifications that describe the nature of the service provided.",
    "format": "csv",
    "mediatype": "text/csv",
    "profile": "tabular-data-resource",
    "schema": {
      "fields": [
        {"name": "id", "type": "string", "title": "Identifier", "description": "The identifier of the attribute entry. Each attribute entry should have a unique identifier.", "format": "uuid", "constraints": {"required": true, "unique": true}, "example": "ae58cc39-8b70-4ab1-8aea-786882e5ac8e", "core": "Y"},
        {"name": "link_id", "type": "string", "title": "Link Identifier", "description": "The identifier of the entity to which this taxonomy term applies.", "format": "uuid", "constraints": {"required": true, "unique": false}, "example": "f28dd44b-0c4d-479f-8e90-4c52219a8b3c", "core": "Y"},
        {"name": "taxonomy_term_id", "type": "string", "title": "Taxonomy Term Identifier", "description": "The identifier of this taxonomy term from the taxonomy table.", "format": "uuid", "constraints": {"required": true, "unique": false}, "example": "3f7b145d-84af-42d7-8fae-eaca714b02b2", "core": "Y"},
        {"name": "link_type", "type": "string", "title": "Link Type", "description": "A code taken from an enumerated open codelist to indicate what the taxonomy term describes, e.g. the service eligibility or intended audience.", "constraints": {"required": false, "unique": false}, "example": "link_type", "core": "Y"},
        {"name": "link_entity", "type": "string", "title": "Link Entity", "description": "The table of the Link Identifier.", "constraints": {"required": true, "unique": false}, "example": "link_entity", "core": "Y"},
        {"name": "value", "type": "string", "title": "Value", "description": "The value (if any) of an attribute.", "constraints": {"required": false, "unique": false}, "example": "value", "core": "Y"}
      ],
      "primaryKey": "id",
      "foreignKeys": [{"fields": "taxonomy_term_id", "reference": {"resource": "taxonomy_term", "fields": "id"}}]
    }
  },
  {
    "name": "taxonomy_term",
    "path": "taxonomy_terms.csv",
    "description": "Each service can be categorized according to one or more taxonomy terms. The taxonomy_term object contains a list of taxonomy terms, their names, and, for hierarchical taxonomies, their structure.",
    "format": "csv",
    "mediatype": "text/csv",
    "profile": "tabular-data-resource",
    "schema": {
      "fields": [
        {"name": "id", "type": "string", "title": "Identifier", "description": "The identifier for this taxonomy term. Each taxonomy term must have a unique identifier, within the scope of the dataset.", "format": "uuid", "constraints": {"required": true, "unique": true}, "example": "3f7b145d-84af-42d7-8fae-eaca714b02b2", "core": "Y"},
        {"name": "code", "type": "string", "title": "Code", "description": "The term identfier as used in the taxonomy. This and the taxonomy_id combined define the term.", "constraints": {"required": false, "unique": true}, "example": "code"},
        {"name": "name", "type": "string", "title": "Name", "description": "The taxonomy term itself.", "constraints": {"required": true, "unique": false}, "example": "name", "core": "Y"},
        {"name": "description", "type": "string", "title": "Description", "description": "A free text description of the term.", "constraints": {"required": true, "unique": false}, "example": "description"},
        {"name": "taxonomy_id", "type": "string", "title": "Taxonomy Identifier", "description": "The identifier of the taxonomy containing the term.", "format": "uuid", "constraints": {"required": false, "unique": false}, "example": "07ff6aee-a219-438c-b694-d2fcb6c5373b"}
      ],
      "primaryKey": "id",
      "foreignKeys": [{"fields": "taxonomy_id", "reference": {"resource": "taxonomy", "fields": "id"}}]
    }
  },
  {
    "name": "taxonomy",
    "path": "taxonomies.csv",
    "description": "The taxonomies from which taxonomy terms are taken.",
    "format": "csv",
    "mediatype": "text/csv",
    "profile": "tabular-data-resource",
    "schema": {
      "fields": [
        {"name": "id", "type": "string", "title": "Identifier", "description": "The identifier of the taxonomy. Each entry must have a unique identifier", "format": "uuid", "constraints": {"required": true, "unique": true}, "example": "5c4d79d7-cc55-470e-9f1f-8cad074e4892"},
        {"name": "name", "type": "string", "title": "Name", "description": "The name of the taxonomy from which terms are sourced.", "constraints": {"required": true, "unique": false}, "example": "name"},
        {"name": "description", "type": "string", "title": "Description", "description": "A free text description of the taxonomy.", "constraints": {"required": true, "unique": false}, "example": "description"}
      ],
      "primaryKey": "id"
    }
  }
]
"##;

/// The BLAKE3 key-derivation context that names the ids' namespace. Changing it changes
/// every id in the export: it is fixed.
const ID_NAMESPACE: &str = "waymark directory HSDS 3.0 identifiers v1";

/// A name-based UUID: BLAKE3 in key-derivation mode over `name`, in the namespace
/// [`ID_NAMESPACE`], cut to 128 bits with the RFC 9562 variant bits and version 8 (the
/// version for name-based UUIDs from a hash other than MD5 or SHA-1, as v5 is for SHA-1).
pub fn uuid(name: &str) -> String {
    let hash = blake3::derive_key(ID_NAMESPACE, name.as_bytes());
    let mut b = [0u8; 16];
    b.copy_from_slice(&hash[..16]);
    b[6] = (b[6] & 0x0f) | 0x80;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..]
    )
}

/// RFC 5545 day names, Monday first as the weekly hours are.
const BYDAY: [&str; 7] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
const DAY: u32 = 24 * 60;

fn resources() -> Vec<Value> {
    serde_json::from_str(RESOURCES).expect("the embedded HSDS schemas are valid JSON")
}

/// One CSV table: its columns from the schema and rows of cells in that order.
struct Table {
    columns: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    fn new(resource: &Value) -> Table {
        let columns = resource["schema"]["fields"]
            .as_array()
            .map(|fields| {
                fields
                    .iter()
                    .filter_map(|f| f["name"].as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        Table {
            columns,
            rows: Vec::new(),
        }
    }

    /// Adds a row from (column, value) pairs; columns not named stay empty (missing).
    fn push(&mut self, cells: Vec<(&str, String)>) {
        let mut row = vec![String::new(); self.columns.len()];
        for (column, value) in cells {
            let i = self
                .columns
                .iter()
                .position(|c| c == column)
                .unwrap_or_else(|| panic!("`{column}` is not a column of the HSDS table"));
            row[i] = value;
        }
        self.rows.push(row);
    }

    /// RFC 4180 CSV: CRLF line ends, a header row, fields quoted where they must be.
    fn csv(&self) -> Vec<u8> {
        let mut out = String::new();
        for row in std::iter::once(&self.columns).chain(&self.rows) {
            let cells: Vec<String> = row.iter().map(|c| csv_field(c)).collect();
            out.push_str(&cells.join(","));
            out.push_str("\r\n");
        }
        out.into_bytes()
    }
}

/// A CSV field, quoted (with inner quotes doubled) when it holds a comma, a quote, a line
/// break, or space at either end.
fn csv_field(s: &str) -> String {
    let needs_quotes = s.contains([',', '"', '\n', '\r'])
        || s.starts_with(char::is_whitespace)
        || s.ends_with(char::is_whitespace);
    if needs_quotes {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// `t` in `lang`, trimmed; a language map without `lang` gives its first text.
fn text(t: &Text, lang: &str) -> String {
    let s = match t.get(lang, lang) {
        Some((s, _)) => s,
        None => match t {
            Text::Many(m) => m.values().next().map(String::as_str).unwrap_or(""),
            Text::One(s) => s,
        },
    };
    s.trim().to_string()
}

/// `0-17` → (0, 17); `12+` → (12, none).
fn age_range(ages: &str) -> (Option<u32>, Option<u32>) {
    let n = |s: &str| s.trim().parse::<u32>().ok();
    if let Some(min) = ages.trim().strip_suffix('+') {
        return (n(min), None);
    }
    match ages.split_once('-') {
        Some((a, b)) => (n(a), n(b)),
        None => (None, None),
    }
}

/// `HH:MM:SS` for a minute of the day; the end of the day is `23:59:00`, HSDS's sign for
/// "until midnight" (and, from 00:00, for 24 hours).
fn clock(minute: u32) -> String {
    let m = minute.min(DAY - 1);
    format!("{:02}:{:02}:00", m / 60, m % 60)
}

/// The weekly intervals cut at midnight into (opens, closes, days) with times in minutes
/// of the day: days that share the same hours make one group, as RFC 5545's BYDAY lists
/// them. In order of the first day, then the opening time.
fn weekly_groups(weekly: &[(u32, u32)]) -> Vec<(u32, u32, Vec<usize>)> {
    let mut groups: BTreeMap<(u32, u32), Vec<usize>> = BTreeMap::new();
    for &(start, end) in weekly {
        let mut t = start;
        while t < end {
            let day = t / DAY;
            let until = end.min((day + 1) * DAY);
            let days = groups
                .entry((t - day * DAY, until - day * DAY))
                .or_default();
            let d = day as usize;
            if d < BYDAY.len() && !days.contains(&d) {
                days.push(d);
            }
            t = until;
        }
    }
    let mut out: Vec<(u32, u32, Vec<usize>)> = groups
        .into_iter()
        .filter(|(_, days)| !days.is_empty())
        .map(|((opens, closes), mut days)| {
            days.sort_unstable();
            (opens, closes, days)
        })
        .collect();
    out.sort_by_key(|(opens, closes, days)| (days[0], *opens, *closes));
    out
}

/// Adds the rows of one entry, in `lang`, to every table.
fn add_entry(tables: &mut BTreeMap<String, Table>, e: &Entry, lang: &str) {
    let mut rows = EntryRows {
        tables,
        e,
        lang,
        service_id: uuid(&format!("service/{}", e.id)),
    };
    rows.organization_and_service();
    rows.phones();
    rows.schedules();
    rows.languages();
    rows.service_area();
    rows.provenance();
}

/// The taxonomy that names where an entry's details come from: its terms are the
/// `attribute` rows of each service (code, name, description).
const PROVENANCE_TERMS: [(&str, &str, &str); 5] = [
    (
        "source-name",
        "Source name",
        "The name of the source the service's details were read in (the organisation, \
         publication or site), in the package's language.",
    ),
    (
        "source-url",
        "Source URL",
        "The address of the source the service's details were read in.",
    ),
    (
        "source-date",
        "Source date",
        "The source's own date, in ISO 8601 at the precision the source gives: YYYY, \
         YYYY-MM or YYYY-MM-DD; absent when the source shows no date. It is not a date \
         on which anyone checked the details: that is the service's assured_date, set \
         only when someone did.",
    ),
    (
        "source-date-precision",
        "Source date precision",
        "How precise the source date is: year, month or day.",
    ),
    (
        "verified-how",
        "How the details were checked",
        "How a person of the publishing site checked the service's details on its \
         assured_date (for example, by calling the line).",
    ),
];

const PROVENANCE_TAXONOMY: &str = "waymark-provenance";

/// The one taxonomy row and its terms' rows: the same in every package.
fn add_provenance_taxonomy(tables: &mut BTreeMap<String, Table>) {
    let taxonomy_id = uuid(&format!("taxonomy/{PROVENANCE_TAXONOMY}"));
    tables_push(
        tables,
        "taxonomy",
        vec![
            ("id", taxonomy_id.clone()),
            ("name", PROVENANCE_TAXONOMY.into()),
            (
                "description",
                "Where each service's details come from: the source's name, address and \
                 date, and how a person of the publishing site checked them, if anyone did."
                    .into(),
            ),
        ],
    );
    for (code, name, description) in PROVENANCE_TERMS {
        tables_push(
            tables,
            "taxonomy_term",
            vec![
                ("id", term_id(code)),
                ("code", code.into()),
                ("name", name.into()),
                ("description", description.into()),
                ("taxonomy_id", taxonomy_id.clone()),
            ],
        );
    }
}

fn term_id(code: &str) -> String {
    uuid(&format!("taxonomy_term/{PROVENANCE_TAXONOMY}/{code}"))
}

/// The tables being filled with one entry's rows, and the id its rows refer to.
struct EntryRows<'a> {
    tables: &'a mut BTreeMap<String, Table>,
    e: &'a Entry,
    lang: &'a str,
    service_id: String,
}

impl EntryRows<'_> {
    /// Adds a row to the table `name`.
    fn push(&mut self, name: &str, cells: Vec<(&str, String)>) {
        tables_push(self.tables, name, cells);
    }

    /// The organization, and its one service.
    fn organization_and_service(&mut self) {
        let (e, lang) = (self.e, self.lang);
        let organization_id = uuid(&format!("organization/{}", e.id));
        let name = text(&e.name, lang);
        let description = e
            .description
            .as_ref()
            .map(|d| text(d, lang))
            .filter(|d| !d.is_empty());
        let opt = |o: &Option<String>| o.clone().unwrap_or_default();

        self.push(
            "organization",
            vec![
                ("id", organization_id.clone()),
                ("name", name.clone()),
                // Required by HSDS: the entry's description, else its name.
                (
                    "description",
                    description.clone().unwrap_or_else(|| name.clone()),
                ),
                ("email", opt(&e.email)),
                ("website", opt(&e.website)),
            ],
        );

        let (min_age, max_age) = e.ages.as_deref().map(age_range).unwrap_or((None, None));
        let num = |n: Option<u32>| n.map(|n| n.to_string()).unwrap_or_default();
        let service_id = self.service_id.clone();
        self.push(
            "service",
            vec![
                ("id", service_id),
                ("organization_id", organization_id),
                ("name", name),
                ("description", description.unwrap_or_default()),
                ("url", opt(&e.website)),
                ("email", opt(&e.email)),
                ("status", "active".into()),
                ("minimum_age", num(min_age)),
                ("maximum_age", num(max_age)),
                // HSDS: "the date that the information about the service was last
                // checked": only a check by a person of the site, never the source's date.
                (
                    "assured_date",
                    e.verified
                        .as_ref()
                        .map(|v| v.on.to_string())
                        .unwrap_or_default(),
                ),
                (
                    "interpretation_services",
                    if e.interpreters {
                        "Interpreters available.".into()
                    } else {
                        String::new()
                    },
                ),
                (
                    "alert",
                    if e.example {
                        "Example data: not a real service.".into()
                    } else {
                        String::new()
                    },
                ),
            ],
        );
    }

    /// Phones: a `voice` row each, and a `text` row (RFC 6350's type for SMS) where the
    /// number takes SMS. Ids come from the number, so reordering phones keeps them.
    fn phones(&mut self) {
        let (e, lang) = (self.e, self.lang);
        let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
        for p in &e.phones {
            let number = p.phone.e164.clone().unwrap_or_else(|| p.phone.dial.clone());
            let n = seen.entry(p.phone.dial.as_str()).or_insert(0);
            *n += 1;
            let key = if *n == 1 {
                format!("phone/{}/{}", e.id, p.phone.dial)
            } else {
                format!("phone/{}/{}/{}", e.id, p.phone.dial, n)
            };
            let mut notes: Vec<String> = Vec::new();
            if let Some(label) = &p.label {
                let l = text(label, lang);
                if !l.is_empty() {
                    notes.push(l);
                }
            }
            if p.free {
                notes.push("free".into());
            }
            if p.whatsapp {
                if let Some(digits) = &p.phone.wa_digits {
                    notes.push(format!("WhatsApp: https://wa.me/{digits}"));
                }
            }
            if p.viber {
                notes.push("Viber".into());
            }
            let description = notes.join("; ");
            let mut kinds = vec!["voice"];
            if p.sms {
                kinds.push("text");
            }
            for kind in kinds {
                let id = if kind == "voice" {
                    uuid(&key)
                } else {
                    uuid(&format!("{key}/{kind}"))
                };
                let service_id = self.service_id.clone();
                self.push(
                    "phone",
                    vec![
                        ("id", id),
                        ("service_id", service_id),
                        ("number", number.clone()),
                        ("type", kind.into()),
                        ("description", description.clone()),
                    ],
                );
            }
        }
    }

    /// Opening hours: one row per set of days that share the same hours, in the service's
    /// local time (its IANA zone in `notes` as an RFC 5545 TZID), with the original
    /// opening_hours expression as the description.
    fn schedules(&mut self) {
        let e = self.e;
        let Some(expr) = &e.hours else { return };
        let notes = e
            .timezone
            .as_ref()
            .map(|tz| format!("TZID={tz}"))
            .unwrap_or_default();
        let service_id = self.service_id.clone();
        let groups = weekly_groups(e.weekly_hours.as_deref().unwrap_or(&[]));
        if groups.is_empty() {
            // Never open in the compiled week (e.g. "off"): the expression alone.
            self.push(
                "schedule",
                vec![
                    ("id", uuid(&format!("schedule/{}", e.id))),
                    ("service_id", service_id.clone()),
                    ("description", expr.clone()),
                    ("notes", notes.clone()),
                ],
            );
        }
        for (opens, closes, days) in groups {
            let byday: Vec<&str> = days.iter().map(|&d| BYDAY[d]).collect();
            self.push(
                "schedule",
                vec![
                    ("id", uuid(&format!("schedule/{}/{opens}-{closes}", e.id))),
                    ("service_id", service_id.clone()),
                    ("freq", "WEEKLY".into()),
                    ("byday", byday.join(",")),
                    ("description", expr.clone()),
                    ("opens_at", clock(opens)),
                    ("closes_at", clock(closes)),
                    ("notes", notes.clone()),
                ],
            );
        }
    }

    /// Where the details come from: an `attribute` of the service per provenance term
    /// that has a value (the source's URL and the verification only when there are).
    fn provenance(&mut self) {
        let (e, lang) = (self.e, self.lang);
        let mut values: Vec<(&str, String)> = vec![
            ("source-name", text(&e.source.name, lang)),
            ("source-url", e.source.url.clone().unwrap_or_default()),
            // No date when the source shows none (`date: unknown`): never a made-up one.
            (
                "source-date",
                e.source.date.map(|d| d.to_string()).unwrap_or_default(),
            ),
            (
                "source-date-precision",
                e.source
                    .date_precision
                    .and_then(|p| serde_json::to_value(p).ok())
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default(),
            ),
        ];
        if let Some(v) = &e.verified {
            values.push(("verified-how", text(&v.how, lang)));
        }
        for (code, value) in values {
            if value.is_empty() {
                continue;
            }
            let service_id = self.service_id.clone();
            self.push(
                "attribute",
                vec![
                    ("id", uuid(&format!("attribute/{}/{code}", e.id))),
                    ("link_id", service_id),
                    ("taxonomy_term_id", term_id(code)),
                    ("link_entity", "service".into()),
                    ("value", value),
                ],
            );
        }
    }

    /// Languages the service answers in: ISO 639 code and the language's own name.
    fn languages(&mut self) {
        let e = self.e;
        let mut langs: Vec<&str> = Vec::new();
        for code in &e.languages {
            if langs.contains(&code.as_str()) {
                continue;
            }
            langs.push(code);
            let service_id = self.service_id.clone();
            self.push(
                "language",
                vec![
                    ("id", uuid(&format!("language/{}/{code}", e.id))),
                    ("service_id", service_id),
                    ("name", languages::autonym(code).unwrap_or_default().into()),
                    ("code", code.clone()),
                ],
            );
        }
    }

    /// The area: the most specific of city, region and country, ending with the ISO 3166-1
    /// code (`EU` for EU-wide numbers).
    fn service_area(&mut self) {
        let e = self.e;
        let area: Vec<&str> = [
            e.city.as_deref(),
            e.region.as_deref(),
            Some(e.country.as_str()),
        ]
        .into_iter()
        .flatten()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
        let service_id = self.service_id.clone();
        self.push(
            "service_area",
            vec![
                ("id", uuid(&format!("service_area/{}", e.id))),
                ("service_id", service_id),
                ("name", area.join(", ")),
            ],
        );
    }
}

fn tables_push(tables: &mut BTreeMap<String, Table>, name: &str, cells: Vec<(&str, String)>) {
    tables
        .get_mut(name)
        .unwrap_or_else(|| panic!("no HSDS table `{name}`"))
        .push(cells);
}

/// The package's files, paths relative to the output root: `hsds/datapackage.json`, then
/// one CSV per resource in the descriptor's order. Entries in order of their ids.
pub fn package(dir: &Directory, default_language: &str) -> Vec<(String, Vec<u8>)> {
    let resources = resources();
    let mut tables: BTreeMap<String, Table> = resources
        .iter()
        .filter_map(|r| Some((r["name"].as_str()?.to_string(), Table::new(r))))
        .collect();
    let mut entries: Vec<&Entry> = dir.entries.iter().collect();
    entries.sort_by(|a, b| a.id.cmp(&b.id));
    for e in entries {
        add_entry(&mut tables, e, default_language);
    }
    add_provenance_taxonomy(&mut tables);
    let descriptor = json!({
        "profile": "tabular-data-package",
        "name": "waymark-directory-hsds",
        "title": "Helpline and service directory (Open Referral HSDS 3.0)",
        "description": format!(
            "The site's helpline and service directory as an Open Referral Human Services \
             Data Specification (HSDS) 3.0 tabular data package: one organization and one \
             service per entry, with its phones, opening hours, languages and area, and \
             where its details come from as attributes of the taxonomy \
             `{PROVENANCE_TAXONOMY}` (source name, URL and date at its own precision); \
             assured_date is set only when a person of the site checked the details. Text \
             is in the language `{default_language}`."
        ),
        "resources": resources,
    });
    let mut files = vec![(
        format!("{DIR}/datapackage.json"),
        (serde_json::to_string_pretty(&descriptor).unwrap_or_default() + "\n").into_bytes(),
    )];
    for r in &resources {
        let (Some(name), Some(path)) = (r["name"].as_str(), r["path"].as_str()) else {
            continue;
        };
        if let Some(t) = tables.get(name) {
            files.push((format!("{DIR}/{path}"), t.csv()));
        }
    }
    files
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::{hours, phones, PhoneEntry};
    use std::path::PathBuf;

    fn entry(id: &str, country: &str) -> Entry {
        Entry {
            id: id.into(),
            file: PathBuf::from(format!("content/directory/{id}.yaml")),
            name: Text::One(format!("Name of {id}")),
            kind: crate::directory::EntryKind::Helpline,
            country: country.into(),
            region: None,
            city: None,
            categories: vec!["child-helpline".into()],
            phones: vec![],
            email: None,
            website: None,
            languages: vec![],
            hours: None,
            weekly_hours: None,
            timezone: None,
            ages: None,
            confidential: None,
            description: None,
            address: None,
            geo: None,
            source: crate::directory::Source {
                name: Text::One("Example source".into()),
                url: Some("https://example.org".into()),
                date: crate::directory::PartialDate::parse("2026-01"),
                date_precision: Some(crate::directory::Precision::Month),
            },
            verified: None,
            interpreters: false,
            example: false,
            stale: false,
            stale_fallback: None,
        }
    }

    fn phone(number: &str, country: &str) -> PhoneEntry {
        PhoneEntry {
            phone: phones::parse(number, country).unwrap(),
            label: None,
            free: false,
            sms: false,
            whatsapp: false,
            viber: false,
        }
    }

    fn sample() -> Directory {
        let mut eu = entry("eu-116111", "EU");
        eu.name = Text::Many(BTreeMap::from([
            ("en".to_string(), "Child helpline".to_string()),
            ("ar".to_string(), "خط مساعدة الأطفال".to_string()),
        ]));
        eu.phones = vec![PhoneEntry {
            free: true,
            ..phone("116 111", "EU")
        }];
        eu.hours = Some("24/7".into());
        eu.weekly_hours = Some(hours::compile("24/7").unwrap());
        eu.timezone = Some("Europe/Brussels".into());

        let mut gr = entry("gr-mechanism", "GR");
        gr.region = Some("Attica".into());
        gr.description = Some(Text::One("Calls, \"urgent\" ones too,\nanswered".into()));
        gr.email = Some("help@example.org".into());
        gr.website = Some("https://example.org/help".into());
        gr.phones = vec![PhoneEntry {
            label: Some(Text::Many(BTreeMap::from([
                ("en".to_string(), "Mobile".to_string()),
                ("ar".to_string(), "هاتف محمول".to_string()),
            ]))),
            sms: true,
            whatsapp: true,
            viber: false,
            ..phone("+30 694 277 3030", "GR")
        }];
        gr.languages = vec!["ar".into(), "fa".into()];
        gr.ages = Some("0-17".into());
        let expr = "Mo-Fr 08:00-22:00; Sa 11:00-19:00";
        gr.hours = Some(expr.into());
        gr.weekly_hours = Some(hours::compile(expr).unwrap());
        gr.timezone = Some("Europe/Athens".into());
        gr.interpreters = true;
        gr.source.date = crate::directory::PartialDate::parse("2021");
        gr.source.date_precision = Some(crate::directory::Precision::Year);
        gr.source.url = None;
        gr.verified = Some(crate::directory::Verified {
            on: crate::directory::PartialDate::parse("2026-02-01").unwrap(),
            how: Text::One("Called the line".into()),
        });
        // Sorted by country then id, as `load` does: the export re-sorts by id.
        Directory {
            entries: vec![eu, gr],
        }
    }

    fn file(files: &[(String, Vec<u8>)], path: &str) -> String {
        let (_, bytes) = files
            .iter()
            .find(|(p, _)| p == path)
            .unwrap_or_else(|| panic!("no {path}"));
        String::from_utf8(bytes.clone()).unwrap()
    }

    fn lines(csv: &str) -> Vec<&str> {
        csv.split_terminator("\r\n").collect()
    }

    #[test]
    fn ids_are_stable_name_based_uuids() {
        let id = uuid("service/eu-116111");
        assert_eq!(id, uuid("service/eu-116111"));
        assert_ne!(id, uuid("organization/eu-116111"));
        let parts: Vec<&str> = id.split('-').collect();
        assert_eq!(
            parts.iter().map(|p| p.len()).collect::<Vec<_>>(),
            [8, 4, 4, 4, 12]
        );
        assert!(id
            .chars()
            .all(|c| c == '-' || c.is_ascii_digit() || ('a'..='f').contains(&c)));
        assert!(parts[2].starts_with('8'), "version 8: {id}");
        assert!("89ab".contains(&parts[3][..1]), "RFC 9562 variant: {id}");
        // Pinned: a change here changes every published id.
        assert_eq!(id, PINNED_SERVICE_ID);
    }

    const PINNED_SERVICE_ID: &str = "e8a499a3-e625-82de-8798-e34650722eec";

    #[test]
    fn csv_fields_are_quoted_where_needed() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field(""), "");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
        assert_eq!(csv_field(" padded"), "\" padded\"");
    }

    #[test]
    fn weekly_hours_become_rrule_rows() {
        let w = hours::compile("Mo-Fr 08:00-22:00; Sa 11:00-19:00").unwrap();
        assert_eq!(
            weekly_groups(&w),
            vec![(480, 1320, vec![0, 1, 2, 3, 4]), (660, 1140, vec![5])]
        );
        let all = hours::compile("24/7").unwrap();
        assert_eq!(weekly_groups(&all), vec![(0, DAY, (0..7).collect())]);
        assert_eq!(
            (clock(0), clock(DAY)),
            ("00:00:00".into(), "23:59:00".into())
        );
        // Friday 22:00 to Saturday 02:00 is cut at midnight.
        let fri = 4 * DAY;
        assert_eq!(
            weekly_groups(&[(fri + 22 * 60, fri + DAY + 120)]),
            vec![(22 * 60, DAY, vec![4]), (0, 120, vec![5])]
        );
        assert!(weekly_groups(&[]).is_empty());
    }

    #[test]
    fn ages_become_minimum_and_maximum() {
        assert_eq!(age_range("0-17"), (Some(0), Some(17)));
        assert_eq!(age_range("12+"), (Some(12), None));
    }

    #[test]
    fn a_sample_directory_gives_the_expected_tables() {
        let files = package(&sample(), "en");
        let paths: Vec<&str> = files.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(
            paths,
            [
                "hsds/datapackage.json",
                "hsds/organizations.csv",
                "hsds/services.csv",
                "hsds/phones.csv",
                "hsds/schedules.csv",
                "hsds/service_areas.csv",
                "hsds/languages.csv",
                "hsds/attributes.csv",
                "hsds/taxonomy_terms.csv",
                "hsds/taxonomies.csv",
            ]
        );
        let eu = uuid("service/eu-116111");
        let gr = uuid("service/gr-mechanism");

        let orgs = file(&files, "hsds/organizations.csv");
        let orgs = lines(&orgs);
        assert_eq!(orgs[0], "id,name,description,email,website");
        assert_eq!(
            orgs[1],
            format!(
                "{},Child helpline,Child helpline,,",
                uuid("organization/eu-116111")
            )
        );

        let services = file(&files, "hsds/services.csv");
        assert!(services.starts_with(
            "id,organization_id,name,description,url,email,status,interpretation_services,minimum_age,maximum_age,assured_date,alert\r\n"
        ));
        // Checked by a person: assured_date. Never the source's date.
        assert!(services.contains(&format!(
            "{gr},{},Name of gr-mechanism,\"Calls, \"\"urgent\"\" ones too,\nanswered\",https://example.org/help,help@example.org,active,Interpreters available.,0,17,2026-02-01,\r\n",
            uuid("organization/gr-mechanism")
        )));
        assert!(services.contains(&format!(
            "{eu},{},Child helpline,,,,active,,,,,\r\n",
            uuid("organization/eu-116111")
        )));
        assert!(!services.contains("2026-01"), "{services}");

        let attributes = file(&files, "hsds/attributes.csv");
        let attributes = lines(&attributes);
        assert_eq!(
            attributes[0],
            "id,link_id,taxonomy_term_id,link_type,link_entity,value"
        );
        let attr = |id: &str, code: &str, value: &str| {
            let service = uuid(&format!("service/{id}"));
            format!(
                "{},{service},{},,service,{value}",
                uuid(&format!("attribute/{id}/{code}")),
                term_id(code)
            )
        };
        assert_eq!(
            attributes[1..],
            [
                attr("eu-116111", "source-name", "Example source"),
                attr("eu-116111", "source-url", "https://example.org"),
                attr("eu-116111", "source-date", "2026-01"),
                attr("eu-116111", "source-date-precision", "month"),
                attr("gr-mechanism", "source-name", "Example source"),
                attr("gr-mechanism", "source-date", "2021"),
                attr("gr-mechanism", "source-date-precision", "year"),
                attr("gr-mechanism", "verified-how", "Called the line"),
            ]
        );
        let terms = file(&files, "hsds/taxonomy_terms.csv");
        let terms = lines(&terms);
        assert_eq!(terms[0], "id,code,name,description,taxonomy_id");
        assert_eq!(terms.len(), 1 + PROVENANCE_TERMS.len());
        assert!(terms[3].contains(",source-date,Source date,\"The source's own date"));
        let taxonomies = file(&files, "hsds/taxonomies.csv");
        assert!(lines(&taxonomies)[1].starts_with(&format!(
            "{},waymark-provenance,",
            uuid("taxonomy/waymark-provenance")
        )));

        let phones = file(&files, "hsds/phones.csv");
        let phones = lines(&phones);
        assert_eq!(phones[0], "id,service_id,number,type,description");
        assert_eq!(
            phones[1],
            format!("{},{eu},116111,voice,free", uuid("phone/eu-116111/116111"))
        );
        assert_eq!(
            phones[2],
            format!(
                "{},{gr},+306942773030,voice,Mobile; WhatsApp: https://wa.me/306942773030",
                uuid("phone/gr-mechanism/+306942773030")
            )
        );
        assert!(phones[3].contains(",+306942773030,text,"));
        assert_eq!(phones.len(), 4);

        let schedules = file(&files, "hsds/schedules.csv");
        let schedules = lines(&schedules);
        assert_eq!(
            schedules[0],
            "id,service_id,freq,byday,description,opens_at,closes_at,notes"
        );
        assert!(schedules[1].ends_with(&format!(
            ",{eu},WEEKLY,\"MO,TU,WE,TH,FR,SA,SU\",24/7,00:00:00,23:59:00,TZID=Europe/Brussels"
        )));
        assert!(schedules[2].ends_with(&format!(
            ",{gr},WEEKLY,\"MO,TU,WE,TH,FR\",Mo-Fr 08:00-22:00; Sa 11:00-19:00,08:00:00,22:00:00,TZID=Europe/Athens"
        )));
        assert!(schedules[3].ends_with(&format!(
            ",{gr},WEEKLY,SA,Mo-Fr 08:00-22:00; Sa 11:00-19:00,11:00:00,19:00:00,TZID=Europe/Athens"
        )));
        assert_eq!(schedules.len(), 4);

        let langs = file(&files, "hsds/languages.csv");
        assert_eq!(
            lines(&langs),
            [
                "id,service_id,name,code".to_string(),
                format!("{},{gr},العربية,ar", uuid("language/gr-mechanism/ar")),
                format!("{},{gr},فارسی,fa", uuid("language/gr-mechanism/fa")),
            ]
        );

        let areas = file(&files, "hsds/service_areas.csv");
        assert_eq!(
            lines(&areas),
            [
                "id,service_id,name".to_string(),
                format!("{},{eu},EU", uuid("service_area/eu-116111")),
                format!("{},{gr},\"Attica, GR\"", uuid("service_area/gr-mechanism")),
            ]
        );
    }

    #[test]
    fn text_is_in_the_default_language() {
        let files = package(&sample(), "ar");
        let orgs = file(&files, "hsds/organizations.csv");
        assert!(orgs.contains(",خط مساعدة الأطفال,خط مساعدة الأطفال,,"));
        let phones = file(&files, "hsds/phones.csv");
        assert!(phones.contains(",voice,هاتف محمول; WhatsApp: https://wa.me/306942773030"));
    }

    #[test]
    fn the_descriptor_describes_every_file() {
        let files = package(&sample(), "en");
        let d: Value = serde_json::from_str(&file(&files, "hsds/datapackage.json")).unwrap();
        assert_eq!(d["profile"], "tabular-data-package");
        let resources = d["resources"].as_array().unwrap();
        assert_eq!(resources.len(), files.len() - 1);
        for r in resources {
            let path = format!("hsds/{}", r["path"].as_str().unwrap());
            let csv = file(&files, &path);
            let header = lines(&csv)[0].to_string();
            let names: Vec<&str> = r["schema"]["fields"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| f["name"].as_str().unwrap())
                .collect();
            assert_eq!(header, names.join(","), "{path}");
            for fk in r["schema"]["foreignKeys"].as_array().into_iter().flatten() {
                let target = fk["reference"]["resource"].as_str().unwrap();
                assert!(resources.iter().any(|x| x["name"] == target), "{target}");
                assert!(names.contains(&fk["fields"].as_str().unwrap()));
            }
        }
    }

    #[test]
    fn the_same_directory_gives_the_same_bytes_in_any_order() {
        let a = package(&sample(), "en");
        let mut reversed = sample();
        reversed.entries.reverse();
        assert_eq!(a, package(&sample(), "en"));
        assert_eq!(a, package(&reversed, "en"));
        assert_eq!(
            package(&Directory::default(), "en").len(),
            a.len(),
            "an empty directory still writes every table (headers only, but the provenance taxonomy)"
        );
    }
}
