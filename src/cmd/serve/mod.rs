//! `waymark serve`: builds into a temporary folder, serves it on 127.0.0.1, rebuilds on
//! every change (notify, debounced) and reloads open pages through Server-Sent Events.
//! A broken edit never stops the server: the last good site stays, and every page shows
//! the problems until they are fixed. The reload script is added to responses here,
//! never to the files `build` writes.

pub mod incremental;

use crate::cmd::exit::{EXIT_OK, EXIT_SITE, EXIT_USAGE};
use crate::cmd::serve::incremental::{Rebuilt, Session};
use crate::diagnostics::{self, Diagnostics, Format};
use crate::pipeline::Options;
use axum::body::Body;
use axum::extract::State;
use axum::http::{header, StatusCode, Uri};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use notify_debouncer_full::notify::RecursiveMode;
use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};
use tokio::sync::{broadcast, mpsc};
use tokio_stream::wrappers::BroadcastStream;
use tokio_stream::StreamExt;

pub const DEFAULT_PORT: u16 = 1111;
const RELOAD_PATH: &str = "/__waymark/reload.js";
const EVENTS_PATH: &str = "/__waymark/events";
const RELOAD_JS: &str =
    "new EventSource('/__waymark/events').onmessage = function () { location.reload(); };\n";

struct Shared {
    out: PathBuf,
    /// The problems of the last build, as an HTML page, while there are any.
    error: RwLock<Option<String>>,
    reload: broadcast::Sender<()>,
}

#[derive(clap::Args, Debug)]
pub struct ServeArgs {
    /// The site's folder (with site.yaml)
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// The port on 127.0.0.1
    #[arg(long, default_value_t = crate::cmd::serve::DEFAULT_PORT)]
    port: u16,
    /// Open the site in the browser
    #[arg(long)]
    open: bool,
    /// Stop a page's render after this long (a template that loops); the server goes on
    #[arg(long, value_name = "SECONDS", default_value_t = 30)]
    render_time_limit: u64,
}

pub(crate) fn run(args: ServeArgs) -> i32 {
    let ServeArgs {
        root,
        port,
        open,
        render_time_limit,
    } = args;
    if !root.join(crate::content::config::CONFIG_FILE).is_file() {
        eprintln!("error: no site.yaml in {}", root.display());
        return EXIT_USAGE;
    }
    crate::render::set_time_limit(render_time_limit);
    run_server(root, port, open)
}

fn run_server(root: PathBuf, port: u16, open: bool) -> i32 {
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: cannot start the server: {e}");
            return EXIT_SITE;
        }
    };
    let code = runtime.block_on(serve(root, port, open));
    // A rebuild stuck in a template loop would keep the runtime's drop waiting forever.
    runtime.shutdown_timeout(Duration::from_millis(200));
    code
}

