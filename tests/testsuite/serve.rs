//! `waymark serve`: answers on 127.0.0.1, shows an edit on the next request, keeps
//! running through a broken file and shows its error; `build` output has no reload script.

use crate::support::shared::multilingual;
use crate::support::Site;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub(crate) struct Server(pub(crate) Child);

impl Drop for Server {
    fn drop(&mut self) {
        // As a process manager would: SIGTERM, so that the server removes its folder.
        if stop(&mut self.0).is_none() {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
}

/// Sends SIGTERM and waits up to 10 s for the exit status.
pub(crate) fn stop(child: &mut Child) -> Option<std::process::ExitStatus> {
    Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .ok()?;
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(10) {
        if let Ok(Some(status)) = child.try_wait() {
            return Some(status);
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    None
}

pub(crate) fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A plain HTTP/1.0 GET: (status, body).
pub(crate) fn get(port: u16, path: &str) -> Option<(u16, String)> {
    get_as(port, path, "127.0.0.1")
}

/// A GET with the `Host` header `host`.
fn get_as(port: u16, path: &str, host: &str) -> Option<(u16, String)> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    write!(s, "GET {path} HTTP/1.0\r\nHost: {host}\r\n\r\n").ok()?;
    let mut buf = Vec::new();
    s.read_to_end(&mut buf).ok()?;
    let text = String::from_utf8_lossy(&buf).into_owned();
    let status = text.split(' ').nth(1)?.parse().ok()?;
    let body = text.split_once("\r\n\r\n").map(|x| x.1.to_string())?;
    Some((status, body))
}

/// Polls `path` until `pred` holds, for at most `secs` seconds.
fn wait_for(port: u16, path: &str, secs: u64, pred: impl Fn(&str) -> bool) -> String {
    let start = Instant::now();
    let mut last = String::new();
    while start.elapsed() < Duration::from_secs(secs) {
        if let Some((_, body)) = get(port, path) {
            if pred(&body) {
                return body;
            }
            last = body;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("{path} never matched in {secs} s; last body:\n{last}");
}

/// Each path climbs out of the site: refused (400 or 404), and site.yaml never served.
fn assert_refused(port: u16, paths: &[&str]) {
    for bad in paths {
        let (status, body) = get(port, bad).unwrap();
        assert!(status == 400 || status == 404, "{bad}: {status}");
        assert!(!body.contains("base_url"), "{bad} served site.yaml");
    }
}

/// `waymark serve` on a free port, stopped (and waited for) when the `Server` drops, even
/// when an assertion fails.
fn launch(site: &Site, stdout: Stdio) -> (Server, u16) {
    let port = free_port();
    let child = Command::new(env!("CARGO_BIN_EXE_waymark"))
        .args(["serve", "--root"])
        .arg(&site.root)
        .args(["--port", &port.to_string()])
        .stdout(stdout)
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    (Server(child), port)
}

/// `launch`, once it answers.
fn start(site: &Site) -> (Server, u16) {
    let (server, port) = launch(site, Stdio::null());
    wait_for(port, "/en/", 20, |b| b.contains("<html"));
    (server, port)
}

#[test]
fn serve_shows_edits_survives_broken_files_and_refuses_paths_outside() {
    let site = Site::new("multilingual");
    let (_server, port) = start(&site);
    let home = wait_for(port, "/en/", 5, |b| b.contains("/__waymark/reload.js"));
    assert!(home.contains("lang=\"en\""));

    // An edit is visible on a following request.
    let page = site.root.join("content/_index.md");
    let text = std::fs::read_to_string(&page).unwrap();
    let edited = text.replacen("title: ", "title: Edited by the test ", 1);
    std::fs::write(&page, &edited).unwrap();
    wait_for(port, "/en/", 10, |b| b.contains("Edited by the test"));

    // A broken file: the server stays up and every page shows the error.
    std::fs::write(&page, "---\ntitle: [unclosed\n---\n").unwrap();
    let error = wait_for(port, "/en/", 10, |b| b.contains("The site has errors"));
    assert!(error.contains("content/_index.md:2"), "{error}");
    // Fixed again: the site comes back.
    std::fs::write(&page, &edited).unwrap();
    wait_for(port, "/en/", 10, |b| b.contains("Edited by the test"));

    // Paths outside the site are refused.
    assert_refused(
        port,
        &[
            "/../site.yaml",
            "/%2e%2e/site.yaml",
            "/en/..%2f..%2fsite.yaml",
        ],
    );
    let (status, _) = get(port, "/no/such/page/").unwrap();
    assert_eq!(status, 404);

    // Only this machine's names are answered (a rebinding DNS name gets nothing).
    let (status, _) = get_as(port, "/en/", &format!("localhost:{port}")).unwrap();
    assert_eq!(status, 200);
    for host in ["evil.example", &format!("rebind.evil.example:{port}")] {
        let (status, body) = get_as(port, "/en/", host).unwrap();
        assert_eq!(status, 421, "{host}");
        assert!(!body.contains("<html"), "{host}: {body}");
    }
}

#[test]
fn build_output_has_no_reload_script() {
    let built = multilingual();
    for f in built.files() {
        if f.ends_with(".html") {
            assert!(!built.output(&f).contains("__waymark"), "{f}");
        }
    }
}

#[test]
fn a_port_in_use_is_reported() {
    let taken = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port();
    let site = Site::new("multilingual");
    let out = Command::new(env!("CARGO_BIN_EXE_waymark"))
        .args(["serve", "--root"])
        .arg(&site.root)
        .args(["--port", &port.to_string()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    // A usage error (exit 2) of the command line, not a problem in the site: no code.
    assert!(err.contains("--port"), "{err}");
}

#[test]
fn an_edit_sends_a_reload_event_to_open_pages() {
    let site = Site::new("multilingual");
    let (_server, port) = start(&site);
    let mut events = TcpStream::connect(("127.0.0.1", port)).unwrap();
    events
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    write!(
        events,
        "GET /__waymark/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n"
    )
    .unwrap();
    let mut seen = String::new();
    let mut buf = [0u8; 1024];
    while !seen.contains("\r\n\r\n") {
        let n = events.read(&mut buf).unwrap();
        seen.push_str(&String::from_utf8_lossy(&buf[..n]));
    }
    assert!(seen.contains("text/event-stream"), "{seen}");
    let page = site.root.join("content/_index.md");
    let text = std::fs::read_to_string(&page).unwrap();
    std::fs::write(&page, format!("{text}\nA new line.\n")).unwrap();
    let start = Instant::now();
    while !seen.contains("data: reload") && start.elapsed() < Duration::from_secs(10) {
        let n = events.read(&mut buf).unwrap_or(0);
        seen.push_str(&String::from_utf8_lossy(&buf[..n]));
    }
    assert!(seen.contains("data: reload"), "no reload event:\n{seen}");
}

#[test]
fn a_burst_of_edits_ends_in_one_correct_site_and_no_half_page_is_served() {
    let site = Site::new("multilingual");
    let (_server, port) = start(&site);
    // Like a `git checkout` of another branch: 40 new pages, each rewritten 8 times, in
    // about a second, while a reader keeps asking for pages.
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let reader = {
        let stop = stop.clone();
        std::thread::spawn(move || {
            let mut seen = Vec::new();
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                for path in ["/en/", "/ar/rights/", "/en/burst-3/"] {
                    if let Some((status, body)) = get(port, path) {
                        seen.push((path, status, body));
                    }
                }
            }
            seen
        })
    };
    for round in 0..8 {
        for n in 0..40 {
            std::fs::write(
                site.root.join(format!("content/burst-{n}.md")),
                format!("---\ntitle: Burst {n}\n---\nRound {round} of page {n}.\n"),
            )
            .unwrap();
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    // The last version of every page is served, once the edits have settled.
    for n in [0, 17, 39] {
        wait_for(port, &format!("/en/burst-{n}/"), 20, |b| {
            b.contains(&format!("Round 7 of page {n}."))
        });
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let seen = reader.join().unwrap();
    assert!(seen.len() > 10, "the reader got {} answers", seen.len());
    for (path, status, body) in &seen {
        // A page not built yet is a 404 page; whatever is served is whole.
        assert!(*status == 200 || *status == 404, "{path}: {status}");
        assert!(
            body.trim_end().ends_with("</html>"),
            "{path}: a partial page:\n{body}"
        );
    }
    // More ways of climbing out, all refused.
    assert_refused(
        port,
        &[
            "/%2e%2e%2fsite.yaml",
            "/..%5csite.yaml",
            "/en/%2e%2e/%2e%2e/site.yaml",
        ],
    );
}

/// The folder the site is built into, which serve's banner names (read from its stdout).
fn banner_folder(server: &mut Server) -> std::path::PathBuf {
    let mut out = std::io::BufReader::new(server.0.stdout.take().unwrap());
    let mut line = String::new();
    while !line.starts_with("Serving") {
        line.clear();
        assert!(
            std::io::BufRead::read_line(&mut out, &mut line).unwrap() > 0,
            "serve ended without its banner"
        );
    }
    line.split_once("(built into ")
        .and_then(|(_, rest)| rest.split_once(") on http"))
        .map(|(f, _)| std::path::PathBuf::from(f))
        .unwrap_or_else(|| panic!("no folder in the banner: {line}"))
}

#[test]
fn serve_stopped_during_its_first_build_still_removes_its_folder() {
    let site = Site::new("multilingual");
    let (mut server, _) = launch(&site, Stdio::piped());
    // After start-up, while the first build runs (the server is not answering yet).
    std::thread::sleep(Duration::from_millis(150));
    let status = stop(&mut server.0).expect("serve did not stop on SIGTERM");
    assert!(status.success(), "{status}");
    // It finished the build, printed its banner, and stopped.
    let folder = banner_folder(&mut server);
    let temporary = folder.parent().unwrap();
    assert!(
        !temporary.exists(),
        "{} was left behind",
        temporary.display()
    );
}

#[test]
fn serve_stopped_by_sigterm_removes_its_folder_even_with_a_page_open() {
    let site = Site::new("multilingual");
    let (mut server, port) = launch(&site, Stdio::piped());
    let folder = banner_folder(&mut server);
    wait_for(port, "/en/", 20, |b| b.contains("<html"));
    assert!(
        folder.join("en/index.html").is_file(),
        "{}",
        folder.display()
    );
    // An open page listens to the reload events: a response that never ends by itself.
    let mut events = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        events,
        "GET /__waymark/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
    )
    .unwrap();
    events
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    let mut head = [0u8; 64];
    let n = events.read(&mut head).unwrap();
    assert!(
        String::from_utf8_lossy(&head[..n]).starts_with("HTTP/1.1 200"),
        "{}",
        String::from_utf8_lossy(&head[..n])
    );
    let status = stop(&mut server.0).expect("serve did not stop on SIGTERM");
    assert!(status.success(), "{status}");
    // The whole temporary folder goes, not only the site in it.
    let temporary = folder.parent().unwrap();
    assert!(
        !temporary.exists(),
        "{} was left behind",
        temporary.display()
    );
}

/// `content/` deleted and made again, and a `themes/` folder made after the server
/// started, are watched like the folders it started with.
#[test]
fn folders_made_again_or_made_later_are_watched() {
    let site = Site::new("multilingual");
    let (_server, port) = start(&site);
    wait_for(port, "/en/", 10, |b| b.contains("/__waymark/reload.js"));

    let content = site.root.join("content");
    let home = content.join("_index.md");
    let text = std::fs::read_to_string(&home).unwrap();
    std::fs::write(
        &home,
        text.replacen("title: ", "title: Before the move ", 1),
    )
    .unwrap();
    wait_for(port, "/en/", 10, |b| b.contains("Before the move"));
    // Deleted (a copy kept elsewhere) and made again: a new folder, not the old one renamed.
    let kept = tempfile::tempdir().unwrap();
    let copy = |from: &std::path::Path, to: &std::path::Path| {
        let ok = Command::new("cp")
            .arg("-r")
            .arg(from)
            .arg(to)
            .status()
            .unwrap();
        assert!(ok.success());
    };
    copy(&content, kept.path());
    std::fs::remove_dir_all(&content).unwrap();
    wait_for(port, "/en/", 10, |b| !b.contains("Before the move"));
    copy(&kept.path().join("content"), &site.root);
    std::fs::write(&home, text.replacen("title: ", "title: Made again ", 1)).unwrap();
    wait_for(port, "/en/", 10, |b| b.contains("Made again"));
    // An edit in the folder made again is seen too.
    std::fs::write(&home, text.replacen("title: ", "title: Edited again ", 1)).unwrap();
    wait_for(port, "/en/", 10, |b| b.contains("Edited again"));

    // A theme folder made now overrides the built-in templates.
    let templates = site.root.join("themes/default/templates");
    std::fs::create_dir_all(&templates).unwrap();
    let page = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/templates/page.html"),
    )
    .unwrap();
    std::fs::write(
        templates.join("page.html"),
        page.replacen(
            "{% block main %}",
            "{% block main %}<p>From a new theme folder</p>",
            1,
        ),
    )
    .unwrap();
    wait_for(port, "/en/about/", 10, |b| {
        b.contains("From a new theme folder")
    });
}
