//! One module per page.

pub mod collective;
pub mod coming;
pub mod home;
pub mod not_found;