async fn serve(root: PathBuf, port: u16, open: bool) -> i32 {
    let listener = match tokio::net::TcpListener::bind(("127.0.0.1", port)).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!(
                "error: cannot listen on 127.0.0.1:{port} ({e}); another program may use it: try `waymark serve --port {}`",
                port.wrapping_add(1).max(1024)
            );
            return EXIT_USAGE;
        }
    };
    let tmp = match temp_folder() {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: cannot create a temporary folder: {e}");
            return EXIT_SITE;
        }
    };
    let opts = Options::serve(
        root.clone(),
        tmp.path().join("site"),
        format!("http://127.0.0.1:{port}"),
    );
    let (reload, _) = broadcast::channel(16);
    let shared = Arc::new(Shared {
        out: opts.out.clone(),
        error: RwLock::new(None),
        reload,
    });
    let stop = stop_signal();
    // The session rebuilds run in; replaced when a render that cannot be stopped holds it
    // (see `render::watchdog`): the next edit then builds afresh.
    let current: Arc<RwLock<Arc<Mutex<Session>>>> = Arc::new(RwLock::new(Arc::new(Mutex::new(
        Session::new(opts.clone()),
    ))));
    let abandon = Arc::new(tokio::sync::Notify::new());
    on_stuck_render(&shared, &current, &abandon, &opts);
    let first = session_of(&current);
    let first_build = {
        let (shared, first) = (shared.clone(), first.clone());
        tokio::task::spawn_blocking(move || {
            if let Ok(mut s) = first.lock() {
                rebuild(&mut s, None, &shared);
            }
        })
    };
    tokio::select! {
        _ = first_build => {}
        _ = abandon.notified() => {}
    }

    // Watch the site's sources; a burst of events (a `git checkout`) becomes one rebuild
    // of what the changed files affect.
    let (tx, rx) = mpsc::channel::<()>(1);
    let changed: Arc<std::sync::Mutex<BTreeSet<PathBuf>>> = Arc::default();
    let debouncer = match watch(&root, tx, changed.clone()) {
        Ok(d) => Arc::new(Mutex::new(d)),
        Err(e) => {
            eprintln!("error: cannot watch the site's files: {e}");
            return EXIT_SITE;
        }
    };
    let last_build = current.clone();
    let builder = tokio::spawn(rebuild_on_changes(
        rx,
        changed,
        shared.clone(),
        current,
        abandon,
        debouncer.clone(),
    ));

    let app = Router::new()
        .route(EVENTS_PATH, get(events))
        .route(
            RELOAD_PATH,
            get(|| async { ([(header::CONTENT_TYPE, "text/javascript")], RELOAD_JS) }),
        )
        .fallback(get(file))
        .layer(axum::middleware::from_fn(local_only))
        .with_state(shared.clone());
    println!(
        "Serving {} (built into {}) on http://127.0.0.1:{port}/ (Ctrl+C to stop)",
        root.display(),
        shared.out.display()
    );
    if open {
        let _ = std::process::Command::new("xdg-open")
            .arg(format!("http://127.0.0.1:{port}/"))
            .spawn();
    }
    // Ctrl+C, or `kill` (SIGTERM) from a script or a process manager: either way the
    // server stops cleanly and the temporary folder in memory is removed.
    let stopping = Arc::new(tokio::sync::Notify::new());
    let told = stopping.clone();
    let server = axum::serve(listener, app).with_graceful_shutdown(async move {
        stop.await;
        told.notify_one();
    });
    // An open page's event stream never ends by itself, and a graceful shutdown waits for
    // every response to end: once stopping, requests get a moment, then the server stops.
    let result = tokio::select! {
        r = server => r,
        _ = async {
            stopping.notified().await;
            tokio::time::sleep(Duration::from_millis(500)).await;
        } => Ok(()),
    };
    builder.abort();
    drop(debouncer);
    // A rebuild already running goes on in its own thread: wait for it, so that the
    // folder is removed after its last write, not during it (which left folders behind).
    drop(session_of(&last_build).lock());
    match result {
        Ok(()) => EXIT_OK,
        Err(e) => {
            eprintln!("error: the server stopped: {e}");
            EXIT_SITE
        }
    }
}

/// Rebuilds after each wake-up from the watcher, one rebuild at a time, in the session
/// of the moment (a rebuild stuck in a template loop is left behind when abandoned).
async fn rebuild_on_changes(
    mut rx: mpsc::Receiver<()>,
    changed: Arc<std::sync::Mutex<BTreeSet<PathBuf>>>,
    shared: Arc<Shared>,
    current: Arc<RwLock<Arc<Mutex<Session>>>>,
    abandon: Arc<tokio::sync::Notify>,
    watches: Arc<Mutex<Watches>>,
) {
    while rx.recv().await.is_some() {
        let paths: Vec<PathBuf> = changed
            .lock()
            .map(|mut c| std::mem::take(&mut *c).into_iter().collect())
            .unwrap_or_default();
        // A folder deleted and made again (or made after the server started) is watched
        // anew; what it holds was not seen change by change, so the site is built afresh.
        let rewatched = watches.lock().map(|mut w| w.rewatch()).unwrap_or(false);
        let (s, session) = (shared.clone(), session_of(&current));
        let running = tokio::task::spawn_blocking(move || {
            // A rebuild that panicked may have left the kept model half updated:
            // the next one is a full build, and the server goes on.
            let (mut kept, changed) = match session.lock() {
                Ok(k) => (k, (!rewatched).then_some(paths)),
                Err(poisoned) => {
                    session.clear_poison();
                    (poisoned.into_inner(), None)
                }
            };
            rebuild(&mut kept, changed, &s);
        });
        tokio::select! {
            _ = running => {}
            _ = abandon.notified() => {}
        }
    }
}

/// A folder for the served site, in memory where the system offers it (/dev/shm):
/// rebuilds do not wait for the disk.
fn temp_folder() -> std::io::Result<tempfile::TempDir> {
    let shm = Path::new("/dev/shm");
    if shm.is_dir() {
        tempfile::Builder::new()
            .prefix("waymark-serve-")
            .tempdir_in(shm)
            .or_else(|_| tempfile::Builder::new().prefix("waymark-serve-").tempdir())
    } else {
        tempfile::Builder::new().prefix("waymark-serve-").tempdir()
    }
}

