//! A time limit on rendering one page. Tera has none, and a template can loop for years
//! (`range()` nested three deep). A thread watches the renders in progress; one that runs
//! past the limit is told to stop, and stops at its next step that Waymark sees — a
//! call to `range()` or `t()`, or a write of output — with an error naming the template.
//! The build then fails like any other (the staging folder removed, the diagnostic in the
//! chosen format), and `serve` keeps the last good site and shows the error page.
//!
//! A loop that neither calls a function nor writes anything cannot be stopped from
//! outside Tera: after twice the limit the watchdog hands it to the command's
//! [`set_last_resort`] (`build` reports it and exits; `serve` replaces its session).

use crate::diagnostics::{Code, Diagnostic};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock, Weak};
use std::time::{Duration, Instant};

/// How long one page's template may render (seconds).
static TIME_LIMIT: AtomicU64 = AtomicU64::new(30);

/// Sets the time limit on rendering one page (`--render-time-limit`).
pub fn set_time_limit(seconds: u64) {
    TIME_LIMIT.store(seconds.max(1), Ordering::Relaxed);
}

/// The limit now in force.
pub(crate) fn time_limit() -> Duration {
    Duration::from_secs(TIME_LIMIT.load(Ordering::Relaxed))
}

/// What to do with a render that did not stop when told: its diagnostic.
type LastResort = Box<dyn Fn(Diagnostic) + Send + Sync>;
static LAST_RESORT: OnceLock<LastResort> = OnceLock::new();

/// Sets what happens to a render that ignores being told to stop (once per process).
pub(crate) fn set_last_resort(f: impl Fn(Diagnostic) + Send + Sync + 'static) {
    let _ = LAST_RESORT.set(Box::new(f));
}

/// One render in progress.
pub(crate) struct Ticket {
    started: Instant,
    template: String,
    stop: AtomicBool,
    /// Handed to the last resort already.
    abandoned: AtomicBool,
}

impl Ticket {
    pub(crate) fn stopped(&self) -> bool {
        self.stop.load(Ordering::Relaxed)
    }
}

thread_local! {
    /// The render running on this thread, for `range()` and `t()` to look at.
    static CURRENT: RefCell<Option<Arc<Ticket>>> = const { RefCell::new(None) };
}

/// Whether the render on this thread has been told to stop.
pub(crate) fn told_to_stop() -> bool {
    CURRENT.with(|c| c.borrow().as_ref().is_some_and(|t| t.stopped()))
}

/// The renders in progress, watched by a thread of their own while the set lives.
#[derive(Default)]
pub(crate) struct Watch {
    active: Mutex<BTreeMap<u64, Arc<Ticket>>>,
    next: AtomicU64,
    /// Template name → its file, for messages.
    origins: BTreeMap<String, PathBuf>,
    /// Templates stopped for time in this run: their other renders stop at once (each
    /// would wait out the limit, page after page, for the same error).
    timed_out: Mutex<std::collections::BTreeSet<String>>,
}

/// A render registered with the watch: removed from it when dropped.
pub(crate) struct Running<'w> {
    watch: &'w Watch,
    id: u64,
    pub(crate) ticket: Arc<Ticket>,
    previous: Option<Arc<Ticket>>,
}

impl Drop for Running<'_> {
    fn drop(&mut self) {
        if let Ok(mut a) = self.watch.active.lock() {
            a.remove(&self.id);
        }
        let previous = self.previous.take();
        CURRENT.with(|c| *c.borrow_mut() = previous);
    }
}

impl Watch {
    /// Starts watching: the thread ends when the last `Arc` of the watch is dropped.
    pub(crate) fn new(origins: BTreeMap<String, PathBuf>) -> Arc<Watch> {
        let watch = Arc::new(Watch {
            origins,
            ..Watch::default()
        });
        let weak = Arc::downgrade(&watch);
        std::thread::spawn(move || watch_loop(weak));
        watch
    }

