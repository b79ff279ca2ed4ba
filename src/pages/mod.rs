//! One module per page.

pub mod collective;
pub mod home;
pub mod legal;
pub mod meeting;
pub mod not_found;