/// A render the watchdog could not stop holds its session: the error is shown, and the
/// session is replaced with a new one (and threads), which the next edit builds afresh.
fn on_stuck_render(
    shared: &Arc<Shared>,
    current: &Arc<RwLock<Arc<Mutex<Session>>>>,
    abandon: &Arc<tokio::sync::Notify>,
    opts: &Options,
) {
    let (shared, current, abandon) = (shared.clone(), current.clone(), abandon.clone());
    let opts = opts.clone();
    crate::render::watchdog::set_last_resort(move |d| {
        let diags = Diagnostics::from_iter([d]);
        eprint!("{}", diagnostics::render(&diags, Format::Human));
        eprintln!("The render could not be stopped: it keeps a processor busy until serve stops. The last good site is still served; the next edit builds it again.");
        if let Ok(mut e) = shared.error.write() {
            *e = Some(error_page(&diags));
        }
        let _ = shared.reload.send(());
        if let Ok(mut c) = current.write() {
            *c = Arc::new(Mutex::new(Session::new(opts.clone())));
        }
        abandon.notify_one();
    });
}

/// Watches the site's sources; a burst of events (a `git checkout`) becomes one wake-up
/// on `tx`, with the paths gathered in `changed`.
/// The folders and files `serve` watches, below the site's folder.
const WATCHED: [&str; 5] = ["site.yaml", "content", "locales", "themes", "static"];

type Debouncer = notify_debouncer_full::Debouncer<
    notify_debouncer_full::notify::RecommendedWatcher,
    notify_debouncer_full::RecommendedCache,
>;

/// The watcher, and which file each watched name was when its watch was set: a folder
/// deleted and made again is another file, whose changes the old watch never sees.
struct Watches {
    debouncer: Debouncer,
    root: PathBuf,
    watched: std::collections::BTreeMap<&'static str, Option<(u64, u64)>>,
}

impl Watches {
    /// Watches again each name that was made, or made again, since its watch was set;
    /// whether any was.
    fn rewatch(&mut self) -> bool {
        let mut any = false;
        for name in WATCHED {
            let path = self.root.join(name);
            let now = std::fs::metadata(&path).ok().map(|m| identity(&m));
            let before = self.watched.get(name).copied().flatten();
            if now == before {
                continue;
            }
            if before.is_some() {
                let _ = self.debouncer.unwatch(&path);
            }
            if now.is_some() {
                if let Err(e) = self.debouncer.watch(&path, RecursiveMode::Recursive) {
                    eprintln!("warning: cannot watch {}: {e}", path.display());
                }
            }
            self.watched.insert(name, now);
            any = true;
        }
        any
    }
}

/// Which file `meta` is: a folder made again is another one.
#[cfg(unix)]
fn identity(meta: &std::fs::Metadata) -> (u64, u64) {
    use std::os::unix::fs::MetadataExt;
    (meta.dev(), meta.ino())
}

#[cfg(not(unix))]
fn identity(meta: &std::fs::Metadata) -> (u64, u64) {
    let made = meta
        .created()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos() as u64);
    (made, 0)
}

fn watch(
    root: &Path,
    tx: mpsc::Sender<()>,
    changed: Arc<std::sync::Mutex<BTreeSet<PathBuf>>>,
) -> notify_debouncer_full::notify::Result<Watches> {
    let sources: Vec<PathBuf> = WATCHED.iter().map(|n| root.join(n)).collect();
    let debouncer = notify_debouncer_full::new_debouncer(
        Duration::from_millis(25),
        None,
        move |res: notify_debouncer_full::DebounceEventResult| {
            let Ok(events) = res else { return };
            // Reading the sources (the build itself) raises access events: only changes
            // count, and only of the site's sources (the folder itself is watched for
            // sources made or removed at its top).
            let paths: Vec<PathBuf> = events
                .iter()
                .filter(|e| {
                    !matches!(
                        e.event.kind,
                        notify_debouncer_full::notify::EventKind::Access(_)
                    )
                })
                .flat_map(|e| e.event.paths.iter().cloned())
                .filter(|p| sources.iter().any(|s| p.starts_with(s)))
                .collect();
            if !paths.is_empty() {
                if let Ok(mut c) = changed.lock() {
                    c.extend(paths);
                }
                // A wake-up already waiting will take these paths too.
                let _ = tx.try_send(());
            }
        },
    )?;
    let mut watches = Watches {
        debouncer,
        root: root.to_path_buf(),
        watched: Default::default(),
    };
    if let Err(e) = watches.debouncer.watch(root, RecursiveMode::NonRecursive) {
        eprintln!("warning: cannot watch {}: {e}", root.display());
    }
    watches.rewatch();
    Ok(watches)
}