    /// Registers a render of `template` on this thread.
    pub(crate) fn start(&self, template: &str) -> Running<'_> {
        let id = self.next.fetch_add(1, Ordering::Relaxed);
        let late = self.timed_out.lock().is_ok_and(|t| t.contains(template));
        let ticket = Arc::new(Ticket {
            started: Instant::now(),
            template: template.to_string(),
            stop: AtomicBool::new(late),
            abandoned: AtomicBool::new(false),
        });
        if let Ok(mut a) = self.active.lock() {
            a.insert(id, ticket.clone());
        }
        let previous = CURRENT.with(|c| c.borrow_mut().replace(ticket.clone()));
        Running {
            watch: self,
            id,
            ticket,
            previous,
        }
    }
}

fn watch_loop(watch: Weak<Watch>) {
    loop {
        std::thread::sleep(Duration::from_millis(100));
        let Some(w) = watch.upgrade() else { return };
        let limit = time_limit();
        let late: Vec<Arc<Ticket>> = w
            .active
            .lock()
            .map(|a| {
                a.values()
                    .filter(|t| t.started.elapsed() > limit)
                    .cloned()
                    .collect()
            })
            .unwrap_or_default();
        for t in late {
            t.stop.store(true, Ordering::Relaxed);
            // Other renders of the template stop at once, even those that started already.
            w.stop_all(&t.template);
            if t.started.elapsed() > limit * 2 && !t.abandoned.swap(true, Ordering::Relaxed) {
                if let Some(f) = LAST_RESORT.get() {
                    f(w.timeout(&t.template));
                }
            }
        }
    }
}

impl Watch {
    /// A new run of renders (a build, a rebuild): templates that timed out get their
    /// time again, as an edit may have fixed what made them loop.
    pub(crate) fn forget_timeouts(&self) {
        if let Ok(mut t) = self.timed_out.lock() {
            t.clear();
        }
    }

    fn stop_all(&self, template: &str) {
        if let Ok(mut t) = self.timed_out.lock() {
            t.insert(template.to_string());
        }
        if let Ok(a) = self.active.lock() {
            for t in a.values().filter(|t| t.template == template) {
                t.stop.store(true, Ordering::Relaxed);
            }
        }
    }

    /// The problem of a render of `template` stopped for taking too long.
    pub(crate) fn timeout(&self, template: &str) -> Diagnostic {
        let d = Diagnostic::error(
            Code::RenderTimeout,
            format!(
                "the template `{template}` took more than {} s to render one page: it may loop forever",
                time_limit().as_secs()
            ),
        )
        .hint("look for loops inside loops over `range()`; `--render-time-limit SECONDS` sets the limit");
        match self.origins.get(template) {
            Some(o) => d.file(o),
            None => d,
        }
    }

    pub(crate) fn origin(&self, template: &str) -> Option<&Path> {
        self.origins.get(template).map(PathBuf::as_path)
    }
}

/// The error a stopped render ends with (Tera wraps it in its own report).
pub(crate) fn stop_error() -> tera::Error {
    tera::Error::message("stopped: the render took longer than the time limit")
}

/// Output that refuses to be written once the render is told to stop.
pub(crate) struct Checked<'a, W> {
    pub(crate) inner: W,
    pub(crate) ticket: &'a Ticket,
    /// Bytes written so far, and whether the render went past [`MAX_PAGE_BYTES`]: a
    /// template whose output grows without end reached 4 GB in two seconds, long before
    /// the time limit, so size is bounded on its own.
    pub(crate) written: usize,
    pub(crate) too_big: &'a std::cell::Cell<bool>,
}

/// The most one page may weigh as rendered (a page is meant to fit in 14 KiB compressed).
pub(crate) const MAX_PAGE_BYTES: usize = 32 * 1024 * 1024;

impl<W: Write> Checked<'_, W> {
    fn check(&mut self, more: usize) -> std::io::Result<()> {
        if self.ticket.stopped() {
            return Err(std::io::Error::other("stopped"));
        }
        self.written = self.written.saturating_add(more);
        if self.written > MAX_PAGE_BYTES {
            self.too_big.set(true);
            return Err(std::io::Error::other("the page is too large"));
        }
        Ok(())
    }
}

