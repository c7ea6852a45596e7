//! A template that loops forever: `build` ends with exit 1 and the problem in the chosen
//! format (JSON too), leaving the previous output and no staging folder; `serve` keeps
//! running, shows the error page, and recovers once the template is fixed.

use crate::support::Site;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Loops the watchdog stops at a step it sees (a call to `range()`), and one it cannot
/// (no call, no output: `range()` is called once) and hands to the command's last resort.
const LOOPS: [&str; 2] = [
    "{% for i in range(end=100000) %}{% for j in range(end=100000) %}{% for k in range(end=100000) %}{% endfor %}{% endfor %}{% endfor %}",
    "{% set r = range(end=100000) %}{% for a in r %}{% for b in r %}{% for c in r %}{% endfor %}{% endfor %}{% endfor %}",
];

const TEMPLATE: &str = "themes/default/templates/page.html";

fn looping(site: &Site, body: &str) {
    let path = site.root.join(TEMPLATE);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, body).unwrap();
}

/// Files beside the output folder that a build leaves (a staging folder would be one).
fn beside_output(site: &Site) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(&site.root)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".public"))
        .collect();
    names.sort();
    names
}

#[test]
fn build_reports_a_template_that_loops_in_json_and_exits_1() {
    for body in LOOPS {
        let site = Site::new("multilingual");
        site.plant_sentinel();
        looping(&site, body);
        let start = Instant::now();
        let run = site.build(&["--render-time-limit", "1", "--format", "json"]);
        assert_eq!(run.code, 1, "{run}");
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "stopped in {:?}",
            start.elapsed()
        );
        let diags: Vec<serde_json::Value> =
            serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {run}"));
        let timeout = diags
            .iter()
            .find(|d| d["code"] == "render-timeout")
            .unwrap_or_else(|| panic!("no render-timeout diagnostic: {run}"));
        assert_eq!(timeout["severity"], "error", "{run}");
        assert_eq!(timeout["file"], TEMPLATE, "{run}");
        site.assert_output_untouched();
        // Only the lock file is left beside the output: no staging folder.
        assert_eq!(beside_output(&site), vec![".public.lock"], "{run}");
    }
}

struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn get(port: u16, path: &str) -> Option<String> {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    write!(s, "GET {path} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n").ok()?;
    let mut buf = Vec::new();
    s.read_to_end(&mut buf).ok()?;
    Some(String::from_utf8_lossy(&buf).into_owned())
}

fn wait_for(port: u16, path: &str, secs: u64, pred: impl Fn(&str) -> bool) -> String {
    let start = Instant::now();
    let mut last = String::new();
    while start.elapsed() < Duration::from_secs(secs) {
        if let Some(body) = get(port, path) {
            if pred(&body) {
                return body;
            }
            last = body;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("{path} never matched in {secs} s; last answer:\n{last}");
}

#[test]
fn serve_keeps_running_through_a_template_that_loops_and_recovers() {
    for body in LOOPS {
        let site = Site::new("multilingual");
        // serve watches the theme folders that exist when it starts.
        std::fs::create_dir_all(site.root.join(TEMPLATE).parent().unwrap()).unwrap();
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let child = Command::new(env!("CARGO_BIN_EXE_waymark"))
            .args(["serve", "--render-time-limit", "1", "--root"])
            .arg(&site.root)
            .args(["--port", &port.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut server = Server(child);
        let page = "/en/about/";
        let good = wait_for(port, page, 30, |b| {
            b.contains("200 OK") && b.contains("<html")
        });
        assert!(!good.contains("The site has errors"));

        looping(&site, body);
        let error = wait_for(port, page, 30, |b| b.contains("The site has errors"));
        assert!(
            error.contains(TEMPLATE),
            "the error page names the template:\n{error}"
        );
        assert!(
            server.0.try_wait().unwrap().is_none(),
            "the server is still running"
        );

        // Fixed: the theme's own template again, and the site comes back.
        std::fs::remove_file(site.root.join(TEMPLATE)).unwrap();
        wait_for(port, page, 30, |b| {
            b.contains("200 OK") && !b.contains("The site has errors")
        });
        assert!(server.0.try_wait().unwrap().is_none());
    }
}