/// The session rebuilds run in now.
fn session_of(current: &RwLock<Arc<Mutex<Session>>>) -> Arc<Mutex<Session>> {
    match current.read() {
        Ok(c) => c.clone(),
        Err(poisoned) => poisoned.into_inner().clone(),
    }
}

/// Resolves on Ctrl+C, or on SIGTERM where there are Unix signals. The handlers are in
/// place from the call on, so a signal during the first build (before the server runs)
/// is kept for it instead of killing the process and leaving its folder behind.
fn stop_signal() -> impl std::future::Future<Output = ()> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let handlers = (
            signal(SignalKind::interrupt()),
            signal(SignalKind::terminate()),
        );
        async move {
            match handlers {
                (Ok(mut int), Ok(mut term)) => {
                    tokio::select! {
                        _ = int.recv() => {}
                        _ = term.recv() => {}
                    }
                }
                _ => {
                    let _ = tokio::signal::ctrl_c().await;
                }
            }
        }
    }
    #[cfg(not(unix))]
    {
        async {
            let _ = tokio::signal::ctrl_c().await;
        }
    }
}

/// A full build (`changed` is `None`), or a rebuild of what the changed files affect.
fn rebuild(session: &mut Session, changed: Option<Vec<PathBuf>>, shared: &Shared) {
    let start = Instant::now();
    let result = match changed {
        None => session.build(),
        Some(paths) => session.rebuild(&paths),
    };
    let ms = || start.elapsed().as_secs_f64() * 1000.0;
    let page = match &result {
        Ok(Rebuilt::Full(report)) => {
            if !report.warnings.is_empty() {
                eprint!("{}", diagnostics::render(&report.warnings, Format::Human));
            }
            println!("Built in {:.0} ms", ms());
            None
        }
        Ok(Rebuilt::Partial { files, warnings }) => {
            if !warnings.is_empty() {
                eprint!("{}", diagnostics::render(warnings, Format::Human));
            }
            println!("Rebuilt {files} files in {:.0} ms", ms());
            None
        }
        Err(diags) => {
            eprint!("{}", diagnostics::render(diags, Format::Human));
            eprintln!("The last good site is still served.");
            Some(error_page(diags))
        }
    };
    if let Ok(mut e) = shared.error.write() {
        *e = page;
    }
    let _ = shared.reload.send(());
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The problems of a failed build, as a page every request shows until they are fixed.
fn error_page(diags: &Diagnostics) -> String {
    let text = diagnostics::render(diags, Format::Human);
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Waymark: the site has errors</title>\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head>\
<body style=\"font-family:system-ui,sans-serif;margin:1rem\"><h1>The site has errors</h1>\
<p>Fix them and save: this page reloads by itself. The last good version of the site is not shown until then.</p>\
<pre style=\"white-space:pre-wrap;background:#fff4d6;padding:1rem\">{}</pre>\
<script src=\"{RELOAD_PATH}\"></script></body></html>\n",
        escape(&text)
    )
}

async fn events(State(shared): State<Arc<Shared>>) -> impl IntoResponse {
    let stream = BroadcastStream::new(shared.reload.subscribe())
        .map(|_| Ok::<Event, std::convert::Infallible>(Event::default().data("reload")));
    Sse::new(stream).keep_alive(KeepAlive::default())
}

/// Maps a request path to a file of the output, refusing anything that leaves it.
pub fn resolve(out: &Path, uri_path: &str) -> Option<PathBuf> {
    let decoded = percent_encoding::percent_decode_str(uri_path)
        .decode_utf8()
        .ok()?;
    let mut path = out.to_path_buf();
    for part in decoded.split('/') {
        if part.is_empty() || part == "." {
            continue;
        }
        if part == ".." || part.contains('\\') || part.contains('\0') {
            return None;
        }
        path.push(part);
    }
    if !path
        .components()
        .all(|c| !matches!(c, Component::ParentDir))
    {
        return None;
    }
    if decoded.ends_with('/') || path.is_dir() {
        path.push("index.html");
    }
    Some(path)
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css",
        "js" => "text/javascript",
        "json" => "application/json",
        "xml" => "application/xml",
        "txt" => "text/plain; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        "vtt" => "text/vtt; charset=utf-8",
        "mp4" | "m4v" => "video/mp4",
        "webm" => "video/webm",
        "jpg" | "jpeg" => "image/jpeg",
        "png" => "image/png",
        "webp" => "image/webp",
        "svg" => "image/svg+xml",
        _ => "application/octet-stream",
    }
}