impl<W: Write> Write for Checked<'_, W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.check(buf.len())?;
        self.inner.write(buf)
    }
    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.check(buf.len())?;
        self.inner.write_all(buf)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// `range()` as Tera's, but it ends a render that was told to stop.
pub(crate) fn range(kwargs: tera::Kwargs, state: &tera::State) -> tera::TeraResult<Vec<i128>> {
    if told_to_stop() {
        return Err(stop_error());
    }
    tera_range(kwargs, state)
}

/// Tera's `range()` (Tera does not export it): the same arguments, errors and limit.
fn tera_range(kwargs: tera::Kwargs, _: &tera::State) -> tera::TeraResult<Vec<i128>> {
    let start = kwargs.get::<i128>("start")?.unwrap_or_default();
    let end = kwargs.must_get::<i128>("end")?;
    let step = kwargs.get::<i128>("step_by")?.unwrap_or(1);
    if start > end && step > 0 {
        return Err(tera::Error::message(
            "Function `range` was called with a `start` argument greater than the `end` one",
        ));
    }
    if step == 0 {
        return Err(tera::Error::message(
            "Function `range` was called with a `step_by` argument of 0",
        ));
    }
    let overflow =
        || tera::Error::message("Function `range` was called with arguments that overflow i128");
    let len = if step > 0 {
        let span = end.checked_sub(start).ok_or_else(overflow)?;
        span.checked_add(step - 1).ok_or_else(overflow)? / step
    } else if start <= end {
        0
    } else {
        let neg = step.checked_neg().ok_or_else(overflow)?;
        let span = start.checked_sub(end).ok_or_else(overflow)?;
        span.checked_add(neg - 1).ok_or_else(overflow)? / neg
    };
    if len > MAX_RANGE_LEN {
        return Err(tera::Error::message(format!(
            "Function `range` would produce {len} elements, which exceeds the limit of {MAX_RANGE_LEN}"
        )));
    }
    // `len` items from `start`, `step` apart: none overflows, as the last is within bounds.
    Ok((0..len).map(|k| start + k * step).collect())
}

/// Tera's limit on the items `range()` makes.
const MAX_RANGE_LEN: i128 = 100_000;

#[cfg(test)]
mod tests {
    use super::*;

    fn tera_with(template: &str, ours: bool) -> tera::TeraResult<String> {
        let mut t = tera::Tera::new();
        if ours {
            t.register_function("range", range);
        }
        t.add_raw_template("x", template)?;
        t.render("x", &tera::Context::new())
    }

    #[test]
    fn range_is_teras_range() {
        for tpl in [
            "{% for i in range(end=5) %}{{ i }},{% endfor %}",
            "{% for i in range(start=2, end=11, step_by=3) %}{{ i }},{% endfor %}",
            "{% for i in range(start=10, end=1, step_by=-4) %}{{ i }},{% endfor %}",
            "{% for i in range(start=3, end=3) %}{{ i }},{% endfor %}",
            "{% for i in range(start=5, end=1) %}{{ i }},{% endfor %}",
            "{% for i in range(end=5, step_by=0) %}{{ i }},{% endfor %}",
            "{% for i in range(end=100001) %}{% endfor %}",
        ] {
            let theirs = tera_with(tpl, false).map_err(|e| e.to_string());
            let ours = tera_with(tpl, true).map_err(|e| e.to_string());
            assert_eq!(ours.is_ok(), theirs.is_ok(), "{tpl}: {ours:?} / {theirs:?}");
            if let (Ok(a), Ok(b)) = (&ours, &theirs) {
                assert_eq!(a, b, "{tpl}");
            }
        }
    }

    #[test]
    fn a_render_told_to_stop_stops_at_its_next_range() {
        let watch = Watch::default();
        let running = watch.start("loop.html");
        running.ticket.stop.store(true, Ordering::Relaxed);
        let err = tera_with("{% for i in range(end=3) %}{% endfor %}", true);
        assert!(err.is_err());
        drop(running);
        assert!(
            !told_to_stop(),
            "the thread's render is forgotten when it ends"
        );
        assert!(tera_with("{% for i in range(end=3) %}{% endfor %}", true).is_ok());
    }
}
