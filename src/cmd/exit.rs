//! Exit codes: 0 success, 1 errors in the site, 2 wrong usage.

pub const EXIT_OK: i32 = 0;
pub const EXIT_SITE: i32 = 1;
pub const EXIT_USAGE: i32 = 2;