fn with_reload(html: &str) -> String {
    let tag = format!("<script src=\"{RELOAD_PATH}\"></script>");
    match html.rfind("</body>") {
        Some(i) => format!("{}{tag}{}", &html[..i], &html[i..]),
        None => format!("{html}{tag}"),
    }
}

/// Answers only requests addressed to this machine (`Host: localhost`, `127.0.0.1` or
/// `[::1]`, any port): a page on another site that points its own name at 127.0.0.1 (DNS
/// rebinding) gets nothing from the server it reaches.
async fn local_only(req: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let host = req
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("");
    if is_local_host(host) {
        return next.run(req).await;
    }
    (
        StatusCode::MISDIRECTED_REQUEST,
        "waymark serve answers only http://127.0.0.1 and http://localhost\n",
    )
        .into_response()
}

/// Whether a `Host` header names this machine: `localhost`, `127.0.0.1` or `[::1]`, with
/// or without a port.
fn is_local_host(host: &str) -> bool {
    let name = match host.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or(""),
        None => host.rsplit_once(':').map_or(host, |(name, _)| name),
    };
    name.eq_ignore_ascii_case("localhost") || name == "127.0.0.1" || name == "::1"
}

async fn file(State(shared): State<Arc<Shared>>, uri: Uri) -> Response {
    let error = shared.error.read().ok().and_then(|e| e.clone());
    let Some(path) = resolve(&shared.out, uri.path()) else {
        return (StatusCode::BAD_REQUEST, "bad path").into_response();
    };
    let is_html = path.extension().is_some_and(|e| e == "html");
    if let (Some(page), true) = (error, is_html) {
        return ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], page).into_response();
    }
    match tokio::fs::read(&path).await {
        Ok(bytes) if is_html => (
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            with_reload(&String::from_utf8_lossy(&bytes)),
        )
            .into_response(),
        Ok(bytes) => (
            [(header::CONTENT_TYPE, content_type(&path))],
            Body::from(bytes),
        )
            .into_response(),
        Err(_) => {
            let not_found = tokio::fs::read_to_string(shared.out.join("404.html"))
                .await
                .unwrap_or_else(|_| {
                    "<!DOCTYPE html><title>Not found</title><p>Not found</p>".into()
                });
            (
                StatusCode::NOT_FOUND,
                [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
                with_reload(&not_found),
            )
                .into_response()
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_this_machine_is_answered() {
        for ok in [
            "127.0.0.1:8000",
            "localhost",
            "LOCALHOST:1",
            "[::1]:80",
            "127.0.0.1",
        ] {
            assert!(super::is_local_host(ok), "{ok}");
        }
        for bad in [
            "",
            "evil.example",
            "evil.example:8000",
            "127.0.0.1.evil.example",
            "localhost.evil.example:80",
            "[::2]:80",
            "0.0.0.0",
        ] {
            assert!(!super::is_local_host(bad), "{bad}");
        }
    }

    use super::*;

    #[test]
    fn paths_cannot_leave_the_output() {
        let out = Path::new("/srv/site");
        assert_eq!(
            resolve(out, "/en/"),
            Some(PathBuf::from("/srv/site/en/index.html"))
        );
        assert_eq!(resolve(out, "/../etc/passwd"), None);
        assert_eq!(resolve(out, "/%2e%2e/etc/passwd"), None);
        assert_eq!(resolve(out, "/en/..%2f..%2fetc"), None);
        assert_eq!(resolve(out, "/a%5c..%5cb"), None);
        assert_eq!(
            resolve(out, "/ar/%D8%AD%D9%82/"),
            Some(PathBuf::from("/srv/site/ar/حق/index.html"))
        );
    }

    #[test]
    fn the_reload_script_goes_before_the_end_of_body() {
        assert_eq!(
            with_reload("<p>x</p></body></html>"),
            format!("<p>x</p><script src=\"{RELOAD_PATH}\"></script></body></html>")
        );
    }
}
