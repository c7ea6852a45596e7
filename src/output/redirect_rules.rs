//! Redirects as host rules: the old addresses of a moved section or language become one
//! prefix ("splat") rule instead of a line per page, so a host's rule limits hold for
//! whole sites. A prefix rule is made only where nothing is served below the old prefix
//! any more, since some hosts (Cloudflare) apply rules before files.

use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rule {
    /// `from` → `to`.
    Exact { from: String, to: String },
    /// Everything below `from` (a folder, ending in `/`) → the same rest below `to`; the
    /// redirects it stands for, to fall back on.
    Prefix {
        from: String,
        to: String,
        members: Vec<(String, String)>,
    },
}

/// Cloudflare Pages' limits on `_redirects`.
pub const CLOUDFLARE_STATIC: usize = 2_000;
pub const CLOUDFLARE_DYNAMIC: usize = 100;

/// The folders both paths sit in once their common trailing segments are taken off:
/// `/en/old/p1/` → `/en/new/p1/` gives (`/en/old/`, `/en/new/`).
fn prefixes<'a>(from: &'a str, to: &'a str) -> (&'a str, &'a str) {
    let (f, t): (Vec<&str>, Vec<&str>) = (from.split('/').collect(), to.split('/').collect());
    // Common trailing segments, keeping at least the first (the empty one before `/`).
    let common = f
        .iter()
        .rev()
        .zip(t.iter().rev())
        .take(f.len().min(t.len()) - 1)
        .take_while(|(a, b)| a == b)
        .count();
    if common == 0 {
        return (from, to);
    }
    // Each kept segment with the `/` after it.
    let keep = |segs: &[&str]| {
        segs[..segs.len() - common]
            .iter()
            .map(|s| s.len() + 1)
            .sum::<usize>()
    };
    (&from[..keep(&f)], &to[..keep(&t)])
}

/// The rules for `redirects` (old → new): redirects that share a moved folder become one
/// prefix rule when at least two do and `served_below(prefix)` says nothing is served
/// below its old folder. Exact rules come first, then prefix rules, longest first, so
/// the first rule that matches is the right one.
pub fn compact(redirects: &[(String, String)], served_below: impl Fn(&str) -> bool) -> Vec<Rule> {
    let mut groups: BTreeMap<(&str, &str), Vec<usize>> = BTreeMap::new();
    for (i, (from, to)) in redirects.iter().enumerate() {
        let (f, t) = prefixes(from, to);
        groups.entry((f, t)).or_default().push(i);
    }
    let mut exact = Vec::new();
    let mut prefix = Vec::new();
    for ((f, t), members) in groups {
        let splat = members.len() >= 2
            && f.len() > 1
            && f.ends_with('/')
            && t.ends_with('/')
            && !served_below(f);
        if splat {
            prefix.push(Rule::Prefix {
                from: f.to_string(),
                to: t.to_string(),
                members: members.iter().map(|&i| redirects[i].clone()).collect(),
            });
        } else {
            exact.extend(members.iter().map(|&i| Rule::Exact {
                from: redirects[i].0.clone(),
                to: redirects[i].1.clone(),
            }));
        }
    }
    exact.sort_by(|a, b| from(a).cmp(from(b)));
    prefix.sort_by(|a, b| from(b).len().cmp(&from(a).len()).then(from(a).cmp(from(b))));
    exact.extend(prefix);
    exact
}

fn from(r: &Rule) -> &str {
    match r {
        Rule::Exact { from, .. } | Rule::Prefix { from, .. } => from,
    }
}

