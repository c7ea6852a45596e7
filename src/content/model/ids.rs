//! Typed indices: an entry's position in `Site::entries` and a language's position in
//! `Config::languages`, so that the two cannot be swapped where both are passed.

use serde::Serialize;
use std::ops::{Index, IndexMut};

/// The position of an entry (a page or section in all its languages) in `Site::entries`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct EntryId(pub usize);

/// The position of a language in `Config::languages`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct LangId(pub usize);

/// `0..n` as ids.
pub fn ids<I: From<usize>>(n: usize) -> impl DoubleEndedIterator<Item = I> + Clone {
    (0..n).map(I::from)
}

macro_rules! index_by {
    ($id:ty) => {
        impl From<usize> for $id {
            fn from(i: usize) -> Self {
                Self(i)
            }
        }
        impl<T> Index<$id> for [T] {
            type Output = T;
            fn index(&self, i: $id) -> &T {
                &self[i.0]
            }
        }
        impl<T> IndexMut<$id> for [T] {
            fn index_mut(&mut self, i: $id) -> &mut T {
                &mut self[i.0]
            }
        }
        impl<T> Index<$id> for Vec<T> {
            type Output = T;
            fn index(&self, i: $id) -> &T {
                &self[i.0]
            }
        }
        impl<T> IndexMut<$id> for Vec<T> {
            fn index_mut(&mut self, i: $id) -> &mut T {
                &mut self[i.0]
            }
        }
    };
}
index_by!(EntryId);
index_by!(LangId);