/// Keeps at most `max_dynamic` prefix rules (those standing for the most pages), turning
/// the others back into exact rules; then the exact rules must number at most
/// `max_static`, else the counts are the error.
pub fn within(
    rules: Vec<Rule>,
    max_static: usize,
    max_dynamic: usize,
) -> Result<Vec<Rule>, (usize, usize)> {
    let (mut exact, mut prefix): (Vec<Rule>, Vec<Rule>) = rules
        .into_iter()
        .partition(|r| matches!(r, Rule::Exact { .. }));
    if prefix.len() > max_dynamic {
        let size = |r: &Rule| match r {
            Rule::Prefix { members, .. } => members.len(),
            Rule::Exact { .. } => 1,
        };
        prefix.sort_by(|a, b| size(b).cmp(&size(a)).then(from(a).cmp(from(b))));
        for r in prefix.split_off(max_dynamic) {
            if let Rule::Prefix { members, .. } = r {
                exact.extend(
                    members
                        .into_iter()
                        .map(|(from, to)| Rule::Exact { from, to }),
                );
            }
        }
        exact.sort_by(|a, b| from(a).cmp(from(b)));
        prefix.sort_by(|a, b| from(b).len().cmp(&from(a).len()).then(from(a).cmp(from(b))));
    }
    if exact.len() > max_static {
        return Err((exact.len(), prefix.len()));
    }
    exact.extend(prefix);
    Ok(exact)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pair(a: &str, b: &str) -> (String, String) {
        (a.to_string(), b.to_string())
    }

    #[test]
    fn prefixes_drop_the_common_rest() {
        assert_eq!(
            prefixes("/en/old/p1/", "/en/new/p1/"),
            ("/en/old/", "/en/new/")
        );
        assert_eq!(prefixes("/en/old/", "/en/new/"), ("/en/old/", "/en/new/"));
        assert_eq!(prefixes("/fa-af/a/b/", "/prs/a/b/"), ("/fa-af/", "/prs/"));
        assert_eq!(prefixes("/en/a/x/", "/en/a/y/"), ("/en/a/x/", "/en/a/y/"));
        assert_eq!(prefixes("/x/", "/x/"), ("/", "/"));
    }

    #[test]
    fn a_moved_section_is_one_prefix_rule_after_the_exact_ones() {
        let mut r: Vec<_> = (0..3000)
            .map(|i| pair(&format!("/en/old/p{i}/"), &format!("/en/new/p{i}/")))
            .collect();
        r.push(pair("/en/old/", "/en/new/"));
        r.push(pair("/en/about-us/", "/en/about/"));
        r.push(pair("/en/old/special/", "/en/elsewhere/"));
        let rules = compact(&r, |_| false);
        assert_eq!(rules.len(), 3, "{:?}", &rules[..3.min(rules.len())]);
        assert_eq!(
            rules[0],
            Rule::Exact {
                from: "/en/about-us/".into(),
                to: "/en/about/".into()
            }
        );
        assert!(matches!(&rules[1], Rule::Exact { from, .. } if from == "/en/old/special/"));
        assert!(
            matches!(&rules[2], Rule::Prefix { from, to, members } if from == "/en/old/" && to == "/en/new/" && members.len() == 3001)
        );
        // Something still served below the old folder: every page gets its own line.
        let rules = compact(&r, |p| p == "/en/old/");
        assert_eq!(rules.len(), 3003);
        assert_eq!(
            within(rules, CLOUDFLARE_STATIC, CLOUDFLARE_DYNAMIC),
            Err((3003, 0))
        );
    }

    #[test]
    fn past_the_dynamic_limit_the_smallest_groups_become_exact() {
        let r: Vec<_> = (0..5)
            .flat_map(|s| {
                (0..=s).map(move |i| pair(&format!("/s{s}/p{i}/"), &format!("/t{s}/p{i}/")))
            })
            .collect();
        let rules = compact(&r, |_| false);
        assert_eq!(rules.len(), 1 + 4, "the one-page group stays exact");
        let kept = within(rules, 100, 2).unwrap();
        let prefixes: Vec<_> = kept
            .iter()
            .filter_map(|r| match r {
                Rule::Prefix { from, .. } => Some(from.as_str()),
                Rule::Exact { .. } => None,
            })
            .collect();
        assert_eq!(prefixes, ["/s3/", "/s4/"]);
        assert_eq!(kept.len(), 2 + 1 + 2 + 3, "s0, s1 and s2 page by page");
    }
}
